// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: merging a backup field by field (change times, tombstones, natural keys,
// re-keyed rows) is one algorithm over one set of statements; its parts share BackupMerge's state.
#include "BackupMerge.h"

#include "BoundStatement.h"
#include "Clock.h"
#include "Contact.h"
#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QUuid>

#include <unordered_map>

namespace Rapport {

using namespace BackupFormat;

struct BackupMerge::Located {
    qint64 id = 0; // 0 for tables without one (graph positions, a meeting's questions)
    QString where; // picks the row, over its table's own columns
    QVariantList bound;
    QString key; // the row's name in field_change and tombstone
};

namespace {

// The format's names (tables, columns, keys: string literals in BackupFormat.h, so their
// addresses name them) as QString, each made once: a merge asks for them for every field of
// every row. A node-based map, so a reference stays valid while others are added.
const QString& latin1(const char* text)
{
    thread_local std::unordered_map<const char*, QString> made;
    auto found = made.find(text);
    if (found == made.end())
        found = made.emplace(text, QString::fromLatin1(text)).first;
    return found->second;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoNow()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The column that dates a row's making: a field that never changed is as old as its row.
QString baseColumn(const QString& table)
{
    return table == QLatin1String("contact") || table == QLatin1String("interaction")
            || table == QLatin1String("follow_up")
        ? QStringLiteral("created_at")
        : QString();
}

QString baseKey(const QString& table)
{
    return baseColumn(table).isEmpty() ? QString() : QStringLiteral("createdAt");
}

bool hasUpdatedAt(const QString& table)
{
    return table == QLatin1String("contact") || table == QLatin1String("interaction");
}

// Fields that merge: what the user entered, not ids, UUIDs and the row's own times.
bool merges(const Field& field)
{
    const QString key = latin1(field.key);
    return field.kind != Kind::RowId && field.kind != Kind::Derived && key != QLatin1String("uuid")
        && key != QLatin1String("createdAt") && key != QLatin1String("updatedAt");
}

// One text per value, to compare two copies and to break a tie the same way on both sides.
QString canonical(const QVariant& value)
{
    return value.isNull() ? QString() : QLatin1Char('=') + value.toString();
}

QVariant columnValue(const QJsonValue& value, Kind kind)
{
    if (value.isNull())
        return QVariant();
    switch (kind) {
    case Kind::Integer:
        return value.toInteger();
    case Kind::Real:
        return value.toDouble();
    case Kind::Boolean:
    case Kind::OptionalBoolean:
        return int(value.toBool());
    default:
        return value.toString();
    }
}

// The latest time the file knows of for an entry: its making or its last changed field.
QString lastChangeIn(const QJsonObject& object)
{
    QString latest = object.value(QStringLiteral("createdAt")).toString();
    for (const auto& time : object.value(latin1(kChangedKey)).toObject())
        latest = qMax(latest, time.toString());
    return latest;
}

// A list as one text: "label<US>value" per item, or the tag, in order.
QStringList listItems(const Children& children, const QJsonArray& array)
{
    QStringList items;
    if (children.fields.empty()) {
        QStringList tags;
        for (const auto& value : array)
            tags.append(value.toString());
        return normalizedTags(tags);
    }
    for (const auto& value : array) {
        const QJsonObject o = value.toObject();
        items.append(o.value(latin1(children.fields[0].key)).toString() + QChar(0x1F)
            + o.value(latin1(children.fields[1].key)).toString());
    }
    return items;
}

const Entity* entityOfList(const QString& list)
{
    for (const Entity& entity : kEntities) {
        if (list == QLatin1String(entity.key))
            return &entity;
    }
    return nullptr;
}

} // namespace

BackupMerge::BackupMerge(const QSqlDatabase& db, const ImportOptions& options, ImportReport& report)
    : m_db(db)
    , m_options(options)
    , m_report(report)
{ }

BackupMerge::~BackupMerge() = default;

ImportReport::MergeCounts& BackupMerge::counts(const char* list)
{
    return m_report.merged[latin1(list)];
}

BoundStatement& BackupMerge::statement(const QString& sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, std::make_unique<BoundStatement>(m_db, sql)).first;
    return *found->second;
}

QVariant BackupMerge::scalar(const QString& sql, const QVariantList& values)
{
    BoundStatement& query = statement(sql);
    query.exec(values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

qint64 BackupMerge::insert(const QString& table, const QHash<QString, QVariant>& values)
{
    QStringList columns = values.keys();
    columns.sort();
    QVariantList bound;
    bound.reserve(columns.size());
    for (const QString& column : std::as_const(columns))
        bound.append(values.value(column));
    // A restore inserts rows of a few shapes many times over: its statement is found by table
    // and columns, and its SQL written once.
    const QString shape = table + QLatin1Char('(') + columns.join(QLatin1Char(','));
    BoundStatement*& insertion = m_inserts[shape];
    if (!insertion) {
        insertion = &statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    }
    const qint64 id = insertion->exec(bound).lastInsertId();
    if (m_emptyTables.contains(table))
        m_takenIds[table].insert(id);
    return id;
}

bool BackupMerge::idIsFree(const QString& table, qint64 id)
{
    if (m_emptyTables.contains(table))
        return !m_takenIds.value(table).contains(id);
    return !scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id}).toInt();
}

qint64 BackupMerge::localId(const QString& table, const QString& uuid)
{
    if (const qint64 id = m_ids.value(table).value(uuid))
        return id;
    return scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}).toLongLong();
}

