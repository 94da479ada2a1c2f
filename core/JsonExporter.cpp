#include "JsonExporter.h"

#include "SqlStatement.h"

#include <QHash>
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

// One query for all contacts' values of a child table, grouped by contact id: no query per contact.
QHash<qint64, QJsonArray> valuesByContact(const QSqlDatabase& db, const QString& sql)
{
    QHash<qint64, QJsonArray> result;
    SqlStatement query(db, sql);
    query.exec();
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toString());
    return result;
}

} // namespace

QJsonArray JsonExporter::contacts(const QSqlDatabase& db, const QSet<qint64>* only)
{
    const auto emails = valuesByContact(
        db, QStringLiteral("SELECT contact_id, address FROM contact_email ORDER BY contact_id, position, id"));
    const auto phones = valuesByContact(
        db, QStringLiteral("SELECT contact_id, number FROM contact_phone ORDER BY contact_id, position, id"));
    const auto tags
        = valuesByContact(db, QStringLiteral("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id, position"));

    QJsonArray array;
    SqlStatement query(db,
        QStringLiteral("SELECT c.id, c.uuid, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.linkedin_url, "
                       "c.stage, c.strength, c.notes, c.connected_on "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.id"));
    query.exec();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (only && !only->contains(id))
            continue;
        array.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("uuid"), query.value(1).toString()},
            {QStringLiteral("firstName"), query.value(2).toString()},
            {QStringLiteral("lastName"), query.value(3).toString()},
            {QStringLiteral("emails"), emails.value(id)},
            {QStringLiteral("phones"), phones.value(id)},
            {QStringLiteral("organization"), query.value(4).toString()},
            {QStringLiteral("title"), query.value(5).toString()},
            {QStringLiteral("linkedinUrl"), query.value(6).toString()},
            {QStringLiteral("tags"), tags.value(id)},
            {QStringLiteral("stage"), query.value(7).toString()},
            {QStringLiteral("strength"), query.value(8).toInt()},
            {QStringLiteral("notes"), query.value(9).toString()},
            {QStringLiteral("connectedOn"), textOrNull(query.value(10))},
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
