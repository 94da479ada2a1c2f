#include "JsonExporter.h"

#include "ContactLoader.h"
#include "SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rapport {

namespace {

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue idOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

} // namespace

QJsonArray JsonExporter::contacts(const QSqlDatabase& db, const QSet<qint64>* only)
{
    const auto values = [](const QList<LabeledValue>& list) {
        QJsonArray array;
        for (const LabeledValue& v : list)
            array.append(v.value);
        return array;
    };
    QJsonArray array;
    for (const Contact& c : ContactLoader::load(db)) {
        if (only && !only->contains(c.id))
            continue;
        array.append(QJsonObject {
            {QStringLiteral("id"), c.id},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("firstName"), c.firstName},
            {QStringLiteral("lastName"), c.lastName},
            {QStringLiteral("emails"), values(c.emails)},
            {QStringLiteral("phones"), values(c.phones)},
            {QStringLiteral("organization"), c.organization},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("linkedinUrl"), c.linkedinUrl},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("stage"), stageKey(c.stage)},
            {QStringLiteral("strength"), c.strength},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("connectedOn"),
                c.connectedOn.isValid() ? QJsonValue(c.connectedOn.toString(Qt::ISODate)) : QJsonValue()},
        });
    }
    return array;
}

namespace {

QJsonArray referrals(const QSqlDatabase& db)
{
    QJsonArray array;
    SqlStatement query(
        db, QStringLiteral("SELECT referrer_id, referred_id, kind, date, note FROM referral ORDER BY id"));
    query.exec();
    while (query.next()) {
        array.append(QJsonObject {
            {QStringLiteral("from"), idOrNull(query.value(0))}, // null: Me
            {QStringLiteral("to"), query.value(1).toLongLong()},
            {QStringLiteral("kind"), query.value(2).toString()},
            {QStringLiteral("date"), textOrNull(query.value(3))},
            {QStringLiteral("note"), query.value(4).toString()},
        });
    }
    return array;
}

QJsonArray meetings(const QSqlDatabase& db)
{
    QJsonArray array;
    SqlStatement query(db,
        QStringLiteral("SELECT id, contact_id, kind, start_at, status, notes FROM interaction ORDER BY start_at, id"));
    query.exec();
    while (query.next()) {
        array.append(QJsonObject {
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("contact"), query.value(1).toLongLong()},
            {QStringLiteral("kind"), query.value(2).toString()},
            {QStringLiteral("start"), query.value(3).toString()},
            {QStringLiteral("status"), query.value(4).toString()},
            {QStringLiteral("notes"), query.value(5).toString()},
        });
    }
    return array;
}

QJsonArray followUps(const QSqlDatabase& db)
{
    QJsonArray array;
    SqlStatement query(db,
        QStringLiteral("SELECT id, contact_id, interaction_id, due, text, done_at FROM follow_up ORDER BY due, id"));
    query.exec();
    while (query.next()) {
        array.append(QJsonObject {
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("contact"), query.value(1).toLongLong()},
            {QStringLiteral("meeting"), idOrNull(query.value(2))},
            {QStringLiteral("due"), query.value(3).toString()},
            {QStringLiteral("text"), query.value(4).toString()},
            {QStringLiteral("done"), !query.value(5).isNull()},
        });
    }
    return array;
}

} // namespace

QJsonObject JsonExporter::build(const QSqlDatabase& db)
{
    // One read transaction: the four arrays see the same moment even while another window writes.
    SqlStatement::run(db, QStringLiteral("BEGIN"));
    QJsonObject result;
    try {
        result = QJsonObject {
            {QStringLiteral("contacts"), contacts(db)},
            {QStringLiteral("referrals"), referrals(db)},
            {QStringLiteral("meetings"), meetings(db)},
            {QStringLiteral("followUps"), followUps(db)},
        };
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
