// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MergeContactsCommand.h"

#include "ContactStore.h"
#include "MeetingStore.h"
#include "ReferralStore.h"

namespace Rapport {

MergeContactsCommand::MergeContactsCommand(ContactStore* store, MeetingStore* meetings, ReferralStore* links,
    const MergeChoices& choices, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_meetings(meetings)
    , m_links(links)
    , m_choices(choices)
{ }

void MergeContactsCommand::redo()
{
    if (!m_store->mergeContacts(m_choices, &m_undo)) {
        setObsolete(true);
        return;
    }
    announceMoves();
}

void MergeContactsCommand::undo()
{
    if (!m_store->unmergeContacts(m_undo)) {
        setObsolete(true);
        return;
    }
    announceMoves();
}

void MergeContactsCommand::announceMoves()
{
    if (m_meetings) {
        m_meetings->notifyMeetingsMoved(m_choices.keptId);
        m_meetings->notifyMeetingsMoved(m_choices.otherId);
    }
    if (m_links)
        m_links->notifyLinksChanged();
}

} // namespace Rapport
