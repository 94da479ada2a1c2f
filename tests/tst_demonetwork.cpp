// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Clock.h"
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "FollowUpProposals.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Rapport;

class TestDemoNetwork : public QObject
{
    Q_OBJECT

    static int count(const Database& db, const QString& sql)
    {
        return SqlStatement::scalar(db.connection(), sql).toInt();
    }

private slots:
    void fillsABelievableNetwork()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY2(DemoNetwork::fill(net.database, &error), qPrintable(error));
        const auto& db = net.database;

        const int people = count(db, QStringLiteral("SELECT count(*) FROM contact"));
        QVERIFY2(people >= 60 && people <= 80, qPrintable(QString::number(people)));
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction")) >= 20);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'planned'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NULL")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NOT NULL")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT stage) FROM contact")) >= 6);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT tag) FROM contact_tag")) >= 8);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE kind = 'knows'")) > 0);
        // Done meetings carry notes of a few sentences.
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done' AND kind = "
                                    "'informational_interview' AND length(notes) < 120")),
            0);
        QVERIFY(!SqlStatement::scalar(db.connection(), QStringLiteral("SELECT introduction FROM profile"))
                     .toString()
                     .isEmpty());
    }

    void referralChainsAreThreeToFourDeepFromMe()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        QHash<qint64, qint64> referrerOf; // referred -> referrer (0 = Me)
        SqlStatement query(net.database.connection(),
            QStringLiteral("SELECT ifnull(referrer_id, 0), referred_id FROM referral WHERE kind = 'referral'"));
        query.exec();
        while (query.next())
            referrerOf.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
        int deepest = 0;
        for (auto it = referrerOf.cbegin(); it != referrerOf.cend(); ++it) {
            int depth = 1;
            qint64 at = it.value();
            QSet<qint64> seen;
            while (at != 0 && referrerOf.contains(at) && !seen.contains(at)) {
                seen.insert(at);
                at = referrerOf.value(at);
                ++depth;
            }
            if (at == 0)
                deepest = qMax(deepest, depth);
        }
        QVERIFY2(deepest >= 3 && deepest <= 4, qPrintable(QString::number(deepest)));
    }

    void datesAreRelativeToToday()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        const QString today = Clock::currentDate().toString(Qt::ISODate);
        QVERIFY(count(net.database,
                    QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'planned' AND start_at < '%1'")
                        .arg(today))
            == 0);
        // ... and what was held lies in the past, whatever day the demo is made.
        const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(
            count(net.database,
                QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done' AND start_at > '%1'").arg(now))
            == 0);
        QVERIFY(count(net.database, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done'")) > 0);
    }

    // The demo's follow-ups keep the app's own rules, so marking a meeting held there proposes
    // nothing already open or done, and nothing out of place.
    void followUpsKeepTheAppsRules()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        ReferralStore links(net.database);
        int referred = 0;
        for (const ContactSummary& person : contacts.summaries()) {
            const Contact contact = *contacts.contact(person.id);
            const QList<FollowUp> followUps = meetings.followUpsOf(person.id);
            qint64 referrerId = 0;
            for (const Referral& link : links.linksOf(person.id)) {
                if (link.isReferral() && link.referredId == person.id && link.referrerId)
                    referrerId = link.referrerId;
            }
            for (const FollowUp& f : followUps) {
                // No invitation to someone connected; telling the referrer is the referred person's.
                QVERIFY2(f.kind != FollowUpKind::LinkedIn || !FollowUpProposals::connectedOnLinkedIn(contact),
                    qPrintable(f.text));
                QVERIFY2(f.kind != FollowUpKind::TellReferrer || referrerId, qPrintable(f.text));
                if (f.meetingId) // a follow-up's meeting is with the same person
                    QCOMPARE(meetings.meeting(f.meetingId)->contactId, person.id);
                // Written by hand, the standard steps say what they are.
                if (f.text.startsWith(QStringLiteral("Connect on LinkedIn")))
                    QCOMPARE(f.kind, FollowUpKind::LinkedIn);
                if (f.text.startsWith(QStringLiteral("Tell ")))
                    QCOMPARE(f.kind, FollowUpKind::TellReferrer);
                if (f.text.contains(QStringLiteral("thank-you"), Qt::CaseInsensitive))
                    QCOMPARE(f.kind, FollowUpKind::ThankYou);
                if (f.text.startsWith(QStringLiteral("Check in")))
                    QCOMPARE(f.kind, FollowUpKind::CheckIn);
            }
            // A step already open or done is not proposed again after the person's latest meeting.
            const QList<Meeting> held = meetings.meetingsOf(person.id);
            if (held.isEmpty() || !referrerId)
                continue;
            ++referred;
            const QString referrerName = contacts.summary(referrerId)->name;
            const QList<FollowUp> proposed
                = FollowUpProposals::afterInterview(held.first(), contact, referrerName, referrerId, followUps);
            for (const FollowUp& p : proposed) {
                if (p.kind == FollowUpKind::ThankYou)
                    continue; // due after every meeting
                for (const FollowUp& f : followUps)
                    QVERIFY2(f.kind != p.kind, qPrintable(contact.displayName() + QStringLiteral(": ") + p.text));
            }
        }
        QVERIFY(referred > 0);
        // The trial's case: Samir's referrer, Dr. Maybrey, is already to be told (overdue).
        qint64 samir = 0;
        for (const ContactSummary& person : contacts.summaries()) {
            if (person.name == QStringLiteral("Samir Haddad"))
                samir = person.id;
        }
        QVERIFY(samir);
        const QList<FollowUp> samirs = meetings.followUpsOf(samir);
        QVERIFY(std::any_of(samirs.cbegin(), samirs.cend(),
            [](const FollowUp& f) { return f.kind == FollowUpKind::TellReferrer && !f.doneAt.isValid(); }));
    }

    void refusesANetworkWithContacts()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Mine"), QStringLiteral("Own"))));
        QString error;
        QVERIFY(!DemoNetwork::fill(net.database, &error));
        QVERIFY(error.contains(QStringLiteral("already has contacts")));
        QCOMPARE(store.count(), 1);
    }

    void exportsTheContractShape()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        const QJsonObject json = JsonExporter::build(net.database.connection());
        const auto keys = [](std::initializer_list<const char*> names) {
            QStringList list;
            for (const char* name : names)
                list.append(QString::fromLatin1(name));
            list.sort();
            return list;
        };
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("rapport-network"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(json.keys(),
            keys({"format", "version", "profile", "organizations", "contacts", "referrals", "meetings", "followUps",
                "questions", "templates", "graphPositions", "messages", "myHistory", "deleted"}));
        // Every version-1 key keeps its name; version 2 adds the rest of each entity.
        const QJsonObject contact = json.value(QStringLiteral("contacts")).toArray().first().toObject();
        QCOMPARE(contact.keys(),
            keys({"id", "uuid", "firstName", "lastName", "emails", "phones", "organization", "title", "linkedinUrl",
                "tags", "stage", "strength", "notes", "connectedOn", "location", "source", "checkInDays", "createdAt",
                "updatedAt", "createdByImport"}));
        const QJsonArray emails = contact.value(QStringLiteral("emails")).toArray();
        QVERIFY(!emails.isEmpty());
        QCOMPARE(emails.first().toObject().keys(), keys({"label", "address"}));
        const QJsonObject referral = json.value(QStringLiteral("referrals")).toArray().first().toObject();
        QCOMPARE(referral.keys(), keys({"uuid", "from", "to", "kind", "relation", "date", "note", "mayUseName"}));
        // Cross-references are UUIDs: "to" names a contact of the file.
        QStringList contactUuids;
        for (const auto& c : json.value(QStringLiteral("contacts")).toArray())
            contactUuids.append(c.toObject().value(QStringLiteral("uuid")).toString());
        QVERIFY(contactUuids.contains(referral.value(QStringLiteral("to")).toString()));
        const QJsonObject meeting = json.value(QStringLiteral("meetings")).toArray().first().toObject();
        QCOMPARE(meeting.keys(),
            keys({"id", "uuid", "contact", "kind", "start", "durationMinutes", "place", "status", "notes", "reflection",
                "takeaway", "createdAt", "updatedAt", "questions"}));
        QVERIFY(QDateTime::fromString(meeting.value(QStringLiteral("start")).toString(), Qt::ISODate).isValid());
        QVERIFY(contactUuids.contains(meeting.value(QStringLiteral("contact")).toString()));
        const QJsonObject followUp = json.value(QStringLiteral("followUps")).toArray().first().toObject();
        QCOMPARE(followUp.keys(),
            keys({"id", "uuid", "contact", "meeting", "kind", "due", "text", "done", "doneAt", "createdAt"}));
        QVERIFY(followUp.value(QStringLiteral("done")).isBool());
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
