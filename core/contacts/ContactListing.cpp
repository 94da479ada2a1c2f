// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListing.h"

#include "ContactLoader.h"
#include "SqlStatement.h"

#include <QHash>
#include <QJsonObject>

namespace Rapport {

namespace {

// The local day of each contact's latest meeting that took place.
QHash<qint64, QDate> lastContacts(const QSqlDatabase& db)
{
    QHash<qint64, QDate> days;
    SqlStatement query(db,
        QStringLiteral("SELECT contact_id, max(start_at) FROM interaction WHERE status = 'done' GROUP BY contact_id"));
    query.exec();
    while (query.next())
        days.insert(query.value(0).toLongLong(),
            QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toLocalTime().date());
    return days;
}

QJsonArray values(const QList<LabeledValue>& list)
{
    QJsonArray array;
    for (const LabeledValue& v : list)
        array.append(v.value);
    return array;
}

QJsonValue isoDateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonArray ContactListing::json(const QSqlDatabase& db, const QSet<qint64>* only)
{
    const QHash<qint64, QDate> last = lastContacts(db);
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
            {QStringLiteral("connectedOn"), isoDateOrNull(c.connectedOn)},
            {QStringLiteral("lastContact"), isoDateOrNull(last.value(c.id))},
        });
    }
    return array;
}

} // namespace Rapport
