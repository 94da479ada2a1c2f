// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KeepWarm.h"

#include "LastContact.h"
#include "SqlStatement.h"

namespace Rapport {

namespace {

QDate localDate(const QVariant& isoUtc)
{
    return QDateTime::fromString(isoUtc.toString(), Qt::ISODateWithMs).toLocalTime().date();
}
} // namespace

QList<CheckIn> KeepWarm::goingCold(const QSqlDatabase& db, const QDate& today)
{
    QList<CheckIn> result;
    // Only people met or written to outside LinkedIn (an interaction that took place) go cold: a
    // LinkedIn archive's every connection would otherwise flood Today. Their clock counts messages
    // too. Walks the interactions held (a few per contact met), not every contact of a large network.
    SqlStatement rows(db,
        QStringLiteral("SELECT c.id, %1, c.check_in_days FROM contact c WHERE c.id IN "
                       "(SELECT contact_id FROM interaction WHERE status = 'done') AND c.stage <> 'not_pursuing'")
            .arg(LastContact::sql(QStringLiteral("c.id"))));
    rows.exec();
    const QDate horizon = today.addDays(kWarningDays);
    while (rows.next()) {
        CheckIn c {rows.value(0).toLongLong(), localDate(rows.value(1)), rows.value(2).toInt()};
        if (c.due() <= horizon)
            result.append(c);
    }
    std::sort(result.begin(), result.end(), [](const CheckIn& a, const CheckIn& b) { return a.due() < b.due(); });
    return result;
}

CheckIn KeepWarm::checkIn(const QSqlDatabase& db, qint64 contactId)
{
    SqlStatement row(db,
        QStringLiteral("SELECT %1, c.check_in_days FROM contact c WHERE c.id = ?")
            .arg(LastContact::sql(QStringLiteral("c.id"))));
    CheckIn c;
    c.contactId = contactId;
    if (row.exec({contactId}).next()) {
        if (!row.value(0).isNull())
            c.lastContact = localDate(row.value(0));
        c.intervalDays = row.value(1).toInt();
    }
    return c;
}

} // namespace Rapport
