// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactCommands.h"

#include "ContactStore.h"

namespace Rapport {

AddContactCommand::AddContactCommand(ContactStore* store, const Contact& contact, QUndoCommand* parent)
    : QUndoCommand(tr("Add %1").arg(contact.displayName()), parent)
    , m_store(store)
    , m_contact(contact)
{ }

void AddContactCommand::redo()
{
    if (m_snapshot.contactId) {
        if (!m_store->restoreContact(m_snapshot))
            setObsolete(true);
        return;
    }
    m_id = m_store->addContact(m_contact);
    if (!m_id)
        setObsolete(true);
    if (m_report)
        *std::exchange(m_report, nullptr) = m_id;
}

void AddContactCommand::undo()
{
    if (!m_store->removeContact(m_id, &m_snapshot))
        setObsolete(true);
}

EditContactCommand::EditContactCommand(
    ContactStore* store, const Contact& before, const Contact& after, QUndoCommand* parent)
    : QUndoCommand(tr("Edit %1").arg(after.displayName()), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditContactCommand::redo()
{
    if (!m_store->updateContact(m_after))
        setObsolete(true);
}

void EditContactCommand::undo()
{
    if (!m_store->updateContact(m_before))
        setObsolete(true);
}

bool EditContactCommand::changesOnlyNotes() const
{
    Contact withOldNotes = m_after;
    withOldNotes.notes = m_before.notes;
    return m_before.notes != m_after.notes && withOldNotes.sameContent(m_before);
}

bool EditContactCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditContactCommand*>(other);
    if (next->m_after.id != m_after.id || !changesOnlyNotes() || !next->changesOnlyNotes())
        return false;
    m_after = next->m_after;
    return true;
}

DeleteContactCommand::DeleteContactCommand(ContactStore* store, qint64 id, const QString& name, QUndoCommand* parent)
    : DeleteContactCommand(store, QList<qint64> {id}, tr("Delete %1").arg(name), parent)
{ }

DeleteContactCommand::DeleteContactCommand(
    ContactStore* store, const QList<qint64>& ids, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_ids(ids)
{ }

void DeleteContactCommand::redo()
{
    if (!m_store->removeContacts(m_ids, &m_snapshots))
        setObsolete(true);
}

void DeleteContactCommand::undo()
{
    if (!m_store->restoreContacts(m_snapshots))
        setObsolete(true);
}

} // namespace Rapport