qint64 BackupMerge::organizationId(const QString& name, bool create)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    if (const qint64 known = m_organizationIds.value(trimmed))
        return known;
    qint64 id = scalar(QStringLiteral("SELECT id FROM organization WHERE name = ?"), {trimmed}).toLongLong();
    if (!id && create)
        id = insert(QStringLiteral("organization"), {{QStringLiteral("name"), trimmed}});
    if (id)
        m_organizationIds.insert(trimmed, id);
    return id;
}

QString BackupMerge::lastChange(const QString& table, const QString& rowKey, const QString& base)
{
    const QString changed = scalar(QStringLiteral("SELECT max(changed_at) FROM field_change WHERE entity = ? AND "
                                                  "row_key = ?"),
        {table, rowKey})
                                .toString();
    return qMax(base, changed);
}

void BackupMerge::setChangeTime(
    const QString& table, const QString& rowKey, const QString& field, const QString& time, bool byImport)
{
    if (time.isEmpty()) { // as old as the row: no entry
        statement(QStringLiteral("DELETE FROM field_change WHERE entity = ? AND row_key = ? AND field = ?"))
            .exec({table, rowKey, field});
        return;
    }
    // Who set it travels with it; the batch that did stays in the network that imported it.
    statement(QStringLiteral("INSERT INTO field_change (entity, row_key, field, changed_at, source) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, row_key, field) DO UPDATE SET "
                             "changed_at = excluded.changed_at, source = excluded.source, import_batch_id = NULL"))
        .exec({table, rowKey, field, time, byImport ? QStringLiteral("import") : QStringLiteral("typed")});
}

void BackupMerge::writeChangeTimes(const QString& table, const QString& rowKey, const QJsonObject& object)
{
    const QJsonObject changed = object.value(latin1(kChangedKey)).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        setChangeTime(table, rowKey, it.key(), it.value().toString(), setByImport(object, it.key()));
}

bool BackupMerge::setByImport(const QJsonObject& object, const QString& field)
{
    // A field never changed since its entry was made is as its maker left it.
    if (!object.value(latin1(kChangedKey)).toObject().contains(field))
        return object.value(QLatin1StringView("createdByImport")).toBool();
    return object.value(latin1(kSetByImportKey)).toArray().contains(QJsonValue(field));
}

QStringList BackupMerge::summary(const ImportReport& report)
{
    const QHash<QString, QString> labels {
        {QStringLiteral("organizations"), tr("Organisations")},
        {QStringLiteral("questions"), tr("Questions")},
        {QStringLiteral("contacts"), tr("Contacts")},
        {QStringLiteral("referrals"), tr("Links")},
        {QStringLiteral("meetings"), tr("Meetings")},
        {QStringLiteral("followUps"), tr("Follow-ups")},
        {QStringLiteral("templates"), tr("Templates")},
        {QStringLiteral("graphPositions"), tr("Graph positions")},
        {QStringLiteral("messages"), tr("Messages")},
        {QStringLiteral("myHistory"), tr("My history")},
    };
    QStringList lines;
    for (const Entity& entity : kEntities) {
        const auto counts = report.merged.value(latin1(entity.key));
        if (counts.added + counts.updated + counts.deleted == 0)
            continue;
        lines.append(
            tr("%1: %2 added, %3 updated, %4 deleted, %5 left alone")
                .arg(labels.value(latin1(entity.key)), QString::number(counts.added), QString::number(counts.updated),
                    QString::number(counts.deleted), QString::number(counts.unchanged)));
    }
    for (const QString& conflict : report.conflicts)
        lines.append(tr("Changed in both copies: %1").arg(conflict));
    lines += report.possibleDuplicates;
    return lines;
}

void BackupMerge::begin()
{
    m_anyTombstones = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tombstone)"), {}).toBool();
    for (const Entity& entity : kEntities) {
        const QString table = latin1(entity.table);
        if (!scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table), {}).toBool())
            m_emptyTables.insert(table);
    }
    m_startedEmpty = m_emptyTables.contains(QStringLiteral("contact"));
}

