// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: planning a merge, applying it and putting both contacts back row for row
// are one piece of bookkeeping over the same tables.
#include "ContactMerge.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseError.h"
#include "FieldProvenance.h"
#include "SqlStatement.h"
#include "TransactionalWrite.h"

#include <QDate>
#include <QSqlRecord>

namespace Rapport {

namespace {

enum class Kind { Text, Organization, Date, Stage, Number };

struct FieldColumn {
    const char* key; // as in field_change
    const char* column;
    Kind kind;
};

// The fields the user picks between, in the order the dialog shows them. Notes, e-mails, phones
// and tags are not picked: they are joined.
constexpr FieldColumn kFields[] = {
    {"firstName", "first_name", Kind::Text},
    {"lastName", "last_name", Kind::Text},
    {"organization", "organization_id", Kind::Organization},
    {"title", "title", Kind::Text},
    {"linkedinUrl", "linkedin_url", Kind::Text},
    {"location", "location", Kind::Text},
    {"connectedOn", "connected_on", Kind::Date},
    {"stage", "stage", Kind::Stage},
    {"strength", "strength", Kind::Number},
    {"checkInDays", "check_in_days", Kind::Number},
    {"source", "source", Kind::Text},
};

// One contact's row, as the merge reads it.
struct ContactRow {
    qint64 id = 0;
    QString uuid;
    QString createdAt;
    QString notes;
    QVariant importBatchId;
    QVariantList raw; // per kFields: the column's value
    QVariantList shown; // per kFields: what the dialog shows (the organisation's name, a QDate...)

