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

// What the user should do today, read in one go. Anything past its due date is overdue, whatever
// its kind. A thank-you owed for a recent interview and still on time has its own list and is not
// repeated among the follow-ups; one past its day (the day after the interview, or its follow-up's
// due date) is among the overdue.
struct Dashboard {
    Q_DECLARE_TR_FUNCTIONS(Rapport::Dashboard)

public:
    QList<DashboardItem> overdue;
    QList<DashboardItem> dueToday;
    QList<DashboardItem> dueSoon; // after today, within kUpcomingDays of it (today included)
    QList<DashboardItem> thankYousOwed; // interviews held in the last 30 days, not thanked yet, not late
    QList<DashboardItem> waitingForReply; // written to (Reached out) more than kWaitingDays ago, no answer since
    QList<DashboardItem> goingCold;
    QList<DashboardItem> nextMeetings; // planned, from now on, the next ten

    static constexpr int kThankYouWindowDays = 30;
    // Today and the six days after: the range Print Prep Sheets offers, so both say "the next 7 days".
    static constexpr int kUpcomingDays = 7;
    // How long a message goes unanswered before Today lists it as waiting for a reply.
    static constexpr int kWaitingDays = 7;

    bool isEmpty() const;
    // Throws DatabaseError.
    static Dashboard compute(const QSqlDatabase& db, const QDateTime& now, int waitingDays = kWaitingDays);
};

} // namespace Rapport
