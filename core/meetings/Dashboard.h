// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Rapport {

// One line of the Today page: what to do, about whom, and what it opens.
struct DashboardItem {
    qint64 contactId = 0;
    qint64 followUpId = 0; // for follow-ups: "Done" marks this one
    qint64 meetingId = 0; // for meetings and thank-yous
    QString contactName;
    QString text;
    QDate date; // due, held or check-in date
    QDateTime when; // meetings: their start
    QString place; // meetings: where
};

// What the user should do today, read in one go. A thank-you owed for a recent interview has its
// own list and is not repeated among the follow-ups.
struct Dashboard {
    Q_DECLARE_TR_FUNCTIONS(Rapport::Dashboard)

public:
    QList<DashboardItem> overdue;
    QList<DashboardItem> dueToday;
    QList<DashboardItem> dueThisWeek;
    QList<DashboardItem> thankYousOwed; // interviews held in the last 30 days with no thank-you yet
    QList<DashboardItem> goingCold;
    QList<DashboardItem> nextMeetings; // planned, from now on, the next ten

    static constexpr int kThankYouWindowDays = 30;

    bool isEmpty() const;
    // Throws DatabaseError.
    static Dashboard compute(const QSqlDatabase& db, const QDateTime& now);
};

} // namespace Rapport
