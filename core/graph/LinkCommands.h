// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace Rapport {

class AddContactCommand;
class ContactStore;
class ReferralStore;
struct Contact;

// Undoable edits of referral and "knows" links, and of pinned graph positions. A command
// whose write fails marks itself obsolete; the store has already reported why.

class AddLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddLinkCommand)

public:
    AddLinkCommand(ReferralStore* store, const Referral& link, const QString& description);
    void redo() override;
    void undo() override;
    qint64 linkId() const { return m_link.id; }

private:
    ReferralStore* m_store;
    Referral m_link; // its id is kept after the first redo, so redo after undo restores the same link
};

// A new contact and who referred the user to them ("Dr. Maybrey referred me to Samir") as one
// step: one undo removes both. The link needs the contact's id, known after the first redo.
class AddReferredContactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddReferredContactCommand)

public:
    // referrerId 0 is Me: the user found them directly.
    AddReferredContactCommand(ContactStore* contacts, ReferralStore* links, const Contact& contact, qint64 referrerId);
    ~AddReferredContactCommand() override;
    void redo() override;
    void undo() override;
    // As AddContactCommand::reportIdTo: a command whose write fails is deleted inside push().
    void reportIdTo(qint64* id);

private:
    ReferralStore* m_links;
    qint64 m_referrerId;
    std::unique_ptr<AddContactCommand> m_add;
    std::unique_ptr<AddLinkCommand> m_link; // none when the link could not be stored
    bool m_linkTried = false;
};

class EditLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditLinkCommand)

public:
    EditLinkCommand(ReferralStore* store, const Referral& before, const Referral& after, const QString& description);
    void redo() override;
    void undo() override;

private:
    ReferralStore* m_store;
    Referral m_before;
    Referral m_after;
};

class RemoveLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveLinkCommand)

public:
    RemoveLinkCommand(ReferralStore* store, const Referral& link, const QString& description);
    void redo() override;
    void undo() override;

private:
    ReferralStore* m_store;
    Referral m_link;
};

// A node dragged to a new place (pinned there), or unpinned, in one layout. The store keeps
// the pinned position; after each write, placed() tells the graph: justDropped when the node
// is already where the user let go of it, otherwise the graph lays itself out again.
class PinNodeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::PinNodeCommand)

public:
    using Placed = std::function<void(qint64 contactId, bool justDropped)>;

    // before/after: the pinned position, if any.
    PinNodeCommand(ReferralStore* store, const QString& layout, qint64 contactId, std::optional<QPointF> before,
        std::optional<QPointF> after, const QString& name, Placed placed);
    void redo() override;
    void undo() override;

private:
    bool write(std::optional<QPointF> position);

    ReferralStore* m_store;
    QString m_layout;
    qint64 m_contactId;
    std::optional<QPointF> m_before;
    std::optional<QPointF> m_after;
    Placed m_placed;
    bool m_firstRedo = true;
};

} // namespace Rapport
