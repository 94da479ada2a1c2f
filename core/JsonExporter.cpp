#include "JsonExporter.h"

#include "BackupFormat.h"
#include "JsonTextWriter.h"
#include "SqlStatement.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace Rapport {

namespace {

using BackupFormat::Children;
using BackupFormat::Entity;
using BackupFormat::Field;
using BackupFormat::Kind;

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

// The SQL that reads one field of `t`: references are read as the uuid they point to.
QString selectExpression(const Field& field)
{
    switch (field.kind) {
    case Kind::Reference:
    case Kind::OptionalReference:
        return QStringLiteral("(SELECT uuid FROM %1 WHERE id = t.%2)").arg(latin1(field.target), latin1(field.column));
    case Kind::OrganizationName:
        return QStringLiteral("ifnull((SELECT name FROM organization WHERE id = t.%1), '')").arg(latin1(field.column));
    case Kind::Derived:
        return latin1(field.column);
    default:
        return QStringLiteral("t.") + latin1(field.column);
    }
}

QString selectList(std::span<const Field> fields)
{
    QStringList expressions;
    for (const Field& field : fields)
        expressions.append(selectExpression(field));
    return expressions.join(QStringLiteral(", "));
}

void writeValue(JsonTextWriter& json, const QVariant& value, Kind kind)
{
    const bool optional
        = kind == Kind::OptionalText || kind == Kind::OptionalBoolean || kind == Kind::OptionalReference;
    if (value.isNull() && optional) {
        json.null();
        return;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::RowId:
        json.integer(value.toLongLong());
        break;
    case Kind::Real:
        json.real(value.toDouble());
        break;
    case Kind::Boolean:
    case Kind::OptionalBoolean:
    case Kind::Derived:
        json.boolean(value.toInt() != 0);
        break;
    default:
        json.string(value.toString());
    }
}

// When each field last changed, by table and row name, fields in name order; only fields changed
// since their row was made.
using FieldTimes = QList<std::pair<QString, QString>>;
using ChangeTimes = QHash<QString, QHash<QString, FieldTimes>>;

ChangeTimes readChangeTimes(const QSqlDatabase& db)
{
    ChangeTimes times;
    SqlStatement query(db,
        QStringLiteral("SELECT entity, row_key, field, changed_at FROM field_change ORDER BY entity, row_key, field"));
    query.exec();
    while (query.next())
        times[query.value(0).toString()][query.value(1).toString()].append(
            {query.value(2).toString(), query.value(3).toString()});
    return times;
}

// An entry's keys in the order they are written (by name, so the text is stable): its fields,
// its lists of children and, when its row changed, "changed".
struct Member {
    QString key;
    int field = -1; // index in the fields, or
    int children = -1; // index in the children, or neither: "changed"
};

QList<Member> membersOf(std::span<const Field> fields, std::span<const Children> children)
{
    QList<Member> members;
    for (size_t i = 0; i < fields.size(); ++i)
        members.append({latin1(fields[i].key), int(i), -1});
    for (size_t i = 0; i < children.size(); ++i)
        members.append({latin1(children[i].key), -1, int(i)});
    members.append({latin1(BackupFormat::kChangedKey), -1, -1});
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.key < b.key; });
    return members;
}

// Writes one entry from the current row of `query`, whose fields start at `firstColumn`.
void writeEntry(JsonTextWriter& json, SqlStatement& query, int firstColumn, std::span<const Field> fields,
    const QList<Member>& members, const FieldTimes* changed, const QList<const QByteArray*>& children = {})
{
    json.beginObject();
    for (const Member& member : members) {
        if (member.field >= 0) {
            json.key(member.key);
            writeValue(json, query.value(firstColumn + member.field), fields[size_t(member.field)].kind);
        } else if (member.children >= 0) {
            json.key(member.key);
            if (const QByteArray* list = children.value(member.children))
                json.raw(*list);
            else
                json.raw(QByteArrayLiteral("[]"));
        } else if (changed && !changed->isEmpty()) {
            json.key(member.key);
            json.beginObject();
            for (const auto& [field, time] : *changed) {
                json.key(field);
                json.string(time);
            }
            json.endObject();
        }
    }
    json.endObject();
}

// Each parent's list of children, written apart at the depth it will sit at, in stored order.
QHash<qint64, QByteArray> writeChildren(
    const QSqlDatabase& db, const Children& children, const ChangeTimes& times, int depth)
{
    const bool plain = children.fields.empty();
    const QString columns = plain ? QStringLiteral("t.") + latin1(children.column) : selectList(children.fields);
    const QString changeKey = children.changeKey ? latin1(children.changeKey) : QStringLiteral("NULL");
    SqlStatement query(db,
        QStringLiteral("SELECT t.%1, %5, %2 FROM %3 t ORDER BY t.%1, t.position, t.%4")
            .arg(latin1(children.parentColumn), columns, latin1(children.table), latin1(children.tieBreak), changeKey));
    query.exec();
    const QHash<QString, FieldTimes> changes = times.value(latin1(children.table));
    const QList<Member> members = membersOf(children.fields, {});
    QHash<qint64, QByteArray> byParent;
    QByteArray* current = nullptr;
    std::optional<JsonTextWriter> json;
    qint64 parent = 0;
    const auto close = [&] {
        if (json)
            json->endArray();
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!current || id != parent) {
            close();
            parent = id;
            current = &byParent[id];
            json.emplace(*current, depth);
            json->beginArray();
        }
        if (plain) {
            json->string(query.value(2).toString());
        } else {
            const auto found = changes.constFind(query.value(1).toString());
            writeEntry(*json, query, 2, children.fields, members, found == changes.cend() ? nullptr : &*found);
        }
    }
    close();
    return byParent;
}

