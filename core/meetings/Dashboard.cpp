// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Dashboard.h"

#include "Contact.h"
#include "KeepWarm.h"
#include "MeetingTypes.h"
#include "SqlStatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Rapport {

namespace {

// The display names of the people the page lists (a few dozen, whatever the network's size).
void fillNames(const QSqlDatabase& db, const QList<DashboardItem*>& items)
{
    SqlStatement row(db,
        QStringLiteral("SELECT c.first_name, c.last_name, ifnull(o.name, '') FROM contact c "
                       "LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id = ?"));
    QHash<qint64, QString> names;
    for (DashboardItem* item : items) {
        if (!names.contains(item->contactId)) {
            const bool found = row.exec({item->contactId}).next();
            names.insert(item->contactId,
                found ? contactDisplayName(row.value(0).toString(), row.value(1).toString(), row.value(2).toString())
                      : QString());
            row.query().finish();
        }
        item->contactName = names.value(item->contactId);
    }
}

QDateTime fromIso(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
}

} // namespace

bool Dashboard::isEmpty() const
{
    return overdue.isEmpty() && dueToday.isEmpty() && dueSoon.isEmpty() && thankYousOwed.isEmpty()
        && waitingForReply.isEmpty() && goingCold.isEmpty() && nextMeetings.isEmpty();
}

