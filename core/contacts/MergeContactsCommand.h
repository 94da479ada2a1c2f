// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactMerge.h"

#include <QUndoCommand>

namespace Rapport {

class ContactStore;
class MeetingStore;
class ReferralStore;

// Merges two contacts into one (ContactMerge); undo brings both back exactly as they were, redo
// merges them again with the same choices. Each way is one transaction. A command whose write
// fails marks itself obsolete; the store has already reported why (writeFailed).
class MergeContactsCommand : public QUndoCommand
{
public:
    MergeContactsCommand(ContactStore* store, MeetingStore* meetings, ReferralStore* links, const MergeChoices& choices,
        const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    // The stores whose views show what moved: the kept contact's meetings and both people's links.
    void announceMoves();

    ContactStore* m_store;
    MeetingStore* m_meetings;
    ReferralStore* m_links;
    MergeChoices m_choices;
    MergeUndo m_undo;
};

} // namespace Rapport
