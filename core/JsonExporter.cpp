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

// Each parent's children, in their stored order.
QHash<qint64, QJsonArray> readChildren(const QSqlDatabase& db, const BackupFormat::Children& children)
{
    const bool plain = children.fields.empty();
    const QString columns = plain ? QStringLiteral("t.") + latin1(children.column) : selectList(children.fields);
    SqlStatement query(db,
        QStringLiteral("SELECT t.%1, %2 FROM %3 t ORDER BY t.%1, t.position, t.%4")
            .arg(latin1(children.parentColumn), columns, latin1(children.table), latin1(children.tieBreak)));
    query.exec();
    QHash<qint64, QJsonArray> byParent;
    while (query.next()) {
        QJsonArray& list = byParent[query.value(0).toLongLong()];
        if (plain)
            list.append(query.value(1).toString());
        else
            list.append(readObject(query, children.fields, 1));
    }
    return byParent;
}

QJsonArray readEntity(const QSqlDatabase& db, const BackupFormat::Entity& entity)
{
    QList<QHash<qint64, QJsonArray>> children;
    for (const auto& child : entity.children)
        children.append(readChildren(db, child));
    const bool hasChildren = !entity.children.empty();
    SqlStatement query(db,
        QStringLiteral("SELECT %1%2 FROM %3 t ORDER BY %4")
            .arg(hasChildren ? QStringLiteral("t.id, ") : QString(), selectList(entity.fields), latin1(entity.table),
                latin1(entity.order)));
    query.exec();
    QJsonArray array;
    while (query.next()) {
        QJsonObject object = readObject(query, entity.fields, hasChildren ? 1 : 0);
        if (hasChildren) {
            const qint64 id = query.value(0).toLongLong();
            for (size_t i = 0; i < entity.children.size(); ++i)
                object.insert(latin1(entity.children[i].key), children[qsizetype(i)].value(id));
        }
        array.append(object);
    }
    return array;
}

QJsonObject readProfile(const QSqlDatabase& db)
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
    return readObject(query, BackupFormat::kProfile, 0);
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
        result.insert(QStringLiteral("profile"), readProfile(db));
        for (const auto& entity : BackupFormat::kEntities)
            result.insert(latin1(entity.key), readEntity(db, entity));
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
