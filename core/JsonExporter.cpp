#include "JsonExporter.h"

#include "BackupFormat.h"
#include "SqlStatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rapport {

namespace {

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

QJsonValue jsonValue(const QVariant& value, Kind kind)
{
    const bool optional
        = kind == Kind::OptionalText || kind == Kind::OptionalBoolean || kind == Kind::OptionalReference;
    if (value.isNull() && optional)
        return QJsonValue::Null;
    switch (kind) {
    case Kind::Integer:
    case Kind::RowId:
        return value.toLongLong();
    case Kind::Real:
        return value.toDouble();
    case Kind::Boolean:
    case Kind::OptionalBoolean:
    case Kind::Derived:
        return value.toInt() != 0;
    default:
        return value.toString();
    }
}

QJsonObject readObject(SqlStatement& query, std::span<const Field> fields, int firstColumn)
{
    QJsonObject object;
    for (size_t i = 0; i < fields.size(); ++i)
        object.insert(latin1(fields[i].key), jsonValue(query.value(firstColumn + int(i)), fields[i].kind));
    return object;
}

// When each field last changed, by table and row name; only fields changed since their row was made.
using ChangeTimes = QHash<QString, QHash<QString, QJsonObject>>;

ChangeTimes readChangeTimes(const QSqlDatabase& db)
{
    ChangeTimes times;
    SqlStatement query(db, QStringLiteral("SELECT entity, row_key, field, changed_at FROM field_change"));
    query.exec();
    while (query.next())
        times[query.value(0).toString()][query.value(1).toString()].insert(
            query.value(2).toString(), query.value(3).toString());
    return times;
}

// Adds "changed" to an entry whose row has changed fields; the row's name is in `column`.
void addChangeTimes(QJsonObject& object, const QHash<QString, QJsonObject>& table, const QVariant& rowKey)
{
    const auto found = table.constFind(rowKey.toString());
    if (found != table.cend())
        object.insert(latin1(BackupFormat::kChangedKey), *found);
}

// Each parent's children, in their stored order.
QHash<qint64, QJsonArray> readChildren(
    const QSqlDatabase& db, const BackupFormat::Children& children, const ChangeTimes& times)
{
    const bool plain = children.fields.empty();
    const QString columns = plain ? QStringLiteral("t.") + latin1(children.column) : selectList(children.fields);
    const QString changeKey = children.changeKey ? latin1(children.changeKey) : QStringLiteral("NULL");
    SqlStatement query(db,
        QStringLiteral("SELECT t.%1, %5, %2 FROM %3 t ORDER BY t.%1, t.position, t.%4")
            .arg(latin1(children.parentColumn), columns, latin1(children.table), latin1(children.tieBreak), changeKey));
    query.exec();
    const QHash<QString, QJsonObject> changes = times.value(latin1(children.table));
    QHash<qint64, QJsonArray> byParent;
    while (query.next()) {
        QJsonArray& list = byParent[query.value(0).toLongLong()];
        if (plain) {
            list.append(query.value(2).toString());
        } else {
            QJsonObject object = readObject(query, children.fields, 2);
            addChangeTimes(object, changes, query.value(1));
            list.append(object);
        }
    }
    return byParent;
}

QJsonArray readEntity(const QSqlDatabase& db, const BackupFormat::Entity& entity, const ChangeTimes& times)
{
    QList<QHash<qint64, QJsonArray>> children;
    for (const auto& child : entity.children)
        children.append(readChildren(db, child, times));
    const bool hasChildren = !entity.children.empty();
    SqlStatement query(db,
        QStringLiteral("SELECT %1, %2, %3 FROM %4 t ORDER BY %5")
            .arg(hasChildren ? QStringLiteral("t.id") : QStringLiteral("NULL"), latin1(entity.changeKey),
                selectList(entity.fields), latin1(entity.table), latin1(entity.order)));
    query.exec();
    const QHash<QString, QJsonObject> changes = times.value(latin1(entity.table));
    QJsonArray array;
    while (query.next()) {
        QJsonObject object = readObject(query, entity.fields, 2);
        if (hasChildren) {
            const qint64 id = query.value(0).toLongLong();
            for (size_t i = 0; i < entity.children.size(); ++i)
                object.insert(latin1(entity.children[i].key), children[qsizetype(i)].value(id));
        }
        addChangeTimes(object, changes, query.value(1));
        array.append(object);
    }
    return array;
}

// Deleted rows, by the list they were in, so that a restore elsewhere deletes them too.
QJsonArray readDeletions(const QSqlDatabase& db)
{
    QHash<QString, QString> listOf;
    for (const auto& entity : BackupFormat::kEntities)
        listOf.insert(latin1(entity.table), latin1(entity.key));
    SqlStatement query(
        db, QStringLiteral("SELECT entity, row_key, deleted_at FROM tombstone ORDER BY entity, row_key"));
    query.exec();
    QJsonArray array;
    while (query.next()) {
        array.append(QJsonObject {
            {QStringLiteral("list"), listOf.value(query.value(0).toString(), query.value(0).toString())},
            {QStringLiteral("key"), query.value(1).toString()},
            {QStringLiteral("deletedAt"), query.value(2).toString()},
        });
    }
    return array;
}

QJsonObject readProfile(const QSqlDatabase& db, const ChangeTimes& times)
{
    SqlStatement query(
        db, QStringLiteral("SELECT %1 FROM profile t WHERE t.id = 1").arg(selectList(BackupFormat::kProfile)));
    query.exec();
    if (!query.next()) {
        QJsonObject empty;
        for (const Field& field : BackupFormat::kProfile)
            empty.insert(latin1(field.key), QString());
        return empty;
    }
    QJsonObject profile = readObject(query, BackupFormat::kProfile, 0);
    addChangeTimes(profile, times.value(QStringLiteral("profile")), QStringLiteral("profile"));
    return profile;
}

} // namespace

QJsonObject JsonExporter::build(const QSqlDatabase& db)
{
    // One read transaction: every list sees the same moment even while another window writes.
    SqlStatement::run(db, QStringLiteral("BEGIN"));
    QJsonObject result;
    try {
        result.insert(QStringLiteral("format"), QStringLiteral("rapport-network"));
        result.insert(QStringLiteral("version"), BackupFormat::Version);
        const ChangeTimes times = readChangeTimes(db);
        result.insert(QStringLiteral("profile"), readProfile(db, times));
        for (const auto& entity : BackupFormat::kEntities)
            result.insert(latin1(entity.key), readEntity(db, entity, times));
        result.insert(latin1(BackupFormat::kDeletedKey), readDeletions(db));
    } catch (...) {
        SqlStatement::run(db, QStringLiteral("ROLLBACK"));
        throw;
    }
    SqlStatement::run(db, QStringLiteral("COMMIT"));
    return result;
}

QByteArray JsonExporter::toJson(const QSqlDatabase& db)
{
    return QJsonDocument(build(db)).toJson(QJsonDocument::Indented);
}

} // namespace Rapport
