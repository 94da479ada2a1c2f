// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LinkCommands.h"

#include "ContactCommands.h"
#include "ReferralStore.h"

namespace Rapport {

AddLinkCommand::AddLinkCommand(ReferralStore* store, const Referral& link, const QString& description)
    : QUndoCommand(description)
    , m_store(store)
    , m_link(link)
{ }

void AddLinkCommand::redo()
{
    const qint64 id = m_store->add(m_link);
    if (!id)
        setObsolete(true);
    m_link.id = id;
}

void AddLinkCommand::undo()
{
    if (!m_store->remove(m_link.id))
        setObsolete(true);
}

AddReferredContactCommand::AddReferredContactCommand(
    ContactStore* contacts, ReferralStore* links, const Contact& contact, qint64 referrerId)
    : m_links(links)
    , m_referrerId(referrerId)
    , m_add(std::make_unique<AddContactCommand>(contacts, contact))
{
    setText(m_add->text());
}

AddReferredContactCommand::~AddReferredContactCommand() = default;

void AddReferredContactCommand::reportIdTo(qint64* id)
{
    m_add->reportIdTo(id);
}

void AddReferredContactCommand::redo()
{
    m_add->redo();
    if (m_add->isObsolete()) {
        setObsolete(true);
        return;
    }
    if (!m_linkTried) {
        m_linkTried = true;
        Referral link;
        link.referrerId = m_referrerId;
        link.referredId = m_add->contactId();
        m_link = std::make_unique<AddLinkCommand>(m_links, link, QString());
    }
    if (!m_link)
        return;
    m_link->redo();
    if (m_link->isObsolete())
        m_link.reset(); // the contact stays; the store has reported why the link could not be stored
}

void AddReferredContactCommand::undo()
{
    if (m_link) {
        m_link->undo();
        if (m_link->isObsolete())
            m_link.reset();
    }
    m_add->undo();
    if (m_add->isObsolete())
        setObsolete(true);
}

EditLinkCommand::EditLinkCommand(
    ReferralStore* store, const Referral& before, const Referral& after, const QString& description)
    : QUndoCommand(description)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditLinkCommand::redo()
{
    if (!m_store->update(m_after))
        setObsolete(true);
}

void EditLinkCommand::undo()
{
    if (!m_store->update(m_before))
        setObsolete(true);
}

RemoveLinkCommand::RemoveLinkCommand(ReferralStore* store, const Referral& link, const QString& description)
    : QUndoCommand(description)
    , m_store(store)
    , m_link(link)
{ }

void RemoveLinkCommand::redo()
{
    if (!m_store->remove(m_link.id))
        setObsolete(true);
}

void RemoveLinkCommand::undo()
{
    if (!m_store->add(m_link)) // same id, same fields
        setObsolete(true);
}

PinNodeCommand::PinNodeCommand(ReferralStore* store, const QString& layout, qint64 contactId,
    std::optional<QPointF> before, std::optional<QPointF> after, const QString& name, Placed placed)
    : QUndoCommand(after ? tr("Move %1").arg(name) : tr("Unpin %1").arg(name))
    , m_store(store)
    , m_layout(layout)
    , m_contactId(contactId)
    , m_before(before)
    , m_after(after)
    , m_placed(std::move(placed))
{ }

bool PinNodeCommand::write(std::optional<QPointF> position)
{
    if (!m_store->setPinnedPositions(m_layout, {{m_contactId, position}})) {
        setObsolete(true);
        return false;
    }
    return true;
}

void PinNodeCommand::redo()
{
    const bool justDropped = m_firstRedo && m_after;
    m_firstRedo = false;
    if (write(m_after) && m_placed)
        m_placed(m_contactId, justDropped);
}

void PinNodeCommand::undo()
{
    if (write(m_before) && m_placed)
        m_placed(m_contactId, false);
}

} // namespace Rapport
