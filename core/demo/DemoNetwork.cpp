// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoNetwork.h"

#include "Clock.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoData.h"
#include "NetworkRecords.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QList>

namespace Rapport {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

Contact contactFrom(const DemoData::Person& p, const QDate& today)
{
    Contact c;
    c.firstName = text(p.firstName);
    c.lastName = text(p.lastName);
    c.organization = text(p.organization);
    c.title = text(p.title);
    c.location = text(p.location);
    if (*p.email)
        c.emails.append({QStringLiteral("work"), text(p.email)});
    if (*p.phone)
        c.phones.append({QStringLiteral("mobile"), text(p.phone)});
    if (*p.linkedinSlug)
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/%1").arg(text(p.linkedinSlug));
    stageFromKey(text(p.stage), &c.stage);
    c.strength = p.strength;
    c.tags = text(p.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.connectedDaysAgo > 0)
        c.connectedOn = today.addDays(-p.connectedDaysAgo);
    c.notes = text(p.notes);
    c.source = QStringLiteral("demo");
    return c;
}

void writeProfile(const QSqlDatabase& db)
{
    SqlStatement::run(db,
        QStringLiteral("UPDATE profile SET name = ?, field = ?, introduction = ?, goals = ? WHERE id = 1"),
        {QStringLiteral("Dr. Jordan Lee"), QStringLiteral("Postdoctoral fellow, molecular and cell biology"),
            QStringLiteral("I'm a postdoc studying how cells sense mechanical stress. I love turning messy data into "
                           "a clear story, and I'm exploring where that fits outside the academic lab: industry "
                           "R&D, science policy and science writing."),
            QStringLiteral("Talk to people in all three paths this year; learn what a normal week looks like in "
                           "each; find out which one I would wake up excited for.")});
}

} // namespace

bool DemoNetwork::fill(Database& database, QString* error)
{
    const QSqlDatabase db = database.connection();
    ContactStore contacts(database);
    if (contacts.count() > 0) {
        *error = tr("%1: the demo fills an empty network, and this one already has contacts").arg(database.path());
        return false;
    }
    try {
        Transaction transaction(db);
        const QDate today = Clock::currentDate();
        const auto people = DemoData::people();
        QList<qint64> personIds;
        for (const auto& person : people)
            personIds.append(contacts.insertInTransaction(contactFrom(person, today)));

        for (size_t i = 0; i < people.size(); ++i) {
            const auto& person = people[i];
            if (person.referredBy >= -1) {
                Referral r;
                r.referrerId = person.referredBy >= 0 ? personIds.at(person.referredBy) : 0;
                r.referredId = personIds.at(qsizetype(i));
                if (person.connectedDaysAgo > 0)
                    r.date = today.addDays(-person.connectedDaysAgo);
                NetworkRecords::insertReferral(db, r);
            }
            if (person.knows >= 0) {
                Referral k;
                k.kind = LinkKind::Knows;
                k.relation = QStringLiteral("colleague");
                k.referrerId = personIds.at(qsizetype(i));
                k.referredId = personIds.at(person.knows);
                NetworkRecords::insertReferral(db, k);
            }
        }

        QList<qint64> meetingIds;
        for (const auto& m : DemoData::meetings()) {
            Meeting meeting;
            meeting.contactId = personIds.at(m.person);
            meeting.kind = m.kind;
            meeting.start = QDateTime(today.addDays(m.dayOffset), QTime(m.hour, m.minute));
            meeting.durationMinutes = m.durationMinutes;
            meeting.status = m.status;
            meeting.place = text(m.place);
            meeting.notes = text(m.notes);
            meeting.reflection = m.reflection;
            meeting.takeaway = text(m.takeaway);
            meetingIds.append(NetworkRecords::insertMeeting(db, meeting));
        }

        for (const auto& f : DemoData::followUps()) {
            FollowUp followUp;
            followUp.contactId = personIds.at(f.person);
            followUp.meetingId = f.meeting >= 0 ? meetingIds.at(f.meeting) : 0;
            followUp.due = today.addDays(f.dueDayOffset);
            followUp.text = text(f.text);
            followUp.kind = f.kind;
            if (f.done)
                followUp.doneAt = QDateTime(followUp.due, QTime(17, 0));
            NetworkRecords::insertFollowUp(db, followUp);
        }

        writeProfile(db);
        transaction.commit();
        return true;
    } catch (const DatabaseError& e) {
        *error = tr("%1: could not write the demo network: %2").arg(database.path(), e.message());
        return false;
    }
}

} // namespace Rapport