    bool has(int field) const
    {
        const QVariant& value = raw.at(field);
        if (value.isNull())
            return false;
        switch (kFields[field].kind) {
        case Kind::Text:
        case Kind::Date:
            return !value.toString().trimmed().isEmpty();
        case Kind::Organization:
        case Kind::Stage:
        case Kind::Number:
            return true;
        }
        return true;
    }
    bool sameAs(const ContactRow& other, int field) const
    {
        return raw.at(field).toString().trimmed() == other.raw.at(field).toString().trimmed();
    }
};

ContactRow loadRow(const QSqlDatabase& db, qint64 id)
{
    QStringList columns;
    for (const FieldColumn& field : kFields)
        columns.append(QStringLiteral("c.") + QString::fromLatin1(field.column));
    SqlStatement query(db,
        QStringLiteral("SELECT c.id, c.uuid, c.created_at, c.notes, c.import_batch_id, ifnull(o.name, ''), %1 "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id = ?")
            .arg(columns.join(QStringLiteral(", "))));
    if (!query.exec({id}).next())
        throw DatabaseError(ContactMerge::tr("The contact no longer exists."));
    ContactRow row;
    row.id = query.value(0).toLongLong();
    row.uuid = query.value(1).toString();
    row.createdAt = query.value(2).toString();
    row.notes = query.value(3).toString();
    row.importBatchId = query.value(4).isNull() ? QVariant() : query.value(4);
    const QString organization = query.value(5).toString();
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        const QVariant value = query.value(6 + i);
        row.raw.append(value.isNull() ? QVariant() : value);
        switch (kFields[i].kind) {
        case Kind::Organization:
            row.shown.append(value.isNull() ? QVariant() : QVariant(organization));
            break;
        case Kind::Date:
            row.shown.append(value.isNull() ? QVariant() : QVariant(QDate::fromString(value.toString(), Qt::ISODate)));
            break;
        case Kind::Number:
            row.shown.append(value.toInt());
            break;
        case Kind::Text:
        case Kind::Stage:
            row.shown.append(value.toString());
            break;
        }
    }
    return row;
}

// The contact created first stays; at the same time, the one stored first.
bool isOlder(const ContactRow& a, const ContactRow& b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

// E-mail addresses are the same whatever their case; phone numbers whatever their punctuation.
QString emailKey(const QString& address)
{
    return address.trimmed().toCaseFolded();
}

QString phoneKey(const QString& number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.isEmpty() ? number.trimmed().toCaseFolded() : digits;
}

struct ListItem {
    QString label;
    QString value;
};

QList<ListItem> listOf(const QSqlDatabase& db, const QString& table, const QString& column, qint64 contactId)
{
    QList<ListItem> items;
    SqlStatement query(
        db, QStringLiteral("SELECT label, %2 FROM %1 WHERE contact_id = ? ORDER BY position, id").arg(table, column));
    query.exec({contactId});
    while (query.next())
        items.append({query.value(0).toString(), query.value(1).toString()});
    return items;
}

// Adds the other contact's e-mails (or phones) that the kept one lacks, after its own. Returns
// whether any was added.
bool joinList(const QSqlDatabase& db, const QString& table, const QString& column, qint64 keptId, qint64 otherId,
    QString (*key)(const QString&))
{
    const QList<ListItem> kept = listOf(db, table, column, keptId);
    QSet<QString> known;
    for (const ListItem& item : kept)
        known.insert(key(item.value));
    const int start = SqlStatement::scalar(
        db, QStringLiteral("SELECT ifnull(max(position) + 1, 0) FROM %1 WHERE contact_id = ?").arg(table), {keptId})
                          .toInt();
    SqlStatement insert(
        db, QStringLiteral("INSERT INTO %1 (contact_id, position, label, %2) VALUES (?, ?, ?, ?)").arg(table, column));
    int added = 0;
    for (const ListItem& item : listOf(db, table, column, otherId)) {
        if (known.contains(key(item.value)))
            continue;
        known.insert(key(item.value));
        insert.exec({keptId, start + added, item.label, item.value});
        ++added;
    }
    return added > 0;
}

bool joinTags(const QSqlDatabase& db, qint64 keptId, qint64 otherId)
{
    const int start = SqlStatement::scalar(
        db, QStringLiteral("SELECT ifnull(max(position) + 1, 0) FROM contact_tag WHERE contact_id = ?"), {keptId})
                          .toInt();
    // The tag column compares without case, so a tag the kept contact has in any case is ignored.
    SqlStatement insert(
        db, QStringLiteral("INSERT OR IGNORE INTO contact_tag (contact_id, tag, position) VALUES (?, ?, ?)"));
    SqlStatement tags(db, QStringLiteral("SELECT tag FROM contact_tag WHERE contact_id = ? ORDER BY position, tag"));
    tags.exec({otherId});
    int added = 0;
    while (tags.next()) {
        if (insert.exec({keptId, tags.value(0), start + added}).numRowsAffected() == 1)
            ++added;
    }
    return added > 0;
}

QString joinedNotes(const QString& kept, const QString& other)
{
    if (other.trimmed().isEmpty() || other.trimmed() == kept.trimmed())
        return kept;
    if (kept.trimmed().isEmpty())
        return other;
    QString first = kept;
    while (!first.isEmpty() && first.back().isSpace())
        first.chop(1);
    QString second = other;
    while (!second.isEmpty() && (second.front() == QLatin1Char('\n') || second.front() == QLatin1Char('\r')))
        second.remove(0, 1);
    return first + QStringLiteral("\n\n") + second;
}

// Moves the other contact's links to the kept one. A link between the two would join the
// person to themself, and one the kept contact already has would be there twice: those go.
void moveLinks(const QSqlDatabase& db, qint64 keptId, qint64 otherId)
{
    SqlStatement links(db,
        QStringLiteral("SELECT id, referrer_id, referred_id, kind FROM referral "
                       "WHERE referrer_id = ? OR referred_id = ? ORDER BY id"));
    links.exec({otherId, otherId});
    struct Link {
        qint64 id;
        QVariant from;
        qint64 to;
        QString kind;
    };
    QList<Link> moving;
    while (links.next()) {
        const QVariant from = links.value(1).isNull() ? QVariant() : links.value(1);
        moving.append({links.value(0).toLongLong(), from, links.value(2).toLongLong(), links.value(3).toString()});
    }
    SqlStatement remove(db, QStringLiteral("DELETE FROM referral WHERE id = ?"));
    SqlStatement move(db, QStringLiteral("UPDATE referral SET referrer_id = ?, referred_id = ? WHERE id = ?"));
    // "Knows" is the same link both ways round; a referral has a direction.
    SqlStatement existing(db,
        QStringLiteral("SELECT count(*) FROM referral WHERE id <> ? AND kind = ? AND "
                       "((ifnull(referrer_id, 0) = ifnull(?, 0) AND referred_id = ?) OR "
                       "(kind = 'knows' AND referrer_id = ? AND referred_id = ?))"));
    for (Link& link : moving) {
        if (!link.from.isNull() && link.from.toLongLong() == otherId)
            link.from = keptId;
        if (link.to == otherId)
            link.to = keptId;
        const bool self = !link.from.isNull() && link.from.toLongLong() == link.to;
        bool duplicate = false;
        if (!self) {
            existing.exec({link.id, link.kind, link.from, link.to, link.to, link.from});
            duplicate = existing.next() && existing.value(0).toInt() > 0;
        }
        if (self || duplicate)
            remove.exec({link.id});
        else
            move.exec({link.from, link.to, link.id});
    }
}

TableRows copyRows(const QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& values)
{
    TableRows rows;
    rows.table = table;
    // Table names are our own; the values are bound.
    SqlStatement query(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
    query.exec(values);
    const QSqlRecord record = query.query().record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns.append(record.fieldName(i));
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            row.append(value.isNull() ? QVariant() : value); // SQL NULL stays NULL on restore
        }
        rows.rows.append(row);
    }
    return rows;
}

void collectKeys(const TableRows& rows, const QString& entity, QList<std::pair<QString, QString>>* keys)
{
    const qsizetype uuid = rows.columns.indexOf(QStringLiteral("uuid"));
    if (uuid < 0)
        return;
    for (const QVariantList& row : rows.rows) {
        if (!row.at(uuid).isNull())
            keys->append({entity, row.at(uuid).toString()});
    }
}

MergeUndo takeUndo(const QSqlDatabase& db, const ContactRow& kept, const ContactRow& other)
{
    MergeUndo undo;
    undo.keptId = kept.id;
    undo.otherId = other.id;
    const QVariantList both {kept.id, other.id};
    const QString ofBoth = QStringLiteral("contact_id IN (?, ?)");
    const QString meetingsOfBoth = QStringLiteral("(SELECT id FROM interaction WHERE contact_id IN (?, ?))");
    undo.tables = {
        copyRows(db, QStringLiteral("contact"), QStringLiteral("id IN (?, ?)"), both),
        copyRows(db, QStringLiteral("contact_email"), ofBoth, both),
        copyRows(db, QStringLiteral("contact_phone"), ofBoth, both),
        copyRows(db, QStringLiteral("contact_tag"), ofBoth, both),
        copyRows(db, QStringLiteral("node_position"), ofBoth, both),
        copyRows(db, QStringLiteral("referral"), QStringLiteral("referrer_id IN (?, ?) OR referred_id IN (?, ?)"),
            both + both),
        copyRows(db, QStringLiteral("interaction"), ofBoth, both),
        copyRows(
            db, QStringLiteral("interaction_question"), QStringLiteral("interaction_id IN ") + meetingsOfBoth, both),
        // A follow-up of someone else may name one of their meetings.
        copyRows(db, QStringLiteral("follow_up"), ofBoth + QStringLiteral(" OR interaction_id IN ") + meetingsOfBoth,
            both + both),
        copyRows(db, QStringLiteral("import_batch_change"), ofBoth, both),
    };
    for (const TableRows& rows : std::as_const(undo.tables)) {
        if (rows.table == QLatin1String("contact") || rows.table == QLatin1String("referral")
            || rows.table == QLatin1String("interaction") || rows.table == QLatin1String("follow_up"))
            collectKeys(rows, rows.table, &undo.changeKeys);
    }
    for (const ContactRow* row : {&kept, &other}) {
        for (const char* layout : {"layered", "force"})
            undo.changeKeys.append(
                {QStringLiteral("node_position"), row->uuid + QLatin1Char('/') + QLatin1String(layout)});
    }
    // Who set each field and when, and what was deleted: the merge changes both, for these rows.
    for (const char* table : {"field_change", "tombstone"}) {
        TableRows all;
        for (const auto& [entity, key] : std::as_const(undo.changeKeys)) {
            TableRows rows
                = copyRows(db, QString::fromLatin1(table), QStringLiteral("entity = ? AND row_key = ?"), {entity, key});
            all.table = rows.table;
            all.columns = rows.columns;
            all.rows += rows.rows;
        }
        undo.tables.append(all);
    }
    return undo;
}

void insertRows(const QSqlDatabase& db, const TableRows& rows)
{
    if (rows.rows.isEmpty())
        return;
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    // REPLACE: a follow-up of someone else that named one of the meetings is still there, without it.
    SqlStatement insert(db,
        QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
            .arg(rows.table, rows.columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
    for (const QVariantList& values : rows.rows)
        insert.exec(values);
}

// Records that an import set this field of the kept contact, as it had set it on the other.
void keepImported(const QSqlDatabase& db, const ContactRow& kept, const ContactRow& other, const QString& field)
{
    QVariant batch = SqlStatement::scalar(db,
        QStringLiteral(
            "SELECT import_batch_id FROM field_change WHERE entity = 'contact' AND row_key = ? AND field = ?"),
        {other.uuid, field});
    if (batch.isNull())
        batch = other.importBatchId;
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO field_change (entity, row_key, field, changed_at, source, import_batch_id) "
                       "VALUES ('contact', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'import', ?) "
                       "ON CONFLICT (entity, row_key, field) DO UPDATE SET source = 'import', "
                       "import_batch_id = excluded.import_batch_id"),
        {kept.uuid, field, batch.isNull() ? QVariant() : batch});
}

} // namespace

MergePlan ContactMerge::plan(const QSqlDatabase& db, qint64 first, qint64 second)
{
    if (first == second)
        throw DatabaseError(tr("A contact cannot be merged with itself."));
    ContactRow a = loadRow(db, first);
    ContactRow b = loadRow(db, second);
    if (!isOlder(a, b))
        std::swap(a, b);
    const QSet<QString> keptTyped = FieldProvenance::typedFields(db, a.id);
    const QSet<QString> otherTyped = FieldProvenance::typedFields(db, b.id);
    MergePlan plan;
    plan.keptId = a.id;
    plan.otherId = b.id;
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        MergeField field;
        field.key = QString::fromLatin1(kFields[i].key);
        const bool keptHas = a.has(i);
        const bool otherHas = b.has(i);
        field.kept = keptHas ? a.shown.at(i) : QVariant();
        field.other = otherHas ? b.shown.at(i) : QVariant();
        field.asked = keptHas && otherHas && !a.sameAs(b, i);
        // What the user typed wins over what an import set; otherwise the older contact's value.
        field.otherByDefault
            = field.asked ? otherTyped.contains(field.key) && !keptTyped.contains(field.key) : !keptHas && otherHas;
        plan.fields.append(field);
    }
    return plan;
}