void BackupMerge::mergeProfile(const QJsonObject& profile)
{
    static constexpr Entity kProfileEntity {"profile", "profile", kProfile, {}, "id", "'profile'"};
    QHash<QString, QVariant> values;
    resolve(kProfile, profile, QStringLiteral("profile"), &values);
    if (scalar(QStringLiteral("SELECT count(*) FROM profile WHERE id = 1"), {}).toInt() == 0)
        insert(QStringLiteral("profile"), {{QStringLiteral("id"), 1}});
    mergeRow(kProfileEntity, Located {1, QStringLiteral("id = ?"), {1}, QStringLiteral("profile")}, profile, values,
        QStringLiteral("profile"));
}

void BackupMerge::writeEntry(const Entity& entity, const QJsonObject& object, const QString& name)
{
    try {
        writeRow(entity, object, name);
    } catch (const DatabaseError& e) {
        throw DatabaseError(QStringLiteral("%1: %2").arg(name, e.message()));
    }
}

qint64 BackupMerge::flagPossibleDuplicate(const QJsonObject& contact)
{
    // Never merged on a guess (DESIGN.md): the contact is added, and the report names whom it may be.
    const auto nameOf
        = [](const QString& first, const QString& last) { return QStringLiteral("%1 %2").arg(first, last).trimmed(); };
    const QString name = nameOf(
        contact.value(QStringLiteral("firstName")).toString(), contact.value(QStringLiteral("lastName")).toString());
    qint64 hereId = 0;
    const QString url = contact.value(QStringLiteral("linkedinUrl")).toString().trimmed();
    if (!url.isEmpty())
        hereId = scalar(
            QStringLiteral("SELECT id FROM contact WHERE linkedin_url = ? AND linkedin_url <> '' LIMIT 1"), {url})
                     .toLongLong();
    for (const auto& email : contact.value(QStringLiteral("emails")).toArray()) {
        if (hereId)
            break;
        const QString address = email.toObject().value(QStringLiteral("address")).toString().trimmed();
        if (!address.isEmpty())
            hereId = scalar(QStringLiteral("SELECT contact_id FROM contact_email WHERE address = ? COLLATE NOCASE "
                                           "LIMIT 1"),
                {address})
                         .toLongLong();
    }
    if (!hereId)
        return 0;
    const QString here
        = scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM contact WHERE id = ?"), {hereId})
              .toString()
              .trimmed();
    m_report.possibleDuplicates.append(tr("%1 (from the backup) may be %2, already here: the same profile or "
                                          "e-mail. Both are kept.")
                                           .arg(name, here));
    // The added contact's id is filled in once it is written (writeRow).
    m_report.duplicatePairs.append({0, hereId, name, here, false, tr("the same profile or e-mail"), 0});
    return hereId;
}

QString BackupMerge::activityOf(const QString& contactUuid)
{
    // The latest making or change of anything hanging off the contact: a meeting added to it in
    // one copy keeps it from being deleted by the other.
    return scalar(
        QStringLiteral(
            "WITH c AS (SELECT id FROM contact WHERE uuid = ?), "
            "rows(entity, uuid, made) AS ("
            "  SELECT 'interaction', uuid, created_at FROM interaction WHERE contact_id = (SELECT id FROM c) "
            "  UNION ALL SELECT 'follow_up', uuid, created_at FROM follow_up "
            "    WHERE contact_id = (SELECT id FROM c) "
            "  UNION ALL SELECT 'referral', uuid, '' FROM referral "
            "    WHERE referred_id = (SELECT id FROM c) OR referrer_id = (SELECT id FROM c)) "
            "SELECT max(t) FROM (SELECT made AS t FROM rows UNION ALL "
            "  SELECT f.changed_at FROM field_change f JOIN rows r ON f.entity = r.entity AND f.row_key = r.uuid)"),
        {contactUuid})
        .toString();
}

void BackupMerge::noteActivity(QLatin1StringView list, const QJsonObject& entry)
{
    const auto note = [this](const QJsonValue& contact, const QString& time) {
        if (contact.isString())
            m_fileActivity[contact.toString()] = qMax(m_fileActivity.value(contact.toString()), time);
    };
    if (list == QLatin1String("referrals")) {
        note(entry.value(QLatin1StringView("from")), lastChangeIn(entry));
        note(entry.value(QLatin1StringView("to")), lastChangeIn(entry));
    } else {
        note(entry.value(QLatin1StringView("contact")), lastChangeIn(entry));
    }
}

