// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Rapport {

// When to check in with someone again: their last interaction plus their check-in interval
// (three months unless the user chose otherwise). Any logged interaction resets it.
struct CheckIn {
    qint64 contactId = 0;
    QDate lastContact;
    int intervalDays = 90;
    QDate due() const { return lastContact.addDays(intervalDays); }
};

class KeepWarm
{
public:
    static constexpr int kDefaultIntervalDays = 90;
    // How far ahead "going cold" looks.
    static constexpr int kWarningDays = 14;

    // Contacts met at least once whose next check-in is due by today + kWarningDays, most
    // overdue first. Contacts not being pursued are left alone. Throws DatabaseError.
    static QList<CheckIn> goingCold(const QSqlDatabase& db, const QDate& today);
    // The check-in of one contact; lastContact is invalid when they have never been met.
    static CheckIn checkIn(const QSqlDatabase& db, qint64 contactId);
};

} // namespace Rapport