MergeChoices ContactMerge::defaultChoices(const MergePlan& plan)
{
    MergeChoices choices;
    choices.keptId = plan.keptId;
    choices.otherId = plan.otherId;
    for (const MergeField& field : plan.fields) {
        if (field.asked && field.otherByDefault)
            choices.fromOther.insert(field.key);
    }
    return choices;
}

void ContactMerge::mergeInTransaction(const QSqlDatabase& db, const MergeChoices& choices, MergeUndo* undo)
{
    if (choices.keptId == choices.otherId)
        throw DatabaseError(tr("A contact cannot be merged with itself."));
    const ContactRow kept = loadRow(db, choices.keptId);
    const ContactRow other = loadRow(db, choices.otherId);
    if (undo)
        *undo = takeUndo(db, kept, other);
    const QSet<QString> otherTyped = FieldProvenance::typedFields(db, other.id);

    // The contact's own fields, in one update (its trigger records each change as typed).
    QStringList assignments;
    QVariantList values;
    QStringList asked;
    QStringList importedFromOther;
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        const QString key = QString::fromLatin1(kFields[i].key);
        const bool keptHas = kept.has(i);
        const bool otherHas = other.has(i);
        const bool isAsked = keptHas && otherHas && !kept.sameAs(other, i);
        const bool takeOther = isAsked ? choices.fromOther.contains(key) : !keptHas && otherHas;
        if (isAsked)
            asked.append(key);
        if (!takeOther)
            continue;
        assignments.append(QString::fromLatin1(kFields[i].column) + QStringLiteral(" = ?"));
        values.append(other.raw.at(i));
        if (!isAsked && !otherTyped.contains(key))
            importedFromOther.append(key);
    }
    const QString notes = joinedNotes(kept.notes, other.notes);
    if (notes != kept.notes) {
        assignments.append(QStringLiteral("notes = ?"));
        values.append(notes);
    }
    // A contact an import made goes when that import is undone; once the user has merged someone
    // they made into it, it is theirs.
    if (!kept.importBatchId.isNull() && other.importBatchId.isNull())
        assignments.append(QStringLiteral("import_batch_id = NULL"));
    assignments.append(QStringLiteral("updated_at = ?"));
    values.append(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    values.append(kept.id);
    SqlStatement::run(
        db, QStringLiteral("UPDATE contact SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))), values);

    // Who set each field: what the user chose here is typed; a value only the other contact had
    // keeps its origin, so a re-import may still update what an import set.
    const QString contact = QStringLiteral("contact");
    for (const QString& key : std::as_const(asked))
        ChangeLog::touch(db, contact, kept.uuid, key);
    for (const QString& key : std::as_const(importedFromOther))
        keepImported(db, kept, other, key);

    if (joinList(db, QStringLiteral("contact_email"), QStringLiteral("address"), kept.id, other.id, emailKey))
        ChangeLog::touch(db, contact, kept.uuid, QStringLiteral("emails"));
    if (joinList(db, QStringLiteral("contact_phone"), QStringLiteral("number"), kept.id, other.id, phoneKey))
        ChangeLog::touch(db, contact, kept.uuid, QStringLiteral("phones"));
    if (joinTags(db, kept.id, other.id))
        ChangeLog::touch(db, contact, kept.uuid, QStringLiteral("tags"));

    moveLinks(db, kept.id, other.id);
    SqlStatement::run(
        db, QStringLiteral("UPDATE interaction SET contact_id = ? WHERE contact_id = ?"), {kept.id, other.id});
    SqlStatement::run(
        db, QStringLiteral("UPDATE follow_up SET contact_id = ? WHERE contact_id = ?"), {kept.id, other.id});
    // The rest (graph pins, what an import changed in the other contact) goes with it.
    SqlStatement remove(db, QStringLiteral("DELETE FROM contact WHERE id = ?"));
    if (remove.exec({other.id}).numRowsAffected() != 1)
        throw DatabaseError(tr("The contact no longer exists."));
}

void ContactMerge::undoInTransaction(const QSqlDatabase& db, const MergeUndo& undo)
{
    // The kept contact goes with everything that hangs off it now, and both come back as they were.
    SqlStatement remove(db, QStringLiteral("DELETE FROM contact WHERE id = ?"));
    if (remove.exec({undo.keptId}).numRowsAffected() != 1)
        throw DatabaseError(tr("The contact no longer exists."));
    remove.exec({undo.otherId});
    for (const TableRows& rows : undo.tables) {
        if (rows.table == QLatin1String("field_change") || rows.table == QLatin1String("tombstone"))
            continue;
        insertRows(db, rows);
    }
    // Last, as the writes above record changes and deletions of their own.
    for (const TableRows& rows : undo.tables) {
        if (rows.table != QLatin1String("field_change") && rows.table != QLatin1String("tombstone"))
            continue;
        SqlStatement clear(db, QStringLiteral("DELETE FROM %1 WHERE entity = ? AND row_key = ?").arg(rows.table));
        for (const auto& [entity, key] : undo.changeKeys)
            clear.exec({entity, key});
        insertRows(db, rows);
    }
}

bool ContactMerge::merge(Database& database, const MergeChoices& choices, MergeUndo* undo, QString* error)
{
    MergeUndo taken;
    const bool ok = writeInTransaction(
        database, error, [&](const QSqlDatabase& db) { mergeInTransaction(db, choices, undo ? &taken : nullptr); });
    if (ok && undo)
        *undo = std::move(taken);
    return ok;
}

bool ContactMerge::undo(Database& database, const MergeUndo& undo, QString* error)
{
    return writeInTransaction(database, error, [&](const QSqlDatabase& db) { undoInTransaction(db, undo); });
}

} // namespace Rapport
