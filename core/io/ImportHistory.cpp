// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportHistory.h"

#include "Clock.h"
#include "ContactJson.h"
#include "ContactLoader.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "MergeUndoLog.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QJsonDocument>

namespace Rapport {

QList<ImportBatchInfo> ImportHistory::list(Database& database)
{
    QList<ImportBatchInfo> batches;
    SqlStatement query(database.connection(),
        QStringLiteral("SELECT id, file, format, imported_at, created_count, updated_count, unchanged_count, "
                       "skipped_count, undone_at IS NOT NULL FROM import_batch ORDER BY id DESC"));
    query.exec();
    while (query.next()) {
        ImportBatchInfo b;
        b.id = query.value(0).toLongLong();
        b.file = query.value(1).toString();
        b.format = query.value(2).toString();
        b.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        b.created = query.value(4).toInt();
        b.updated = query.value(5).toInt();
        b.unchanged = query.value(6).toInt();
        b.skipped = query.value(7).toInt();
        b.undone = query.value(8).toBool();
        batches.append(b);
    }
    return batches;
}

namespace {

// A CSV, vCard or version-1 JSON import (or a merge made before Schema version 8): its contacts and
// links go, and the contacts it updated get their snapshot back.
void undoCreatedAndUpdated(Database& database, qint64 batchId)
{
    const QSqlDatabase db = database.connection();
    ContactStore store(database);
    SqlStatement changes(db,
        QStringLiteral("SELECT ch.contact_id, ch.previous FROM import_batch_change ch "
                       "JOIN contact c ON c.id = ch.contact_id "
                       "WHERE ch.batch_id = ? AND c.import_batch_id IS NOT ?"));
    changes.exec({batchId, batchId}); // contacts the batch created go as a whole below
    QList<std::pair<qint64, Contact>> previous;
    while (changes.next()) {
        previous.append({changes.value(0).toLongLong(),
            ContactJson::fromJson(QJsonDocument::fromJson(changes.value(1).toString().toUtf8()).object())});
    }
    for (const auto& [id, before] : std::as_const(previous)) {
        // Put back what an import may change. Notes, stage and strength were never the
        // import's to change, so edits the user made to them since stay. A failed read throws
        // (and rolls the undo back): it must not pass for a contact deleted since.
        const QList<Contact> found = ContactLoader::load(db, QStringLiteral("WHERE c.id = ?"), {id});
        if (found.isEmpty())
            continue;
        Contact c = found.first();
        c.firstName = before.firstName;
        c.lastName = before.lastName;
        c.organization = before.organization;
        c.title = before.title;
        c.emails = before.emails;
        c.phones = before.phones;
        c.linkedinUrl = before.linkedinUrl;
        c.location = before.location;
        c.tags = before.tags;
        c.connectedOn = before.connectedOn;
        store.updateInTransaction(c);
    }
    // Undoing an import takes back rows this network added, not deletions to pass on to other
    // copies of it (a JSON backup carries tombstones): the rows go without leaving any.
    SqlStatement::run(db,
        QStringLiteral("CREATE TEMP TABLE undone_rows AS "
                       "SELECT 'contact' AS entity, uuid AS row_key FROM contact WHERE import_batch_id = ? "
                       "UNION ALL SELECT 'referral', uuid FROM referral WHERE import_batch_id = ?"),
        {batchId, batchId});
    SqlStatement::run(db, QStringLiteral("DELETE FROM referral WHERE import_batch_id = ?"), {batchId});
    SqlStatement::run(db, QStringLiteral("DELETE FROM contact WHERE import_batch_id = ?"), {batchId});
    SqlStatement::run(db,
        QStringLiteral("DELETE FROM tombstone WHERE (entity, row_key) IN (SELECT entity, row_key FROM "
                       "temp.undone_rows)"));
    SqlStatement::run(db, QStringLiteral("DROP TABLE temp.undone_rows"));
}

// What a LinkedIn archive's batch wrote beside its contacts (ArchiveHistory, ArchiveImport): its
// messages and "my history" go, and a stage or profile field it moved comes back, unless the user
// has changed it since (it no longer holds what the import wrote).
void undoArchiveHistory(const QSqlDatabase& db, qint64 batchId)
{
    SqlStatement::run(db, QStringLiteral("DELETE FROM message WHERE import_batch_id = ?"), {batchId});
    SqlStatement::run(db, QStringLiteral("DELETE FROM my_history WHERE import_batch_id = ?"), {batchId});
    SqlStatement::run(db,
        QStringLiteral("UPDATE contact SET stage = ch.old_value FROM import_value_change ch "
                       "WHERE ch.batch_id = ? AND ch.entity = 'contact' AND ch.field = 'stage' "
                       "AND ch.row_id = contact.id AND contact.stage = ch.new_value"),
        {batchId});
    for (const char* field : {"name", "field", "introduction"}) {
        SqlStatement::run(db,
            QStringLiteral("UPDATE profile SET %1 = ch.old_value FROM import_value_change ch WHERE ch.batch_id = ? "
                           "AND ch.entity = 'profile' AND ch.field = '%1' AND profile.%1 = ch.new_value")
                .arg(QLatin1String(field)),
            {batchId});
    }
    SqlStatement::run(db, QStringLiteral("DELETE FROM import_value_change WHERE batch_id = ?"), {batchId});
}

} // namespace

bool ImportHistory::undo(Database& database, qint64 batchId, QString* error)
{
    const QSqlDatabase db = database.connection();
    try {
        Transaction transaction(db);
        const QVariant undone
            = SqlStatement::scalar(db, QStringLiteral("SELECT undone_at FROM import_batch WHERE id = ?"), {batchId});
        if (!SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE id = ?"), {batchId})
                 .toInt())
            throw DatabaseError(tr("There is no import %1.").arg(batchId));
        if (!undone.isNull())
            throw DatabaseError(tr("This import was already undone."));

        if (MergeUndoLog::exists(db, batchId))
            MergeUndoLog::undo(db, batchId); // a JSON merge: the network goes back as it was before it
        else {
            undoArchiveHistory(db, batchId);
            undoCreatedAndUpdated(database, batchId);
        }
        SqlStatement::run(db, QStringLiteral("DELETE FROM import_batch_change WHERE batch_id = ?"), {batchId});
        SqlStatement::run(db, QStringLiteral("UPDATE import_batch SET undone_at = ? WHERE id = ?"),
            {Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs), batchId});
        transaction.commit();
        return true;
    } catch (const DatabaseError& e) {
        *error = e.message();
        return false;
    }
}

} // namespace Rapport
