// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "ContactSnapshot.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Rapport {

class ContactStore;

// Undoable contact edits. A command whose write fails marks itself obsolete, so the
// undo stack drops it; the store has already reported the failure (writeFailed).

class AddContactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddContactCommand)

public:
    AddContactCommand(ContactStore* store, const Contact& contact, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 contactId() const { return m_id; }
    // Where the first redo writes the new id. A command whose write fails is deleted by the
    // undo stack inside push(), so callers read the id here rather than from the command.
    void reportIdTo(qint64* id) { m_report = id; }

private:
    ContactStore* m_store;
    Contact m_contact;
    qint64 m_id = 0;
    qint64* m_report = nullptr;
    ContactSnapshot m_snapshot; // filled by undo, so redo restores the same id and uuid
};

class EditContactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditContactCommand)

public:
    EditContactCommand(
        ContactStore* store, const Contact& before, const Contact& after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Autosaved notes arrive as many small edits; while the user keeps typing in one contact's
    // notes they become one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool changesOnlyNotes() const;

    ContactStore* m_store;
    Contact m_before;
    Contact m_after;
};

// Deletes one or many contacts, with everything that hangs off them, in one transaction; undo
// brings them all back in one transaction too (a kill half-way leaves all or none).
class DeleteContactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::DeleteContactCommand)

public:
    DeleteContactCommand(ContactStore* store, qint64 id, const QString& name, QUndoCommand* parent = nullptr);
    DeleteContactCommand(
        ContactStore* store, const QList<qint64>& ids, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ContactStore* m_store;
    QList<qint64> m_ids;
    QList<ContactSnapshot> m_snapshots;
};

} // namespace Rapport
