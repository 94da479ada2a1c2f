// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: what a backup merge did to each table is kept and put back table by
// table, and the tables' rules sit side by side.
#include "MergeUndoLog.h"

#include "DatabaseError.h"
#include "Schema.h"
#include "SqlStatement.h"

#include <QHash>

#include <initializer_list>

namespace Rapport {

namespace {

// Whose a row is: rows of the batch's own contacts need no log entry, as they go with the batch.
enum class Owner {
    None,
    Batch, // the row carries import_batch_id
    Contact, // the row's contact_id is a contact of the batch
    Meeting, // the row's interaction_id is a meeting of a contact of the batch
};

struct Logged {
    const char* table;
    std::initializer_list<const char*> key; // the primary key
    Owner owner = Owner::None;
    // A row the merge added is removed unless something added since refers to it (SQL over the table).
    const char* referredBy = nullptr;
    // field_change and tombstone: the time a later change rewrites. A row the merge added stays when
    // it has changed since (the user's edit of that field, their own deletion).
    const char* stamp = nullptr;
    // A contact's e-mails and phones: a merge adds them by the thousand, with new row ids and without
    // a trigger of the schema's. A trigger of ours would make every such insert keep a statement
    // journal, so the rows added are found instead by their id, above the largest one before the
    // merge. (An id freed by a delete during the merge and taken again is logged by the delete: the
    // row is put back as it was.)
    bool insertsFoundById = false;
};

// Every table a merge writes, parents before children: rows are put back in this order and removed
// in the reverse one. field_change and tombstone come last: the data's own writes have settled.
const Logged kLogged[] = {
    {"organization", {"id"}, Owner::None, "SELECT 1 FROM main.contact WHERE organization_id = organization.id"},
    {"question", {"id"}, Owner::None, "SELECT 1 FROM main.interaction_question WHERE question_id = question.id"},
    {"contact", {"id"}, Owner::Batch},
    {"contact_email", {"id"}, Owner::Contact, nullptr, nullptr, true},
    {"contact_phone", {"id"}, Owner::Contact, nullptr, nullptr, true},
    {"contact_tag", {"contact_id", "tag"}, Owner::Contact},
    {"referral", {"id"}, Owner::Batch},
    {"interaction", {"id"}, Owner::Contact},
    {"interaction_question", {"interaction_id", "question_id"}, Owner::Meeting},
    {"follow_up", {"id"}, Owner::Contact},
    {"outreach_template", {"id"}},
    {"node_position", {"contact_id", "layout"}, Owner::Contact},
    {"profile", {"id"}},
    {"field_change", {"entity", "row_key", "field"}, Owner::None, nullptr, "changed_at"},
    {"tombstone", {"entity", "row_key"}, Owner::None, nullptr, "deleted_at"},
};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

// contact_tag's tag compares without case (COLLATE NOCASE): "Alumni" and "alumni" are one row,
// so they are one key too.
bool foldsCase(const Logged& logged, const char* column)
{
    return latin1(logged.table) == QLatin1String("contact_tag") && latin1(column) == QLatin1String("tag");
}

// The row's key as a JSON array of its primary key, over `row` (NEW, OLD or a table alias).
QString keyOf(const Logged& logged, const QString& row)
{
    QStringList parts;
    for (const char* column : logged.key) {
        const QString value = row + QLatin1Char('.') + latin1(column);
        parts.append(foldsCase(logged, column) ? QStringLiteral("lower(%1)").arg(value) : value);
    }
    return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
}

// `row` is the row named by `key` (SQL holding a key as keyOf() writes it).
QString matches(const Logged& logged, const QString& row, const QString& key)
{
    QStringList parts;
    int i = 0;
    for (const char* column : logged.key)
        parts.append(QStringLiteral("%1.%2 = json_extract(%3, '$[%4]')").arg(row, latin1(column), key).arg(i++));
    return parts.join(QStringLiteral(" AND "));
}

// The key's columns as a row value, and the same from a key, for `(...) IN (SELECT ...)`.
QString keyColumns(const Logged& logged, const QString& row)
{
    QStringList parts;
    for (const char* column : logged.key)
        parts.append(row + QLatin1Char('.') + latin1(column));
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString keyValues(const Logged& logged, const QString& key)
{
    QStringList parts;
    for (int i = 0; i < int(logged.key.size()); ++i)
        parts.append(QStringLiteral("json_extract(%1, '$[%2]')").arg(key).arg(i));
    return parts.join(QStringLiteral(", "));
}

// True when `row` belongs to the batch, as SQL (batch ids are our own integers, and a trigger takes no
// bound values).
QString ownedBy(const Logged& logged, const QString& row, qint64 batchId)
{
    const QString batch = QString::number(batchId);
    switch (logged.owner) {
    case Owner::Batch:
        return QStringLiteral("%1.import_batch_id IS %2").arg(row, batch);
    case Owner::Contact:
        return QStringLiteral("EXISTS (SELECT 1 FROM main.contact WHERE id = %1.contact_id AND import_batch_id IS %2)")
            .arg(row, batch);
    case Owner::Meeting:
        return QStringLiteral("EXISTS (SELECT 1 FROM main.interaction i JOIN main.contact c ON c.id = i.contact_id "
                              "WHERE i.id = %1.interaction_id AND c.import_batch_id IS %2)")
            .arg(row, batch);
    case Owner::None:
        break;
    }
    return QStringLiteral("false");
}

// The table's columns as they are now, so a column added by a later version is logged too.
QStringList columnsOf(const QSqlDatabase& db, const Logged& logged)
{
    QStringList columns;
    SqlStatement query(db, QStringLiteral("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid"));
    query.exec({latin1(logged.table)});
    while (query.next())
        columns.append(query.value(0).toString());
    if (columns.isEmpty())
        throw DatabaseError(QStringLiteral("no table %1").arg(latin1(logged.table)));
    return columns;
}

struct ForeignKey {
    QString column, parent, parentColumn;
    bool setsNull = false; // ON DELETE SET NULL; otherwise the row goes with its parent (CASCADE)
};

QList<ForeignKey> foreignKeysOf(const QSqlDatabase& db, const QString& table)
{
    QList<ForeignKey> keys;
    SqlStatement query(db,
        QStringLiteral("SELECT \"from\", \"table\", ifnull(\"to\", 'rowid'), on_delete = 'SET NULL' "
                       "FROM pragma_foreign_key_list(?, 'main')"));
    query.exec({table});
    while (query.next())
        keys.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()});
    return keys;
}

// The log, temp.merge_undo_log, has one row per key (field '') or per field, with its value before the
// change. op is I (inserted), D (deleted, or about to be replaced: every field) or U (updated: the
// fields that changed). Returns each trigger's name and statement.
QList<std::pair<QString, QString>> triggersFor(const Logged& logged, const QStringList& columns, qint64 batchId)
{
    const QString table = latin1(logged.table);
    const QString insertLog = QStringLiteral("INSERT INTO merge_undo_log (entity, op, row_key, field, value) ");
    // Every field of a row, as VALUES rows: what a delete loses.
    const auto everyField = [&](const QString& row, const QString& key) {
        QStringList values {QStringLiteral("('%1', 'D', %2, '', NULL)").arg(table, key)};
        for (const QString& column : columns)
            values.append(QStringLiteral("('%1', 'D', %2, '%3', %4.%3)").arg(table, key, column, row));
        return QStringLiteral("VALUES ") + values.join(QStringLiteral(", "));
    };
    const auto when = [&](const QString& row, const QString& more = QString()) {
        QStringList conditions; // the cheaper test first: an insert rarely finds its key taken
        if (!more.isEmpty())
            conditions.append(more);
        if (logged.owner != Owner::None)
            conditions.append(QStringLiteral("NOT (%1)").arg(ownedBy(logged, row, batchId)));
        return conditions.isEmpty() ? QString() : QStringLiteral("WHEN ") + conditions.join(QStringLiteral(" AND "));
    };
    const QString oldKey = keyOf(logged, QStringLiteral("OLD"));
    const QString newKey = keyOf(logged, QStringLiteral("NEW"));
    QStringList changed;
    for (const QString& column : columns)
        changed.append(QStringLiteral("SELECT '%1' AS field, OLD.%1 AS value WHERE OLD.%1 IS NOT NEW.%1 COLLATE BINARY")
                           .arg(column));
    QStringList found; // the row an insert is about to replace or update (INSERT OR REPLACE, upserts)
    found.append(QStringLiteral("SELECT '%1', 'D', %2, '', NULL FROM main.%1 t WHERE %3")
                     .arg(table, keyOf(logged, QStringLiteral("t")), matches(logged, QStringLiteral("t"), newKey)));
    for (const QString& column : columns)
        found.append(
            QStringLiteral("SELECT '%1', 'D', %2, '%3', t.%3 FROM main.%1 t WHERE %4")
                .arg(table, keyOf(logged, QStringLiteral("t")), column, matches(logged, QStringLiteral("t"), newKey)));
    const QString name = QStringLiteral("merge_undo_") + table;
    QList<std::pair<QString, QString>> triggers {
        {name + QStringLiteral("_inserted"),
            QStringLiteral("CREATE TEMP TRIGGER %1_inserted AFTER INSERT ON main.%2 %3 BEGIN %4VALUES ('%2', 'I', %5, "
                           "'', NULL); END")
                .arg(name, table, when(QStringLiteral("NEW")), insertLog, newKey)},
        {name + QStringLiteral("_updated"),
            QStringLiteral("CREATE TEMP TRIGGER %1_updated AFTER UPDATE ON main.%2 %3 BEGIN %4SELECT '%2', 'U', %5, "
                           "field, value FROM (%6); END")
                .arg(name, table, when(QStringLiteral("OLD"), QStringLiteral("%1 IS %2").arg(oldKey, newKey)),
                    insertLog, oldKey, changed.join(QStringLiteral(" UNION ALL ")))},
        // A key that changes (a row renamed in field_change) is one row gone and another added.
        {name + QStringLiteral("_rekeyed"),
            QStringLiteral("CREATE TEMP TRIGGER %1_rekeyed AFTER UPDATE ON main.%2 %3 BEGIN %4%5, ('%2', 'I', %6, '', "
                           "NULL); END")
                .arg(name, table, when(QStringLiteral("OLD"), QStringLiteral("%1 IS NOT %2").arg(oldKey, newKey)),
                    insertLog, everyField(QStringLiteral("OLD"), oldKey), newKey)},
        {name + QStringLiteral("_deleted"),
            QStringLiteral("CREATE TEMP TRIGGER %1_deleted AFTER DELETE ON main.%2 %3 BEGIN %4%5; END")
                .arg(name, table, when(QStringLiteral("OLD")), insertLog, everyField(QStringLiteral("OLD"), oldKey))},
    };
    // A row an insert replaces (INSERT OR REPLACE, which fires no delete trigger) or updates (an upsert)
    // is read before: field_change and tombstone are written so, and other keyed rows may be. The
    // contacts' own rows with a row id are always written by plain inserts (a taken id fails), and are
    // the many rows of a large restore: they go without this look-up.
    if (logged.insertsFoundById)
        triggers.removeIf([&name](const auto& trigger) { return trigger.first == name + QStringLiteral("_inserted"); });
    if (logged.key.size() > 1 || logged.owner == Owner::None)
        triggers.prepend({name + QStringLiteral("_replaced"),
            QStringLiteral("CREATE TEMP TRIGGER %1_replaced BEFORE INSERT ON main.%2 %3 BEGIN %4%5; END")
                .arg(name, table,
                    when(QStringLiteral("NEW"),
                        QStringLiteral("EXISTS (SELECT 1 FROM main.%1 t WHERE %2)")
                            .arg(table, matches(logged, QStringLiteral("t"), newKey))),
                    insertLog, found.join(QStringLiteral(" UNION ALL ")))});
    return triggers;
}

void run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    SqlStatement::run(db, sql, values);
}

} // namespace