void BackupMerge::applyDeletions(const QJsonArray& deletions)
{
    // Skip and Create leave what the network holds alone, deletions included.
    if (m_options.onDuplicate != DuplicatePolicy::Update)
        return;
    const auto anyTombstones = qScopeGuard(
        [this] { m_anyTombstones = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tombstone)"), {}).toBool(); });
    m_organizationIds.clear();
    for (const auto& value : deletions) {
        const QJsonObject deletion = value.toObject();
        const Entity* entity = entityOfList(deletion.value(QStringLiteral("list")).toString());
        const QString key = deletion.value(QStringLiteral("key")).toString();
        const QString at = deletion.value(QStringLiteral("deletedAt")).toString();
        if (!entity || key.isEmpty() || at.isEmpty())
            continue;
        const QString table = latin1(entity->table);
        QString where = QStringLiteral("uuid = ?");
        QVariantList bound {key};
        if (table == QLatin1String("outreach_template")) {
            where = QStringLiteral("kind = ? AND name = ?");
            bound = {key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1)};
        } else if (table == QLatin1String("node_position")) {
            where = QStringLiteral("contact_id = (SELECT id FROM contact WHERE uuid = ?) AND layout = ?");
            bound = {key.section(QLatin1Char('/'), 0, -2), key.section(QLatin1Char('/'), -1)};
        }
        const bool exists = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), bound).toInt();
        if (exists) {
            const QString column = baseColumn(table);
            const QString base = column.isEmpty()
                ? QString()
                : scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, where), bound).toString();
            QString last = lastChange(table, key, base);
            if (table == QLatin1String("contact"))
                last = qMax(last, activityOf(key));
            if (at < last) {
                ++counts(entity->key).unchanged; // changed here after it was deleted there: it stays
                continue;
            }
            statement(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where)).exec(bound);
            ++counts(entity->key).deleted;
        }
        // Both copies keep the earliest time a row was deleted, so they end up alike.
        statement(QStringLiteral("INSERT INTO tombstone (entity, row_key, deleted_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (entity, row_key) DO UPDATE SET deleted_at = "
                                 "CASE WHEN excluded.deleted_at < deleted_at OR ? THEN excluded.deleted_at "
                                 "ELSE deleted_at END"))
            .exec({table, key, at, int(exists)});
    }
}

bool BackupMerge::resolve(
    std::span<const Field> fields, const QJsonObject& object, const QString& name, QHash<QString, QVariant>* values)
{
    for (const Field& field : fields) {
        const QJsonValue value = object.value(latin1(field.key));
        if (value.isUndefined() || field.kind == Kind::Derived)
            continue;
        if (field.kind == Kind::RowId)
            continue; // decided when the row is inserted
        if ((field.kind == Kind::Reference || field.kind == Kind::OptionalReference) && !value.isNull()) {
            const QString target = latin1(field.target);
            const qint64 id = localId(target, value.toString());
            if (!id) {
                const bool deleted
                    = scalar(QStringLiteral("SELECT count(*) FROM tombstone WHERE entity = ? AND row_key = ?"),
                        {target, value.toString()})
                          .toInt();
                // A follow-up whose meeting was deleted here keeps going without it, as a local delete
                // leaves it (ON DELETE SET NULL). A link's "from" is not like that: null means Me.
                if (deleted && field.kind == Kind::OptionalReference && target == QLatin1String("interaction")) {
                    values->insert(latin1(field.column), QVariant());
                    continue;
                }
                if (!deleted) { // deleted here: the entry goes with it; otherwise the file is wrong
                    m_report.problems.append({1,
                        tr("%1.%2: refers to %3, which was not restored")
                            .arg(name, latin1(field.key), value.toString())});
                    ++m_report.invalid;
                }
                return false;
            }
            values->insert(latin1(field.column), id);
            continue;
        }
        values->insert(latin1(field.column), columnValue(value, field.kind));
    }
    return true;
}

