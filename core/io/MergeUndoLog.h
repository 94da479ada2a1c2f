// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace Rapport {

// What a JSON merge (BackupMerge) does to the rows a network already held, kept with its import
// batch (table import_batch_undo, Schema version 8) so that undoing the batch puts the network back
// as it was, as one step.
//
// For the merge's duration, TEMP triggers on every table it writes log each row it inserts (its
// key), updates (the old value of each changed field) or deletes (every field), field_change and
// tombstone included. Rows the batch owns need no entry, as they go with the batch: contacts and
// links carrying its import_batch_id, and what hangs off those contacts. Into a network without
// contacts, nothing but the batch's contacts can hang off one, so the contact tables are not
// watched at all. E-mails and phones the merge adds are found by their new ids instead of by a
// trigger (one would cost every such insert a statement journal). finish() folds the log into one entry per row
// touched: whether it was there before and after the merge, and each field's value before and after.
class MergeUndoLog
{
public:
    // Starts logging, inside the caller's transaction (its rollback removes the triggers too).
    // Throws DatabaseError.
    MergeUndoLog(const QSqlDatabase& db, qint64 batchId);
    ~MergeUndoLog();
    MergeUndoLog(const MergeUndoLog&) = delete;
    MergeUndoLog& operator=(const MergeUndoLog&) = delete;

    // Keeps the log with the batch and stops logging. Throws DatabaseError.
    void finish();

    // Whether the batch has a log, so that undoing it is undo(). Throws DatabaseError.
    static bool exists(const QSqlDatabase& db, qint64 batchId);
    // Inside the caller's transaction: removes the batch's contacts and links and the rows the merge
    // added, puts back the rows it deleted and, in the rows it updated, each field still as the merge
    // left it (a field edited since keeps its new value); field_change and tombstone likewise, and the
    // undo itself leaves neither a change time nor a tombstone. Throws DatabaseError.
    static void undo(const QSqlDatabase& db, qint64 batchId);

private:
    void dropTriggers();
    void stop();

    QSqlDatabase m_db;
    qint64 m_batchId;
    QStringList m_triggers;
    QHash<QString, qint64> m_largestIds; // tables whose added rows are found by id: the largest before
    bool m_logging = false;
};

} // namespace Rapport
