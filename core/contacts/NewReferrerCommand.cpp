// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NewReferrerCommand.h"

#include "ContactCommands.h"
#include "LinkCommands.h"

namespace Rapport {

Contact contactNamed(const QString& fullName)
{
    Contact c;
    const QString name = fullName.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    c.firstName = space > 0 ? name.left(space) : name;
    c.lastName = space > 0 ? name.mid(space + 1) : QString();
    return c;
}

NewReferrerCommand::NewReferrerCommand(ContactStore* contacts, const Contact& referrer, Then then, const QString& text)
    : QUndoCommand(text)
    , m_addReferrer(std::make_unique<AddContactCommand>(contacts, referrer))
    , m_makeThen(std::move(then))
{ }

NewReferrerCommand::~NewReferrerCommand() = default;

void NewReferrerCommand::redo()
{
    m_addReferrer->redo();
    if (m_addReferrer->isObsolete()) {
        setObsolete(true);
        return;
    }
    if (!m_then)
        m_then = m_makeThen(m_addReferrer->contactId());
    m_then->redo();
    if (m_then->isObsolete()) {
        m_addReferrer->undo(); // nobody half-added: the user tries again with the same name
        setObsolete(true);
    }
}

void NewReferrerCommand::undo()
{
    m_then->undo();
    if (m_then->isObsolete()) {
        setObsolete(true); // the store said why; the person stays, linked
        return;
    }
    m_addReferrer->undo();
    if (m_addReferrer->isObsolete())
        setObsolete(true);
}

QUndoCommand* addContactCommand(
    ContactStore* contacts, ReferralStore* links, const Contact& contact, const ReferrerChoice& referrer, qint64* id)
{
    if (referrer.newContact) {
        const auto then = [contacts, links, contact, id](qint64 referrerId) {
            auto add = std::make_unique<AddReferredContactCommand>(contacts, links, contact, referrerId);
            if (id)
                add->reportIdTo(id);
            return std::unique_ptr<QUndoCommand>(std::move(add));
        };
        return new NewReferrerCommand(contacts, *referrer.newContact, then,
            NewReferrerCommand::tr("Add %1 and %2").arg(contact.displayName(), referrer.newContact->displayName()));
    }
    if (referrer.id) { // with its Referred by, as one undo step
        auto* command = new AddReferredContactCommand(contacts, links, contact, *referrer.id);
        if (id)
            command->reportIdTo(id);
        return command;
    }
    auto* command = new AddContactCommand(contacts, contact);
    if (id)
        command->reportIdTo(id);
    return command;
}

} // namespace Rapport
