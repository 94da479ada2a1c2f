// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonExporter.h"

#include "BackupFormat.h"
#include "JsonTextWriter.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "SqliteRowReader.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <string_view>
#include <vector>

namespace Rapport {

namespace {

using BackupFormat::Children;
using BackupFormat::Entity;
using BackupFormat::Field;
using BackupFormat::Kind;

// Children are read alongside their parents, both in parent id order (a merge, nothing held apart),
// which needs every list that has children ordered by its row id.
static_assert(std::ranges::all_of(BackupFormat::kEntities,
    [](const Entity& entity) { return entity.children.empty() || std::string_view(entity.order) == "t.id"; }));

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

void writeValue(JsonTextWriter& json, SqliteRowReader& row, int column, Kind kind)
{
    const bool optional
        = kind == Kind::OptionalText || kind == Kind::OptionalBoolean || kind == Kind::OptionalReference;
    if (optional && row.isNull(column)) {
        json.null();
        return;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::RowId:
        json.integer(row.integer(column));
        break;
    case Kind::Real:
        json.real(row.real(column));
        break;
    case Kind::Boolean:
    case Kind::OptionalBoolean:
    case Kind::Derived:
        json.boolean(row.boolean(column));
        break;
    default:
        json.string(row.utf8(column));
    }
}

// When each field last changed, by table and row name, fields in name order; only fields changed
// since their row was made. Names and times in UTF-8, as the rows give their names.
struct FieldTime {
    QByteArray field;
    QByteArray time;
    bool byImport = false; // set last by an import, not typed
};
using FieldTimes = QList<FieldTime>;
using RowTimes = QHash<QByteArray, FieldTimes>;
using ChangeTimes = QHash<QString, RowTimes>;

// Where the rows come from: the raw handle when there is one (see SqliteRowReader).
struct Source {
    const QSqlDatabase& db;
    sqlite3* handle;

    std::unique_ptr<SqliteRowReader> read(const QString& sql) const { return SqliteRowReader::open(db, handle, sql); }
};

ChangeTimes readChangeTimes(const Source& source)
{
    ChangeTimes times;
    const auto rows
        = source.read(QStringLiteral("SELECT entity, row_key, field, changed_at, source = 'import' FROM field_change "
                                     "ORDER BY entity, row_key, field"));
    while (rows->next()) {
        FieldTimes& fields = times[rows->value(0).toString()][rows->utf8(1).toByteArray()];
        fields.append({rows->utf8(2).toByteArray(), rows->utf8(3).toByteArray(), rows->integer(4) != 0});
    }
    return times;
}

// The change times of the current row, whose name is in column 1.
const FieldTimes* changedOf(const RowTimes& changes, SqliteRowReader& row)
{
    if (changes.isEmpty())
        return nullptr;
    const QByteArrayView name = row.utf8(1);
    const auto found = changes.constFind(QByteArray::fromRawData(name.data(), name.size()));
    return found == changes.cend() ? nullptr : &*found;
}

// The SQL for the row names in column 1: only read when some row of `table` has changed.
QString changeKeyColumn(const RowTimes& changes, const char* changeKey)
{
    return changes.isEmpty() || !changeKey ? QStringLiteral("NULL") : latin1(changeKey);
}

// An entry's keys in the order they are written (by name, so the text is stable): its fields,
// its lists of children and, when its row changed, "changed" and "setByImport".
struct Member {
    QByteArray key;
    int field = -1; // index in the fields, or
    int children = -1; // index in the children, or neither: "changed" or
    bool setByImport = false; // "setByImport"
};

QList<Member> membersOf(std::span<const Field> fields, std::span<const Children> children)
{
    QList<Member> members;
    for (size_t i = 0; i < fields.size(); ++i)
        members.append({fields[i].key, int(i), -1});
    for (size_t i = 0; i < children.size(); ++i)
        members.append({children[i].key, -1, int(i)});
    members.append({BackupFormat::kChangedKey, -1, -1});
    members.append({BackupFormat::kSetByImportKey, -1, -1, true});
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.key < b.key; });
    return members;
}

