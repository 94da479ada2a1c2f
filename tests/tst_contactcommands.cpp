// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactCommands.h"
#include "ContactStore.h"
#include "MeetingCommands.h"
#include "MeetingStore.h"
#include "NetworkRecords.h"
#include "QuestionBank.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

class TestContactCommands : public QObject
{
    Q_OBJECT

private slots:
    void addUndoRedoKeepsIdentity()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QUndoStack undo;
        auto* add
            = new AddContactCommand(&store, Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad")));
        undo.push(add);
        const qint64 id = add->contactId();
        QVERIFY(id > 0);
        const QString uuid = store.contact(id)->uuid;
        QCOMPARE(undo.undoText(), QStringLiteral("Add Samir Haddad"));
        undo.undo();
        QCOMPARE(store.count(), 0);
        undo.redo();
        QCOMPARE(store.contact(id)->uuid, uuid);
    }

    void editUndoRestoresPreviousValues()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(Test::sampleContact(QStringLiteral("Léa"), QStringLiteral("Fontaine")));
        const Contact before = *store.contact(id);
        Contact after = before;
        after.title = QStringLiteral("Program Officer");
        after.tags = {QStringLiteral("funding")};
        QUndoStack undo;
        undo.push(new EditContactCommand(&store, before, after));
        QCOMPARE(store.contact(id)->title, QStringLiteral("Program Officer"));
        undo.undo();
        QVERIFY(store.contact(id)->sameContent(before));
        undo.redo();
        QVERIFY(store.contact(id)->sameContent(after));
    }

    void deleteUndoRestoresMeetingsAndReferrals()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 a = store.addContact(Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey")));
        const qint64 b = store.addContact(Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad")));
        const auto db = net.database.connection();
        {
            Transaction t(db);
            NetworkRecords::insertReferral(db, {0, a, b, LinkKind::Referral, {}, {}, {}, {}, 0, {}});
            Meeting m;
            m.contactId = b;
            m.start = QDateTime::currentDateTimeUtc();
            NetworkRecords::insertMeeting(db, m);
            t.commit();
        }
        QUndoStack undo;
        undo.push(new DeleteContactCommand(&store, b, QStringLiteral("Samir Haddad")));
        QVERIFY(!store.contact(b));
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM referral")).toInt(), 0);
        undo.undo();
        QVERIFY(store.contact(b));
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM referral")).toInt(), 1);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM interaction")).toInt(), 1);
    }

    void deletingSeveralIsOneStepBothWays()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) // more than are announced one by one
            ids.append(store.addContact(Test::sampleContact(QStringLiteral("P%1").arg(i), QStringLiteral("Q"))));
        const qint64 kept = store.addContact(Test::sampleContact(QStringLiteral("Kept"), QStringLiteral("K")));
        const auto db = net.database.connection();
        {
            Transaction t(db);
            // A link between two deleted contacts sits in both of their rows; one between a
            // deleted contact and a kept one must come back too.
            NetworkRecords::insertReferral(db, {0, ids.at(0), ids.at(1), LinkKind::Referral, {}, {}, {}, {}, 0, {}});
            NetworkRecords::insertReferral(db, {0, kept, ids.at(2), LinkKind::Referral, {}, {}, {}, {}, 0, {}});
            Meeting m;
            m.contactId = ids.at(1);
            m.start = QDateTime::currentDateTimeUtc();
            NetworkRecords::insertMeeting(db, m);
            t.commit();
        }
        const auto count = [&db](const char* table) {
            return SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toInt();
        };
        QSignalSpy reset(&store, &ContactStore::contactsReset);
        QSignalSpy removed(&store, &ContactStore::contactRemoved);
        const int everyone = store.count();
        const int left = everyone - int(ids.size()); // only Kept
        QUndoStack undo;
        undo.push(new DeleteContactCommand(&store, ids, QStringLiteral("Delete 40 contacts")));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(store.count(), left);
        QCOMPARE(count("referral"), 0);
        QCOMPARE(count("interaction"), 0);
        QCOMPARE(reset.size(), 1); // one reset, not forty row removals
        QCOMPARE(removed.size(), 0);
        undo.undo();
        QCOMPARE(store.count(), everyone);
        QCOMPARE(count("referral"), 2);
        QCOMPARE(count("interaction"), 1);
        QVERIFY(SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
        undo.redo();
        QCOMPARE(store.count(), left);
        // A contact that went missing in between fails the whole step, and nothing is deleted.
        undo.undo();
        QVERIFY(store.removeContact(ids.at(5)));
        QVERIFY(!store.removeContacts(ids));
        QCOMPARE(store.count(), everyone - 1);
    }

    void failedCommandLeavesTheStack()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QUndoStack undo;
        Contact bad = Test::sampleContact(QStringLiteral("Bad"), QStringLiteral("Strength"));
        bad.strength = 42;
        undo.push(new AddContactCommand(&store, bad));
        QCOMPARE(undo.count(), 0);
        QCOMPARE(store.count(), 0);
    }

    // An undo step names its follow-up whole when it is short, else cut at a word with "…"
    // (it was cut mid-word: "…practice memo; h").
    void followUpStepsNameTheirTextAtAWord()
    {
        Test::TempNetwork net;
        MeetingStore meetings(net.database);
        FollowUp f;
        f.text = QStringLiteral("Send Daniel my one-page practice memo; he asked for it after the call");
        FollowUp done = f;
        done.doneAt = QDateTime::currentDateTimeUtc();
        const QString name = EditFollowUpCommand(&meetings, f, done).text();
        QVERIFY2(name.startsWith(QStringLiteral("Mark “Send Daniel my one-page practice memo;")), qPrintable(name));
        QVERIFY2(name.endsWith(QStringLiteral("…” done")), qPrintable(name));
        const QString shown = name.section(QStringLiteral("“"), 1).section(QStringLiteral("…”"), 0, 0);
        QVERIFY2(f.text.startsWith(shown + QLatin1Char(' ')), qPrintable(shown)); // whole words only
        f.text = QStringLiteral("Thank Ana");
        QCOMPARE(AddFollowUpCommand(&meetings, f).text(), QStringLiteral("Add follow-up “Thank Ana”"));
    }

    void removingAMeetingAndUndoingKeepsItsChecklistAndFollowUps()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        Meeting m;
        m.contactId = ana;
        m.start = QDateTime::currentDateTime();
        m.status = MeetingStatus::Held;
        m.id = meetings.addMeeting(m);
        const QSqlDatabase db = net.database.connection();
        {
            Transaction t(db);
            QuestionBank::ensureDefaults(db);
            AskedQuestion q = QuestionBank::forMeeting(db, m.id).first();
            q.asked = true;
            q.answer = QStringLiteral("Through a postdoc");
            QuestionBank::saveAnswer(db, m.id, q);
            t.commit();
        }
        FollowUp thanks;
        thanks.contactId = ana;
        thanks.meetingId = m.id;
        thanks.due = QDate::currentDate();
        thanks.text = QStringLiteral("Thank Ana");
        const qint64 thanksId = meetings.addFollowUp(thanks);

        QUndoStack undo;
        undo.push(new RemoveMeetingCommand(&meetings, *meetings.meeting(m.id), QStringLiteral("Ana Lopez")));
        QVERIFY(!meetings.meeting(m.id));
        QCOMPARE(meetings.followUp(thanksId)->meetingId, 0); // detached, not deleted
        undo.undo();
        QVERIFY(meetings.meeting(m.id));
        QCOMPARE(meetings.followUp(thanksId)->meetingId, m.id);
        const AskedQuestion back = QuestionBank::forMeeting(db, m.id).first();
        QVERIFY(back.asked);
        QCOMPARE(back.answer, QStringLiteral("Through a postdoc"));
    }
};

QTEST_GUILESS_MAIN(TestContactCommands)
#include "tst_contactcommands.moc"