bool BackupMerge::findRow(
    const Entity& entity, const QString& uuid, const QHash<QString, QVariant>& values, Located* row)
{
    const QString table = latin1(entity.table);
    const auto at = [&](const QString& where, const QVariantList& bound) {
        const QVariant id
            = scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                         .arg(table == QLatin1String("node_position") ? QStringLiteral("0") : QStringLiteral("id"),
                             table, where),
                bound);
        if (id.isNull())
            return false;
        row->id = id.toLongLong();
        row->where = row->id ? QStringLiteral("id = ?") : where;
        row->bound = row->id ? QVariantList {row->id} : bound;
        row->key = scalar(
            QStringLiteral("SELECT %1 FROM %2 t WHERE %3").arg(latin1(entity.changeKey), table, row->where), row->bound)
                       .toString();
        return true;
    };
    const bool byUuid = latin1(entity.changeKey) == QLatin1String("t.uuid");
    const bool mayBeHere = !m_emptyTables.contains(table) || m_ids.value(table).contains(uuid);
    if (byUuid && !uuid.isEmpty() && mayBeHere && at(QStringLiteral("uuid = ?"), {uuid}))
        return true;
    const auto value = [&values](const char* column) { return values.value(latin1(column)); };
    if (table == QLatin1String("organization"))
        return at(QStringLiteral("name = ?"), {value("name")});
    if (table == QLatin1String("question"))
        return at(QStringLiteral("text = ?"), {value("text")});
    if (table == QLatin1String("outreach_template"))
        return at(QStringLiteral("kind = ? AND name = ?"), {value("kind"), value("name")});
    if (table == QLatin1String("node_position"))
        return at(QStringLiteral("contact_id = ? AND layout = ?"), {value("contact_id"), value("layout")});
    if (table == QLatin1String("message")) // the same message from another import of the archive
        return at(
            QStringLiteral("contact_id = ? AND channel = ? AND conversation_id = ? AND sent_at = ? AND sender = ?"),
            {value("contact_id"), value("channel"), value("conversation_id"), value("sent_at"), value("sender")});
    if (table == QLatin1String("my_history"))
        return at(QStringLiteral("kind = ? AND organization = ? AND title = ? AND started_on = ?"),
            {value("kind"), value("organization"), value("title"), value("started_on")});
    if (table == QLatin1String("referral")) {
        // "knows" is undirected: B knows A is the link A knows B.
        const QVariant from = value("referrer_id"), to = value("referred_id");
        return at(QStringLiteral("kind = ? AND ((ifnull(referrer_id, 0) = ifnull(?, 0) AND referred_id = ?) OR "
                                 "(kind = 'knows' AND referrer_id = ? AND referred_id = ?)) ORDER BY id LIMIT 1"),
            {values.value(QStringLiteral("kind"), QStringLiteral("referral")), from, to, to, from});
    }
    return false;
}