// One list of children (a contact's e-mails, say), read in step with the parents: both come in
// parent id order, so each parent's children are the next rows.
class ChildRows
{
public:
    ChildRows(const Source& source, const Children& children, const ChangeTimes& times)
        : m_children(children)
        , m_changes(times.value(latin1(children.table)))
        , m_members(membersOf(children.fields, {}))
    {
        const bool plain = children.fields.empty();
        const QString columns = plain ? QStringLiteral("t.") + latin1(children.column) : selectList(children.fields);
        m_rows = source.read(QStringLiteral("SELECT t.%1, %5, %2 FROM %3 t ORDER BY t.%1, t.position, t.%4")
                                 .arg(latin1(children.parentColumn), columns, latin1(children.table),
                                     latin1(children.tieBreak), changeKeyColumn(m_changes, children.changeKey)));
        m_more = m_rows->next();
    }

    // Writes the list of `parent`, passing over the children of parents before it (there are
    // none: a parent's children are deleted with it).
    void write(JsonTextWriter& json, qint64 parent);

private:
    const Children& m_children;
    RowTimes m_changes;
    QList<Member> m_members;
    std::unique_ptr<SqliteRowReader> m_rows;
    bool m_more = false;
};

// Writes one entry from the current row, whose fields start at `firstColumn`; `id` is its row id
// when it has children.
void writeEntry(JsonTextWriter& json, SqliteRowReader& row, int firstColumn, std::span<const Field> fields,
    const QList<Member>& members, const FieldTimes* changed, std::span<ChildRows> children = {}, qint64 id = 0)
{
    json.beginObject();
    for (const Member& member : members) {
        if (member.field >= 0) {
            json.key(QLatin1StringView(member.key));
            writeValue(json, row, firstColumn + member.field, fields[size_t(member.field)].kind);
        } else if (member.children >= 0) {
            json.key(QLatin1StringView(member.key));
            children[size_t(member.children)].write(json, id);
        } else if (member.setByImport) {
            if (!changed
                || std::none_of(changed->cbegin(), changed->cend(), [](const FieldTime& f) { return f.byImport; }))
                continue;
            json.key(QLatin1StringView(member.key));
            json.beginArray();
            for (const FieldTime& change : *changed) {
                if (change.byImport)
                    json.string(change.field);
            }
            json.endArray();
        } else if (changed && !changed->isEmpty()) {
            json.key(QLatin1StringView(member.key));
            json.beginObject();
            for (const FieldTime& change : *changed) {
                json.key(change.field);
                json.string(change.time);
            }
            json.endObject();
        }
    }
    json.endObject();
}

void ChildRows::write(JsonTextWriter& json, qint64 parent)
{
    while (m_more && m_rows->integer(0) < parent)
        m_more = m_rows->next();
    json.beginArray();
    for (; m_more && m_rows->integer(0) == parent; m_more = m_rows->next()) {
        if (m_children.fields.empty())
            json.string(m_rows->utf8(2));
        else
            writeEntry(json, *m_rows, 2, m_children.fields, m_members, changedOf(m_changes, *m_rows));
    }
    json.endArray();
}

void writeList(JsonTextWriter& json, const Source& source, const Entity& entity, const ChangeTimes& times)
{
    std::vector<ChildRows> children;
    children.reserve(entity.children.size());
    for (const auto& child : entity.children)
        children.emplace_back(source, child, times);
    const RowTimes changes = times.value(latin1(entity.table));
    const auto rows = source.read(QStringLiteral("SELECT %1, %2, %3 FROM %4 t ORDER BY %5")
                                      .arg(children.empty() ? QStringLiteral("NULL") : QStringLiteral("t.id"),
                                          changeKeyColumn(changes, entity.changeKey), selectList(entity.fields),
                                          latin1(entity.table), latin1(entity.order)));
    const QList<Member> members = membersOf(entity.fields, entity.children);
    json.beginArray();
    while (rows->next()) {
        const qint64 id = children.empty() ? 0 : rows->integer(0);
        writeEntry(json, *rows, 2, entity.fields, members, changedOf(changes, *rows), children, id);
    }
    json.endArray();
}

