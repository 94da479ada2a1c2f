// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KeepWarm.h"

#include "SqlStatement.h"

namespace Rapport {

namespace {
// The last interaction that happened: a meeting held, or any other logged contact.
const QString kLastContact
    = QStringLiteral("(SELECT max(start_at) FROM interaction i WHERE i.contact_id = c.id AND i.status = 'done')");

QDate localDate(const QVariant& isoUtc)
{
    return QDateTime::fromString(isoUtc.toString(), Qt::ISODateWithMs).toLocalTime().date();
}
} // namespace

QList<CheckIn> KeepWarm::goingCold(const QSqlDatabase& db, const QDate& today)
{
    QList<CheckIn> result;
    // Walks the interactions held (a few per contact met), not every contact of a large network.
    SqlStatement rows(db,
        QStringLiteral("SELECT i.contact_id, max(i.start_at), c.check_in_days FROM interaction i "
                       "JOIN contact c ON c.id = i.contact_id WHERE i.status = 'done' AND c.stage <> 'not_pursuing' "
                       "GROUP BY i.contact_id"));
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
    SqlStatement row(db, QStringLiteral("SELECT %1, c.check_in_days FROM contact c WHERE c.id = ?").arg(kLastContact));
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
