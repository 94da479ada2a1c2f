// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUndoCommand>

#include <functional>

namespace Rapport {

// An import, or a backup merged in, as one step on the undo stack (Edit ▸ Undo Import …).
// The import itself ran before the push, so the first redo does nothing. Undoing it is
// ImportHistory's undo of the batch, which the caller runs on a worker (QUndoStack::undo is
// synchronous, and 100k contacts take seconds). An undone import is not redone: it becomes
// obsolete, so the stack drops it, and the caller drops what could be redone above it. An
// undo that fails leaves the import in place, so the redo that follows changes nothing.
class ImportCommand : public QUndoCommand
{
public:
    // Undoes the batch; true when it was undone.
    using UndoBatch = std::function<bool(qint64 batchId)>;

    ImportCommand(qint64 batchId, const QString& text, UndoBatch undoBatch);

    qint64 batchId() const { return m_batchId; }
    void undo() override;
    void redo() override;

private:
    qint64 m_batchId;
    UndoBatch m_undoBatch;
};

} // namespace Rapport