void BackupMerge::writeRow(const Entity& entity, const QJsonObject& object, const QString& name)
{
    const QString table = latin1(entity.table);
    if (table == QLatin1String("organization"))
        m_organizationIds.clear(); // the entry may rename one
    const QString uuid = object.value(QStringLiteral("uuid")).toString();
    QHash<QString, QVariant> values;
    if (!resolve(entity.fields, object, name, &values)) {
        ++counts(entity.key).unchanged;
        return;
    }
    const bool isContact = table == QLatin1String("contact");
    const bool hasUuid = latin1(entity.changeKey) == QLatin1String("t.uuid");
    // Whatever hangs off a contact copied under the Create policy is copied with it.
    bool ofACopy = false;
    for (const Field& field : entity.fields) {
        if (field.target
            && m_copied.contains(latin1(field.target) + QLatin1Char('/') + object.value(latin1(field.key)).toString()))
            ofACopy = true;
    }
    Located row;
    if (ofACopy) {
        if (hasUuid) {
            values.insert(QStringLiteral("uuid"), newUuid());
            m_copied.insert(table + QLatin1Char('/') + uuid);
        }
    } else if (findRow(entity, uuid, values, &row)) {
        if (!uuid.isEmpty())
            m_ids[table].insert(uuid, row.id);
        // Matched on its natural key under another UUID: both copies keep the smaller one, so that
        // they name the row alike from now on.
        if (hasUuid && !uuid.isEmpty() && uuid < row.key) {
            rekey(table, row, uuid);
            row.key = uuid;
            // A "knows" link found written the other way round takes the direction of the copy
            // whose name it keeps, so both copies end alike.
            if (table == QLatin1String("referral"))
                statement(QStringLiteral("UPDATE referral SET referrer_id = ?, referred_id = ? WHERE id = ? AND "
                                         "kind = 'knows' AND referrer_id = ?"))
                    .exec({values.value(QStringLiteral("referrer_id")), values.value(QStringLiteral("referred_id")),
                        row.id, values.value(QStringLiteral("referred_id"))});
        }
        if (isContact && m_options.onDuplicate == DuplicatePolicy::Skip) {
            ++m_report.skipped;
            ++counts(entity.key).unchanged;
            return;
        }
        if (!isContact || m_options.onDuplicate != DuplicatePolicy::Create) {
            // A conflict names the person where it can: "Ana Lopez.title" reads better than "contacts[4].title".
            const QString person = QStringLiteral("%1 %2").arg(object.value(QStringLiteral("firstName")).toString(),
                object.value(QStringLiteral("lastName")).toString());
            const QString label = isContact && !person.trimmed().isEmpty() ? person.trimmed() : name;
            bool changed = mergeRow(entity, row, object, values, label);
            if (isContact)
                changed = mergeLists(row, object, label) || changed;
            writeChildren(entity, row.id, object, true, name);
            ++(changed ? counts(entity.key).updated : counts(entity.key).unchanged);
            if (isContact)
                ++(changed ? m_report.updated : m_report.unchanged);
            return;
        }
        values.insert(QStringLiteral("uuid"), newUuid()); // Create: a copy needs a uuid of its own
        m_copied.insert(table + QLatin1Char('/') + uuid);
    } else {
        // Deleted here after its last change there: it stays deleted.
        QString key = uuid;
        if (table == QLatin1String("outreach_template"))
            key = object.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
                + object.value(QStringLiteral("name")).toString();
        else if (table == QLatin1String("node_position"))
            key = object.value(QStringLiteral("contact")).toString() + QLatin1Char('/')
                + object.value(QStringLiteral("layout")).toString();
        const QString deletedAt = m_anyTombstones
            ? scalar(QStringLiteral("SELECT deleted_at FROM tombstone WHERE entity = ? AND row_key = ?"), {table, key})
                  .toString()
            : QString();
        const QString lastThere
            = isContact ? qMax(lastChangeIn(object), m_fileActivity.value(uuid)) : lastChangeIn(object);
        if (!key.isEmpty() && !deletedAt.isEmpty() && deletedAt >= lastThere) {
            ++counts(entity.key).unchanged;
            return;
        }
        if (const qint64 id = object.value(QStringLiteral("id")).toInteger(); id > 0 && idIsFree(table, id))
            values.insert(QStringLiteral("id"), id); // kept where free: an empty network gets every row back as it was
    }
    if ((isContact || table == QLatin1String("interaction"))
        && values.value(QStringLiteral("uuid")).toString().isEmpty())
        values.insert(QStringLiteral("uuid"), newUuid());
    for (const QString& column : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        const bool has = hasUpdatedAt(table) || (column == QLatin1String("created_at") && !baseColumn(table).isEmpty());
        if (has && values.value(column).toString().isEmpty())
            values.insert(column, isoNow());
    }
    const bool flagged = isContact && !m_startedEmpty && flagPossibleDuplicate(object) != 0;
    if (isContact) {
        const qint64 organization = organizationId(values.value(QStringLiteral("organization_id")).toString(), true);
        values.insert(QStringLiteral("organization_id"), organization ? QVariant(organization) : QVariant());
    }
    if (isContact || table == QLatin1String("referral"))
        values.insert(QStringLiteral("import_batch_id"), m_report.batchId);
    const qint64 id = insert(table, values);
    if (flagged)
        m_report.duplicatePairs.last().addedId = id;
    if (!uuid.isEmpty())
        m_ids[table].insert(uuid, id);
    // The row keeps the file's change times, unless it is a copy under a uuid of its own.
    const bool keepsTimes = values.value(QStringLiteral("uuid")).toString() == uuid || uuid.isEmpty();
    if (keepsTimes && !object.value(latin1(kChangedKey)).toObject().isEmpty()) {
        const bool hasId = table != QLatin1String("node_position");
        Located inserted;
        if (hasId || findRow(entity, uuid, values, &inserted)) {
            const QString key
                = scalar(QStringLiteral("SELECT %1 FROM %2 t WHERE %3")
                             .arg(latin1(entity.changeKey), table, hasId ? QStringLiteral("id = ?") : inserted.where),
                    hasId ? QVariantList {id} : inserted.bound)
                      .toString();
            writeChangeTimes(table, key, object);
        }
    }
    writeChildren(entity, id, object, false, name);
    ++counts(entity.key).added;
    if (isContact)
        ++m_report.created;
    if (table == QLatin1String("referral"))
        ++m_report.referrals;
}

void BackupMerge::rekey(const QString& table, const Located& row, const QString& uuid)
{
    statement(QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(table)).exec({uuid, row.id});
    // The row lives on under that name: a deletion of it (an undone remove) no longer holds.
    statement(QStringLiteral("DELETE FROM tombstone WHERE entity = ? AND row_key = ?")).exec({table, uuid});
    statement(QStringLiteral("UPDATE field_change SET row_key = ? WHERE entity = ? AND row_key = ?"))
        .exec({uuid, table, row.key});
    if (table == QLatin1String("question")) { // a meeting's answers are named after their question too
        statement(QStringLiteral("UPDATE field_change SET row_key = substr(row_key, 1, length(row_key) - length(?)) "
                                 "|| ? WHERE entity = 'interaction_question' AND row_key LIKE '%/' || ?"))
            .exec({row.key, uuid, row.key});
    }
}