MergeUndoLog::MergeUndoLog(const QSqlDatabase& db, qint64 batchId)
    : m_db(db)
    , m_batchId(batchId)
{
    // Into a network without contacts, every row of the contact tables the merge writes is the batch's.
    const bool anyContact = SqlStatement::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM contact)")).toBool();
    run(db,
        QStringLiteral("CREATE TEMP TABLE merge_undo_log (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, "
                       "op TEXT NOT NULL, row_key TEXT NOT NULL, field TEXT NOT NULL, value)"));
    m_logging = true;
    for (const Logged& logged : kLogged) {
        if (!anyContact && logged.owner != Owner::None)
            continue;
        if (logged.insertsFoundById) {
            m_largestIds.insert(latin1(logged.table),
                SqlStatement::scalar(
                    db, QStringLiteral("SELECT ifnull(max(id), 0) FROM main.%1").arg(latin1(logged.table)))
                    .toLongLong());
        }
        for (const auto& [name, sql] : triggersFor(logged, columnsOf(db, logged), batchId)) {
            run(db, sql);
            m_triggers.append(name);
        }
    }
}

MergeUndoLog::~MergeUndoLog()
{
    if (!m_logging)
        return;
    // Only when the merge failed: the caller's rollback removes the log and its triggers as well.
    try {
        stop();
    } catch (const DatabaseError& e) {
        qWarning("The JSON merge's undo log was left to the rollback: %s", qPrintable(e.message()));
    }
}