Dashboard Dashboard::compute(const QSqlDatabase& db, const QDateTime& now, int waitingDays)
{
    Dashboard d;
    const QDate today = now.toLocalTime().date();

    SqlStatement followUps(db,
        QStringLiteral("SELECT id, contact_id, ifnull(interaction_id, 0), due, text FROM follow_up "
                       "WHERE done_at IS NULL AND due <= ? ORDER BY due, id"));
    followUps.exec({today.addDays(kUpcomingDays - 1).toString(Qt::ISODate)});
    while (followUps.next()) {
        DashboardItem item;
        item.followUpId = followUps.value(0).toLongLong();
        item.contactId = followUps.value(1).toLongLong();
        item.meetingId = followUps.value(2).toLongLong();
        item.date = QDate::fromString(followUps.value(3).toString(), Qt::ISODate);
        item.text = followUps.value(4).toString();
        (item.date < today ? d.overdue : item.date == today ? d.dueToday : d.dueSoon).append(item);
    }

    // An interview is thanked by a thank-you follow-up marked done, or a thank-you note logged after it.
    SqlStatement interviews(db,
        QStringLiteral(
            "SELECT i.id, i.contact_id, i.start_at, f.id, f.due FROM interaction i "
            "LEFT JOIN follow_up f ON f.id = (SELECT o.id FROM follow_up o WHERE o.interaction_id = i.id "
            "  AND o.kind = 'thank_you' AND o.done_at IS NULL ORDER BY o.due LIMIT 1) "
            "WHERE i.kind = 'informational_interview' AND i.status = 'done' AND i.start_at >= ? "
            "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.interaction_id = i.id AND f.kind = 'thank_you' "
            "  AND f.done_at IS NOT NULL) "
            "AND NOT EXISTS (SELECT 1 FROM interaction t WHERE t.contact_id = i.contact_id AND t.kind = 'thank_you' "
            "  AND t.status = 'done' AND t.start_at >= i.start_at) "
            "ORDER BY i.start_at"));
    interviews.exec({now.toUTC().addDays(-kThankYouWindowDays).toString(Qt::ISODateWithMs)});
    QList<DashboardItem> lateThanks;
    while (interviews.next()) {
        DashboardItem item;
        item.meetingId = interviews.value(0).toLongLong();
        item.contactId = interviews.value(1).toLongLong();
        item.when = fromIso(interviews.value(2));
        item.date = item.when.date();
        item.followUpId = interviews.value(3).toLongLong();
        // Due the day after the interview ("within 24 hours"), or when its follow-up says.
        const QDate due
            = item.followUpId ? QDate::fromString(interviews.value(4).toString(), Qt::ISODate) : item.date.addDays(1);
        if (due >= today) {
            d.thankYousOwed.append(item);
        } else if (!item.followUpId) { // a late one with a follow-up is already among the overdue
            item.when = {};
            item.date = due;
            lateThanks.append(item);
        }
    }
    // Among the overdue by due date; after the follow-ups due the same day.
    for (const DashboardItem& item : std::as_const(lateThanks)) {
        const auto at = std::upper_bound(d.overdue.begin(), d.overdue.end(), item.date,
            [](const QDate& date, const DashboardItem& other) { return date < other.date; });
        d.overdue.insert(at, item);
    }

    // A thank-you listed with its interview is not listed again among the follow-ups; one whose
    // interview is older (or removed) stays among them, so nothing owed drops off the page.
    QSet<qint64> thanked;
    for (const DashboardItem& item : std::as_const(d.thankYousOwed)) {
        if (item.followUpId)
            thanked.insert(item.followUpId);
    }
    for (QList<DashboardItem>* list : {&d.overdue, &d.dueToday, &d.dueSoon})
        list->removeIf([&thanked](const DashboardItem& item) { return thanked.contains(item.followUpId); });

    // People I wrote to (a LinkedIn message or invitation, or an e-mail logged) who are still at
    // Reached out, the last time longest ago first; an answer since (a message in) takes them off.
    SqlStatement waiting(db,
        QStringLiteral(
            "SELECT person, wrote FROM (SELECT c.id AS person, nullif(max("
            "  ifnull((SELECT max(sent_at) FROM message WHERE contact_id = c.id AND direction = 'out'), ''), "
            "  ifnull((SELECT max(start_at) FROM interaction WHERE contact_id = c.id AND status = 'done' "
            "    AND kind = 'email'), '')), '') AS wrote FROM contact c WHERE c.stage = 'reached_out') "
            "WHERE wrote IS NOT NULL AND wrote <= ? AND NOT EXISTS (SELECT 1 FROM message m "
            "  WHERE m.contact_id = person AND m.direction = 'in' AND m.sent_at > wrote) "
            "ORDER BY wrote"));
    waiting.exec({now.toUTC().addDays(-waitingDays).toString(Qt::ISODateWithMs)});
    while (waiting.next()) {
        DashboardItem item;
        item.contactId = waiting.value(0).toLongLong();
        item.date = fromIso(waiting.value(1)).date();
        d.waitingForReply.append(item);
    }

    const QList<CheckIn> cold = KeepWarm::goingCold(db, today);
    for (const CheckIn& checkIn : cold) {
        DashboardItem item;
        item.contactId = checkIn.contactId;
        item.date = checkIn.due();
        d.goingCold.append(item);
    }

    SqlStatement meetings(db,
        QStringLiteral("SELECT id, contact_id, start_at, kind, place FROM interaction WHERE status = 'planned' "
                       "AND start_at >= ? ORDER BY start_at LIMIT 10"));
    meetings.exec({now.toUTC().addSecs(-3600).toString(Qt::ISODateWithMs)});
    while (meetings.next()) {
        DashboardItem item;
        item.meetingId = meetings.value(0).toLongLong();
        item.contactId = meetings.value(1).toLongLong();
        item.when = fromIso(meetings.value(2));
        item.date = item.when.date();
        item.text = meetings.value(3).toString(); // the kind, turned into words below
        item.place = meetings.value(4).toString();
        d.nextMeetings.append(item);
    }

    // Names last, for the few people listed; then the texts that need them.
    QList<DashboardItem*> listed;
    for (QList<DashboardItem>* list :
        {&d.overdue, &d.dueToday, &d.dueSoon, &d.thankYousOwed, &d.waitingForReply, &d.goingCold, &d.nextMeetings}) {
        for (DashboardItem& item : *list)
            listed.append(&item);
    }
    fillNames(db, listed);
    for (QList<DashboardItem>* list : {&d.thankYousOwed, &d.overdue}) {
        for (DashboardItem& item : *list) {
            if (item.meetingId && item.text.isEmpty()) // a thank-you owed, not a follow-up (those have text)
                item.text = tr("Thank %1 for the interview").arg(item.contactName);
        }
    }
    for (DashboardItem& item : d.waitingForReply)
        item.text = tr("No reply yet from %1: you wrote %2 days ago; a gentle nudge?")
                        .arg(item.contactName, QString::number(item.date.daysTo(today)));
    for (qsizetype i = 0; i < d.goingCold.size(); ++i) {
        DashboardItem& item = d.goingCold[i];
        item.text = cold.at(i).due() < today
            ? tr("Check in with %1: last contact %2 days ago")
                  .arg(item.contactName, QString::number(cold.at(i).lastContact.daysTo(today)))
            : tr("Check in with %1 soon").arg(item.contactName);
    }
    for (DashboardItem& item : d.nextMeetings) {
        const QString kind = MeetingTypes::label(MeetingTypes::meetingKind(item.text).value_or(MeetingKind::Other));
        item.text = item.place.isEmpty() ? tr("%1 with %2").arg(kind, item.contactName)
                                         : tr("%1 with %2 · %3").arg(kind, item.contactName, item.place);
    }
    return d;
}

} // namespace Rapport
