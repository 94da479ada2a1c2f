#include "ContactCommands.h"
#include "ContactStore.h"
#include "MeetingCommands.h"
#include "MeetingStore.h"
#include "NetworkRecords.h"
#include "QuestionBank.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

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
            NetworkRecords::insertReferral(db, {0, a, b, QStringLiteral("referral"), {}, {}, {}, {}, 0});
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

    void removingAMeetingAndUndoingKeepsItsChecklistAndFollowUps()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        Meeting m;
        m.contactId = ana;
        m.start = QDateTime::currentDateTime();
        m.status = QStringLiteral("done");
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