void MergeUndoLog::dropTriggers()
{
    for (const QString& trigger : std::as_const(m_triggers))
        run(m_db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(trigger));
    m_triggers.clear();
}

void MergeUndoLog::stop()
{
    m_logging = false;
    dropTriggers();
    run(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.merge_undo_log"));
}

void MergeUndoLog::finish()
{
    // The triggers go first: what follows writes nothing they watch, and a row is read as the merge left it.
    dropTriggers();
    const QString batch = QString::number(m_batchId);
    for (const Logged& logged : kLogged) {
        const QString table = latin1(logged.table);
        const bool byId = m_largestIds.contains(table);
        const QString largestId = QString::number(m_largestIds.value(table));
        if (byId) { // the rows added to contacts already here
            run(m_db,
                QStringLiteral(
                    "INSERT INTO main.import_batch_undo (batch_id, entity, row_key, field, old_value, new_value) "
                    "SELECT %1, '%2', json_array(t.id), '', 0, 1 FROM main.%2 t WHERE t.id > %3 AND NOT EXISTS "
                    "(SELECT 1 FROM main.contact c WHERE c.id = t.contact_id AND c.import_batch_id IS %1)")
                    .arg(batch, table, largestId));
        }
        if (!SqlStatement::scalar(
                m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM temp.merge_undo_log WHERE entity = ?)"), {table})
                 .toBool())
            continue;
        // One entry per row: there before the merge unless its first insert came before any delete.
        run(m_db,
            QStringLiteral(
                "INSERT OR IGNORE INTO main.import_batch_undo (batch_id, entity, row_key, field, old_value, "
                "new_value) SELECT %1, '%2', k.row_key, '', k.existed, EXISTS (SELECT 1 FROM main.%2 t WHERE %3) "
                "FROM (SELECT row_key, (min(CASE op WHEN 'I' THEN seq END) IS NULL OR ifnull(min(CASE op WHEN 'D' "
                "THEN seq END) < min(CASE op WHEN 'I' THEN seq END), 0)) AND %4 AS existed "
                "FROM temp.merge_undo_log WHERE entity = '%2' GROUP BY row_key) k")
                .arg(batch, table, matches(logged, QStringLiteral("t"), QStringLiteral("k.row_key")),
                    byId ? QStringLiteral("json_extract(row_key, '$[0]') <= %1").arg(largestId)
                         : QStringLiteral("true")));
        run(m_db,
            QStringLiteral("DELETE FROM main.import_batch_undo WHERE batch_id = %1 AND entity = '%2' AND field = '' "
                           "AND NOT old_value AND NOT new_value")
                .arg(batch, table));
        // Each field of a row that was there: its value before the merge's first change to it, and now.
        QStringList now;
        for (const QString& column : columnsOf(m_db, logged))
            now.append(QStringLiteral("WHEN '%1' THEN t.%1").arg(column));
        run(m_db,
            QStringLiteral(
                "INSERT INTO main.import_batch_undo (batch_id, entity, row_key, field, old_value, new_value) "
                "SELECT %1, '%2', l.row_key, l.field, l.value, CASE l.field %3 END "
                "FROM (SELECT min(seq) AS seq FROM temp.merge_undo_log WHERE entity = '%2' AND op <> 'I' AND "
                "field <> '' GROUP BY row_key, field) first "
                "JOIN temp.merge_undo_log l ON l.seq = first.seq "
                "JOIN main.import_batch_undo r ON r.batch_id = %1 AND r.entity = '%2' AND r.row_key = l.row_key "
                "AND r.field = '' AND r.old_value "
                "LEFT JOIN main.%2 t ON %4")
                .arg(batch, table, now.join(QLatin1Char(' ')),
                    matches(logged, QStringLiteral("t"), QStringLiteral("l.row_key"))));
        if (logged.stamp) { // a change time or tombstone the merge added, as it left it
            run(m_db,
                QStringLiteral(
                    "INSERT INTO main.import_batch_undo (batch_id, entity, row_key, field, old_value, new_value) "
                    "SELECT %1, '%2', r.row_key, '%3', NULL, t.%3 FROM main.import_batch_undo r "
                    "JOIN main.%2 t ON %4 WHERE r.batch_id = %1 AND r.entity = '%2' AND r.field = '' "
                    "AND NOT r.old_value AND r.new_value")
                    .arg(batch, table, latin1(logged.stamp),
                        matches(logged, QStringLiteral("t"), QStringLiteral("r.row_key"))));
        }
    }
    stop();
}

bool MergeUndoLog::exists(const QSqlDatabase& db, qint64 batchId)
{
    return SqlStatement::scalar(
        db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM import_batch_undo WHERE batch_id = ?)"), {batchId})
        .toBool();
}

void MergeUndoLog::undo(const QSqlDatabase& db, qint64 batchId)
{
    const QString batch = QString::number(batchId);
    // Rows come back parents and children in any order, and are checked together at the commit.
    run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Schema::dropChangeTriggers(db);
    QHash<QString, QStringList> columns;
    for (const Logged& logged : kLogged)
        columns.insert(latin1(logged.table), columnsOf(db, logged));
    const auto loggedFields = [&](const Logged& logged) {
        QStringList fields;
        SqlStatement query(db,
            QStringLiteral("SELECT DISTINCT field FROM import_batch_undo WHERE batch_id = ? AND entity = ? AND "
                           "field <> ''"));
        query.exec({batchId, latin1(logged.table)});
        while (query.next()) {
            const QString field = query.value(0).toString();
            if (columns.value(latin1(logged.table)).contains(field))
                fields.append(field);
        }
        return fields;
    };
    const QString rowMarker = QStringLiteral(
        "SELECT r.row_key FROM main.import_batch_undo r WHERE r.batch_id = %1 AND r.entity = '%2' AND r.field = '' "
        "AND %3");

    // 1. In rows there before and after the merge, each field still as the merge left it goes back.
    for (const Logged& logged : kLogged) {
        const QString table = latin1(logged.table);
        for (const QString& field : loggedFields(logged)) {
            run(db,
                QStringLiteral(
                    "UPDATE main.%2 AS t SET %3 = u.old_value FROM main.import_batch_undo u "
                    "JOIN main.import_batch_undo r ON r.batch_id = u.batch_id AND r.entity = u.entity AND "
                    "r.row_key = u.row_key AND r.field = '' "
                    "WHERE u.batch_id = %1 AND u.entity = '%2' AND u.field = '%3' AND r.old_value AND r.new_value "
                    "AND %4 AND t.%3 IS u.new_value COLLATE BINARY AND t.%3 IS NOT u.old_value COLLATE BINARY")
                    .arg(batch, table, field, matches(logged, QStringLiteral("t"), QStringLiteral("u.row_key"))));
        }
    }
    // 2. What the batch added goes: its contacts and links with everything hanging off them, then the
    // rows the merge added elsewhere, children first.
    run(db, QStringLiteral("DELETE FROM main.referral WHERE import_batch_id = ?"), {batchId});
    run(db, QStringLiteral("DELETE FROM main.contact WHERE import_batch_id = ?"), {batchId});
    for (auto it = std::rbegin(kLogged); it != std::rend(kLogged); ++it) {
        const Logged& logged = *it;
        const QString table = latin1(logged.table);
        QString sql = QStringLiteral("DELETE FROM main.%1 WHERE %2 IN (SELECT %3 FROM (%4))")
                          .arg(table, keyColumns(logged, table), keyValues(logged, QStringLiteral("row_key")),
                              rowMarker.arg(batch, table, QStringLiteral("NOT r.old_value AND r.new_value")));
        if (logged.referredBy)
            sql += QStringLiteral(" AND NOT EXISTS (%1)").arg(latin1(logged.referredBy));
        if (logged.stamp) {
            sql += QStringLiteral(" AND %2.%3 IS (SELECT new_value FROM main.import_batch_undo WHERE batch_id = %1 "
                                  "AND entity = '%2' AND row_key = %4 AND field = '%3')")
                       .arg(batch, table, latin1(logged.stamp), keyOf(logged, table));
        }
        run(db, sql);
    }
    // 3. Rows the merge deleted come back, parents first, unless the same key is there again. One
    // whose parent was deleted since (a contact the user removed after the merge) stays away, as it
    // would have gone with it; a reference that may be empty is left empty (ON DELETE SET NULL).
    for (const Logged& logged : kLogged) {
        const QString table = latin1(logged.table);
        const QStringList fields = loggedFields(logged);
        if (fields.isEmpty())
            continue;
        QHash<QString, QString> values;
        for (const QString& field : fields)
            values.insert(field,
                QStringLiteral("(SELECT old_value FROM main.import_batch_undo WHERE batch_id = r.batch_id "
                               "AND entity = r.entity AND row_key = r.row_key AND field = '%1')")
                    .arg(field));
        QStringList conditions {matches(logged, QStringLiteral("t"), QStringLiteral("r.row_key"))
                                    .prepend(QStringLiteral("NOT EXISTS (SELECT 1 FROM main.%1 t WHERE ").arg(table))
                                    .append(QLatin1Char(')'))};
        for (const ForeignKey& key : foreignKeysOf(db, table)) {
            if (!values.contains(key.column))
                continue;
            const QString parent = QStringLiteral("EXISTS (SELECT 1 FROM main.%1 WHERE %2 = %3)")
                                       .arg(key.parent, key.parentColumn, values.value(key.column));
            if (key.setsNull)
                values.insert(
                    key.column, QStringLiteral("CASE WHEN %1 THEN %2 END").arg(parent, values.value(key.column)));
            else
                conditions.append(QStringLiteral("(%1 IS NULL OR %2)").arg(values.value(key.column), parent));
        }
        QStringList selected;
        for (const QString& field : fields)
            selected.append(values.value(field));
        run(db,
            QStringLiteral("INSERT INTO main.%2 (%3) SELECT %4 FROM main.import_batch_undo r "
                           "WHERE r.batch_id = %1 AND r.entity = '%2' AND r.field = '' AND r.old_value AND NOT "
                           "r.new_value AND %5")
                .arg(batch, table, fields.join(QStringLiteral(", ")), selected.join(QStringLiteral(", ")),
                    conditions.join(QStringLiteral(" AND "))));
    }
    Schema::createChangeTriggers(db);
    run(db, QStringLiteral("DELETE FROM main.import_batch_undo WHERE batch_id = ?"), {batchId});
}

} // namespace Rapport