void writeList(JsonTextWriter& json, const QSqlDatabase& db, const Entity& entity, const ChangeTimes& times)
{
    constexpr int kChildDepth = 3; // root object, the list, the entry
    QList<QHash<qint64, QByteArray>> children;
    for (const auto& child : entity.children)
        children.append(writeChildren(db, child, times, kChildDepth));
    const bool hasChildren = !entity.children.empty();
    SqlStatement query(db,
        QStringLiteral("SELECT %1, %2, %3 FROM %4 t ORDER BY %5")
            .arg(hasChildren ? QStringLiteral("t.id") : QStringLiteral("NULL"), latin1(entity.changeKey),
                selectList(entity.fields), latin1(entity.table), latin1(entity.order)));
    query.exec();
    const QHash<QString, FieldTimes> changes = times.value(latin1(entity.table));
    const QList<Member> members = membersOf(entity.fields, entity.children);
    json.beginArray();
    QList<const QByteArray*> lists(children.size());
    while (query.next()) {
        if (hasChildren) {
            const qint64 id = query.value(0).toLongLong();
            for (qsizetype i = 0; i < children.size(); ++i) {
                const auto found = children.at(i).constFind(id);
                lists[i] = found == children.at(i).cend() ? nullptr : &*found;
            }
        }
        const auto found = changes.constFind(query.value(1).toString());
        writeEntry(json, query, 2, entity.fields, members, found == changes.cend() ? nullptr : &*found, lists);
    }
    json.endArray();
}

// Deleted rows, by the list they were in, so that a restore elsewhere deletes them too.
void writeDeletions(JsonTextWriter& json, const QSqlDatabase& db)
{
    QHash<QString, QString> listOf;
    for (const auto& entity : BackupFormat::kEntities)
        listOf.insert(latin1(entity.table), latin1(entity.key));
    SqlStatement query(
        db, QStringLiteral("SELECT entity, row_key, deleted_at FROM tombstone ORDER BY entity, row_key"));
    query.exec();
    json.beginArray();
    while (query.next()) {
        json.beginObject();
        json.key(QLatin1StringView("deletedAt"));
        json.string(query.value(2).toString());
        json.key(QLatin1StringView("key"));
        json.string(query.value(1).toString());
        json.key(QLatin1StringView("list"));
        json.string(listOf.value(query.value(0).toString(), query.value(0).toString()));
        json.endObject();
    }
    json.endArray();
}

void writeProfile(JsonTextWriter& json, const QSqlDatabase& db, const ChangeTimes& times)
{
    SqlStatement query(
        db, QStringLiteral("SELECT %1 FROM profile t WHERE t.id = 1").arg(selectList(BackupFormat::kProfile)));
    query.exec();
    const QList<Member> members = membersOf(BackupFormat::kProfile, {});
    if (!query.next()) { // a network made before the profile row: every field empty
        json.beginObject();
        for (const Member& member : members) {
            if (member.field >= 0) {
                json.key(member.key);
                json.string(QString());
            }
        }
        json.endObject();
        return;
    }
    const auto changed = times.value(QStringLiteral("profile")).value(QStringLiteral("profile"));
    writeEntry(json, query, 0, BackupFormat::kProfile, members, &changed);
}

} // namespace

QJsonObject JsonExporter::build(const QSqlDatabase& db)
{
    return QJsonDocument::fromJson(toJson(db)).object();
}

QByteArray JsonExporter::toJson(const QSqlDatabase& db)
{
    // One read transaction: every list sees the same moment even while another window writes.
    SqlStatement::run(db, QStringLiteral("BEGIN"));
    QByteArray out;
    try {
        const ChangeTimes times = readChangeTimes(db);
        // The top-level keys in name order, like every object's.
        QList<std::pair<QString, std::function<void(JsonTextWriter&)>>> members {
            {QStringLiteral("format"), [](JsonTextWriter& json) { json.string(QStringLiteral("rapport-network")); }},
            {QStringLiteral("version"), [](JsonTextWriter& json) { json.integer(BackupFormat::Version); }},
            {QStringLiteral("profile"), [&](JsonTextWriter& json) { writeProfile(json, db, times); }},
            {latin1(BackupFormat::kDeletedKey), [&](JsonTextWriter& json) { writeDeletions(json, db); }},
        };
        for (const Entity& entity : BackupFormat::kEntities)
            members.append({latin1(entity.key), [&](JsonTextWriter& json) { writeList(json, db, entity, times); }});
        std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        JsonTextWriter json(out);
        json.beginObject();
        for (const auto& [key, write] : members) {
            json.key(key);
            write(json);
        }
        json.endObject();
        out.append('\n');
    } catch (...) {
        SqlStatement::run(db, QStringLiteral("ROLLBACK"));
        throw;
    }
    SqlStatement::run(db, QStringLiteral("COMMIT"));
    return out;
}

} // namespace Rapport