bool BackupMerge::mergeRow(const Entity& entity, const Located& row, const QJsonObject& object,
    const QHash<QString, QVariant>& values, const QString& name)
{
    const QString table = latin1(entity.table);
    QList<const Field*> fields;
    QStringList columns;
    // A link's people and kind are what it is (its natural key), not fields of it: merged one by
    // one, a "knows" link written the other way round would become a link from someone to themself.
    const bool isLink = table == QLatin1String("referral");
    for (const Field& field : entity.fields) {
        if (isLink && field.target)
            continue;
        if (isLink && QLatin1String(field.key) == QLatin1String("kind"))
            continue;
        if (merges(field) && object.contains(latin1(field.key))) {
            fields.append(&field);
            columns.append(field.kind == Kind::OrganizationName
                    ? QStringLiteral("ifnull((SELECT name FROM organization WHERE id = organization_id), '')")
                    : latin1(field.column));
        }
    }
    const QString base = baseColumn(table);
    if (!base.isEmpty())
        columns.append(base);
    if (hasUpdatedAt(table))
        columns.append(QStringLiteral("updated_at"));
    BoundStatement& read = statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(columns.join(QStringLiteral(", ")), table, row.where));
    read.exec(row.bound);
    if (!read.next())
        return false;
    QVariantList local;
    for (qsizetype i = 0; i < columns.size(); ++i)
        local.append(read.value(int(i)));
    read.finish();
    const QString localBase = base.isEmpty() ? QString() : local.at(fields.size()).toString();
    const QString fileBase = base.isEmpty() ? QString() : object.value(baseKey(table)).toString();

    QHash<QString, QString> localTimes;
    BoundStatement& times
        = statement(QStringLiteral("SELECT field, changed_at FROM field_change WHERE entity = ? AND row_key = ?"));
    times.exec({table, row.key});
    while (times.next())
        localTimes.insert(times.value(0).toString(), times.value(1).toString());
    const QJsonObject fileTimes = object.value(latin1(kChangedKey)).toObject();

    QStringList assignments;
    QVariantList assigned;
    QList<std::pair<QString, QString>> newTimes; // field -> time to keep
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field& field = *fields.at(i);
        const QString key = latin1(field.key);
        const bool isOrganization = field.kind == Kind::OrganizationName;
        const QVariant fileValue
            = isOrganization ? QVariant(object.value(key).toString().trimmed()) : values.value(latin1(field.column));
        const QString localText = canonical(local.at(i));
        const QString fileText = canonical(fileValue);
        const QString localTime = localTimes.value(key, localBase);
        const QString fileTime = fileTimes.contains(key) ? fileTimes.value(key).toString() : fileBase;
        if (localText == fileText) {
            if (fileTime > localTime && fileTimes.contains(key))
                newTimes.append({key, fileTime});
            continue;
        }
        const bool takeFile = fileTime > localTime || (fileTime == localTime && fileText > localText);
        if (localTimes.contains(key) && fileTimes.contains(key)) {
            const QVariant kept = takeFile ? fileValue : local.at(i);
            m_report.conflicts.append(
                tr("%1.%2, kept \"%3\"").arg(name, key, kept.isNull() ? tr("(empty)") : kept.toString()));
        }
        if (!takeFile)
            continue;
        if (isOrganization) {
            const qint64 organization = organizationId(fileValue.toString(), true);
            assignments.append(QStringLiteral("organization_id = ?"));
            assigned.append(organization ? QVariant(organization) : QVariant());
        } else {
            assignments.append(latin1(field.column) + QStringLiteral(" = ?"));
            assigned.append(fileValue);
        }
        newTimes.append({key, fileTime});
    }
    if (hasUpdatedAt(table)) {
        const QString fileUpdated = object.value(QStringLiteral("updatedAt")).toString();
        if (fileUpdated > local.last().toString()) {
            assignments.append(QStringLiteral("updated_at = ?"));
            assigned.append(fileUpdated);
        }
    }
    if (!assignments.isEmpty()) {
        statement(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(table, assignments.join(QStringLiteral(", ")), row.where))
            .exec(assigned + row.bound);
    }
    for (const auto& [field, time] : std::as_const(newTimes))
        setChangeTime(table, row.key, field, time, setByImport(object, field)); // the update's trigger wrote "now"
    return !newTimes.isEmpty() || !assignments.isEmpty();
}