// Deleted rows, by the list they were in, so that a restore elsewhere deletes them too.
void writeDeletions(JsonTextWriter& json, const Source& source)
{
    QHash<QByteArray, QByteArray> listOf;
    for (const auto& entity : BackupFormat::kEntities)
        listOf.insert(entity.table, entity.key);
    const auto rows
        = source.read(QStringLiteral("SELECT entity, row_key, deleted_at FROM tombstone ORDER BY entity, row_key"));
    json.beginArray();
    while (rows->next()) {
        json.beginObject();
        json.key(QLatin1StringView("deletedAt"));
        json.string(rows->utf8(2));
        json.key(QLatin1StringView("key"));
        json.string(rows->utf8(1));
        json.key(QLatin1StringView("list"));
        const QByteArray entity = rows->utf8(0).toByteArray();
        json.string(listOf.value(entity, entity));
        json.endObject();
    }
    json.endArray();
}

void writeProfile(JsonTextWriter& json, const Source& source, const ChangeTimes& times)
{
    const auto row = source.read(
        QStringLiteral("SELECT %1 FROM profile t WHERE t.id = 1").arg(selectList(BackupFormat::kProfile)));
    const QList<Member> members = membersOf(BackupFormat::kProfile, {});
    if (!row->next()) { // a network made before the profile row: every field empty
        json.beginObject();
        for (const Member& member : members) {
            if (member.field >= 0) {
                json.key(QLatin1StringView(member.key));
                json.string(QByteArrayView());
            }
        }
        json.endObject();
        return;
    }
    const auto changed = times.value(QStringLiteral("profile")).value(QByteArrayLiteral("profile"));
    writeEntry(json, *row, 0, BackupFormat::kProfile, members, &changed);
}

} // namespace

QJsonObject JsonExporter::build(const QSqlDatabase& db)
{
    return QJsonDocument::fromJson(toJson(db)).object();
}

QByteArray JsonExporter::toJson(const QSqlDatabase& db, Reading reading)
{
    // One read transaction: every list sees the same moment even while another window writes.
    SqlStatement::run(db, QStringLiteral("BEGIN"));
    QByteArray out;
    try {
        const Source source {db, reading == Reading::QtSql ? nullptr : sqliteHandle(db)};
        const ChangeTimes times = readChangeTimes(source);
        // The top-level keys in name order, like every object's.
        QList<std::pair<QByteArray, std::function<void(JsonTextWriter&)>>> members {
            {"format", [](JsonTextWriter& json) { json.string(QByteArrayView("rapport-network")); }},
            {"version", [](JsonTextWriter& json) { json.integer(BackupFormat::Version); }},
            {"profile", [&](JsonTextWriter& json) { writeProfile(json, source, times); }},
            {BackupFormat::kDeletedKey, [&](JsonTextWriter& json) { writeDeletions(json, source); }},
        };
        for (const Entity& entity : BackupFormat::kEntities)
            members.append({entity.key, [&](JsonTextWriter& json) { writeList(json, source, entity, times); }});
        std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        {
            JsonTextWriter json(out);
            json.beginObject();
            for (const auto& [key, write] : members) {
                json.key(QLatin1StringView(key));
                write(json);
            }
            json.endObject();
        }
        out.append('\n');
    } catch (...) {
        SqlStatement::run(db, QStringLiteral("ROLLBACK"));
        throw;
    }
    SqlStatement::run(db, QStringLiteral("COMMIT"));
    return out;
}

} // namespace Rapport