bool BackupMerge::mergeLists(const Located& row, const QJsonObject& object, const QString& name)
{
    bool changed = false;
    const QString localBase
        = scalar(QStringLiteral("SELECT created_at FROM contact WHERE id = ?"), {row.id}).toString();
    const QString fileBase = object.value(QStringLiteral("createdAt")).toString();
    const QJsonObject fileTimes = object.value(latin1(kChangedKey)).toObject();
    for (const Children& children : kContactChildren) {
        const QString key = latin1(children.key);
        if (!object.contains(key))
            continue;
        const QString table = latin1(children.table);
        const bool plain = children.fields.empty();
        const QString itemSql = plain ? latin1(children.column)
                                      : QStringLiteral("%1 || char(31) || %2")
                                            .arg(latin1(children.fields[0].column), latin1(children.fields[1].column));
        QStringList local;
        BoundStatement& read = statement(QStringLiteral("SELECT %1 FROM %2 WHERE contact_id = ? ORDER BY position, %3")
                                             .arg(itemSql, table, latin1(children.tieBreak)));
        read.exec({row.id});
        while (read.next())
            local.append(read.value(0).toString());
        const QStringList file = listItems(children, object.value(key).toArray());
        const QString localTime
            = scalar(QStringLiteral("SELECT changed_at FROM field_change WHERE entity = 'contact' AND row_key = ? AND "
                                    "field = ?"),
                {row.key, key})
                  .toString();
        const QString fileTime = fileTimes.value(key).toString();
        const QString localAt = localTime.isEmpty() ? localBase : localTime;
        const QString fileAt = fileTime.isEmpty() ? fileBase : fileTime;
        const QString localText = local.join(QChar(0x1E));
        const QString fileText = file.join(QChar(0x1E));
        if (localText == fileText) {
            if (fileAt > localAt && !fileTime.isEmpty()) {
                setChangeTime(QStringLiteral("contact"), row.key, key, fileTime, setByImport(object, key));
                changed = true;
            }
            continue;
        }
        const bool takeFile = fileAt > localAt || (fileAt == localAt && fileText > localText);
        if (!localTime.isEmpty() && !fileTime.isEmpty())
            m_report.conflicts.append(
                tr("%1.%2, kept the list of %3").arg(name, key, takeFile ? tr("the backup") : tr("this network")));
        if (!takeFile)
            continue;
        statement(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table)).exec({row.id});
        for (qsizetype i = 0; i < file.size(); ++i) {
            QHash<QString, QVariant> values {
                {QStringLiteral("contact_id"), row.id}, {QStringLiteral("position"), int(i)}};
            if (plain) {
                values.insert(latin1(children.column), file.at(i));
            } else {
                values.insert(latin1(children.fields[0].column), file.at(i).section(QChar(0x1F), 0, 0));
                values.insert(latin1(children.fields[1].column), file.at(i).section(QChar(0x1F), 1));
            }
            insert(table, values);
        }
        setChangeTime(QStringLiteral("contact"), row.key, key, fileTime, setByImport(object, key));
        changed = true;
    }
    return changed;
}

void BackupMerge::writeChildren(
    const Entity& entity, qint64 parent, const QJsonObject& object, bool merge, const QString& name)
{
    for (const Children& children : entity.children) {
        const bool ownRows = children.changeKey != nullptr;
        if (merge && !ownRows)
            continue; // a contact's lists merged as fields of the contact
        const QString table = latin1(children.table);
        const QJsonArray list = object.value(latin1(children.key)).toArray();
        // A list of values (e-mails, phones, tags) is a row per item at its index, tags as the editor keeps them.
        const QStringList tags = children.fields.empty() ? listItems(children, list) : QStringList();
        const Entity asEntity {children.key, children.table, children.fields, {}, "", children.changeKey};
        for (qsizetype i = 0; i < (children.fields.empty() ? tags.size() : list.size()); ++i) {
            QHash<QString, QVariant> values {{latin1(children.parentColumn), parent}};
            if (!ownRows) {
                values.insert(QStringLiteral("position"), int(i));
                if (children.fields.empty()) {
                    values.insert(latin1(children.column), tags.at(i));
                } else {
                    const QJsonObject item = list.at(i).toObject();
                    for (const Field& field : children.fields)
                        values.insert(latin1(field.column), item.value(QLatin1StringView(field.key)).toString());
                }
                insert(table, values);
                continue;
            }
            const QString item = QStringLiteral("%1.%2[%3]").arg(name, latin1(children.key), QString::number(i));
            const QJsonObject child = list.at(i).toObject();
            if (!resolve(children.fields, child, item, &values))
                continue;
            const QString where = QStringLiteral("%1 = ? AND question_id = ?").arg(latin1(children.parentColumn));
            const QVariantList bound {parent, values.value(QStringLiteral("question_id"))};
            // The row's name comes from the row itself (its meeting's and question's UUIDs), so it is
            // read once the row is there, and only when it is needed.
            const QString keySql
                = QStringLiteral("SELECT %1 FROM %2 t WHERE %3").arg(latin1(children.changeKey), table, where);
            if (merge && scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), bound).toInt()) {
                mergeRow(asEntity, Located {0, where, bound, scalar(keySql, bound).toString()}, child, values, item);
                continue;
            }
            insert(table, values);
            if (!child.value(latin1(kChangedKey)).toObject().isEmpty())
                writeChangeTimes(table, scalar(keySql, bound).toString(), child);
        }
    }
}

} // namespace Rapport
