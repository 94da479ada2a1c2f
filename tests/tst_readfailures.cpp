// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A read that fails is reported, never passed off as "nothing there": each store emits
// readFailed and keeps readError() instead of quietly returning an empty list, and the core
// functions that read inside a write (an import, undoing one) fail rather than skip a contact.
// The reads are made to fail for real, after the network was opened: a second connection drops a
// table or a column under it, as another program damaging the file would.
#include "BrokenNetwork.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "DatabaseError.h"
#include "ImportHistory.h"
#include "MeetingStore.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QSignalSpy>

using namespace Rapport;

namespace {

const QByteArray kLinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

// One failed read: an empty result, one readFailed naming the problem, and readError() set.
template <typename Store>
void checkFailed(const Store& store, QSignalSpy& spy, bool emptyResult, const char* what, const char* problem)
{
    QVERIFY2(emptyResult, what);
    QVERIFY2(spy.count() == 1, what);
    const QString message = spy.takeFirst().at(0).toString();
    QVERIFY2(message.contains(QLatin1String(problem)),
        qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), message)));
    QCOMPARE(store.readError(), message);
}

} // namespace

class TestReadFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void contactReadsReportFailures()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        Contact ada = Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Lumen"));
        ada.tags = {QStringLiteral("mentor")};
        const qint64 id = store.addContact(ada);
        QVERIFY(id);
        QCOMPARE(store.summaries().size(), 1);
        QVERIFY(store.readError().isEmpty());

        QVERIFY(Test::dropTables(net.path(), {QStringLiteral("contact_tag"), QStringLiteral("contact_fts")}));
        QSignalSpy spy(&store, &ContactStore::readFailed);
        checkFailed(store, spy, !store.contact(id), "contact", "contact_tag");
        checkFailed(store, spy, store.allTags().isEmpty(), "allTags", "contact_tag");
        // A search the index cannot answer is an error, not "nobody matches".
        checkFailed(store, spy, store.search(QStringLiteral("ada")).isEmpty(), "search", "contact_fts");
        checkFailed(store, spy, store.searchIds(QStringLiteral("ada")).isEmpty(), "searchIds", "contact_fts");
        // Reads that do not touch the dropped tables still work, and clear the error.
        QCOMPARE(store.directory().size(), 1);
        QVERIFY(store.readError().isEmpty());
        QCOMPARE(spy.count(), 0);

        // The interaction table feeds every row of the list (last contact, next follow-up):
        // without it the list must fail, not show an empty network.
        QVERIFY(Test::dropTables(net.path(), {QStringLiteral("interaction")}));
        checkFailed(store, spy, store.summaries().isEmpty(), "summaries", "interaction");
        checkFailed(store, spy, !store.summary(id), "summary", "interaction");

        QVERIFY(Test::dropTables(net.path(), {QStringLiteral("import_batch_change"), QStringLiteral("contact")}));
        checkFailed(store, spy, store.directory().isEmpty(), "directory", "contact");
        checkFailed(store, spy, store.count() == 0, "count", "contact");
        checkFailed(store, spy, store.contactsOfImport(1).isEmpty(), "contactsOfImport", "no such table");
    }

    void meetingReadsReportFailures()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        Meeting m;
        m.contactId = ana;
        m.start = QDateTime(QDate(2026, 3, 12), QTime(10, 0));
        const qint64 meetingId = meetings.addMeeting(m);
        QVERIFY(meetingId);
        FollowUp f;
        f.contactId = ana;
        f.meetingId = meetingId;
        f.due = QDate(2026, 3, 13);
        f.text = QStringLiteral("Send thanks");
        const qint64 followUpId = meetings.addFollowUp(f);
        QVERIFY(followUpId);
        QCOMPARE(meetings.meetingsOf(ana).size(), 1);
        QVERIFY(meetings.readError().isEmpty());

        QVERIFY(Test::dropTables(net.path(),
            {QStringLiteral("interaction_question"), QStringLiteral("follow_up"), QStringLiteral("interaction")}));
        QSignalSpy spy(&meetings, &MeetingStore::readFailed);
        checkFailed(meetings, spy, !meetings.meeting(meetingId), "meeting", "interaction");
        checkFailed(meetings, spy, meetings.meetingsOf(ana).isEmpty(), "meetingsOf", "interaction");
        checkFailed(meetings, spy, meetings.allMeetings().isEmpty(), "allMeetings", "interaction");
        checkFailed(meetings, spy, !meetings.followUp(followUpId), "followUp", "follow_up");
        checkFailed(meetings, spy, meetings.followUpsOf(ana).isEmpty(), "followUpsOf", "follow_up");
        checkFailed(meetings, spy, meetings.allFollowUps().isEmpty(), "allFollowUps", "follow_up");
        checkFailed(meetings, spy, meetings.checklistOf(meetingId).isEmpty(), "checklistOf", "interaction_question");

        // Writes that start by reading do not go ahead, and say so.
        QVERIFY(!meetings.removeMeeting(meetingId));
        QVERIFY(!meetings.lastError().isEmpty());
        QCOMPARE(spy.count(), 1);
        spy.clear();
        QVERIFY(!meetings.removeFollowUp(followUpId));
        QVERIFY(!meetings.lastError().isEmpty());
        QCOMPARE(spy.count(), 1);
    }

    void referralReadsReportFailures()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        ReferralStore links(net.database);
        const qint64 a = contacts.addContact(Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor")));
        const qint64 b = contacts.addContact(Test::sampleContact(QStringLiteral("Bo"), QStringLiteral("Ek")));
        Referral link;
        link.referrerId = a;
        link.referredId = b;
        const qint64 linkId = links.add(link);
        QVERIFY2(linkId, qPrintable(links.lastError()));
        QVERIFY(links.setPinnedPositions(QStringLiteral("layered"), {{a, QPointF(1, 2)}}));
        QCOMPARE(links.linksOf(a).size(), 1);
        QCOMPARE(links.pinnedPositions(QStringLiteral("layered")).size(), 1);

        QVERIFY(Test::dropTables(net.path(), {QStringLiteral("referral"), QStringLiteral("node_position")}));
        QSignalSpy spy(&links, &ReferralStore::readFailed);
        checkFailed(links, spy, links.linksOf(a).isEmpty(), "linksOf", "referral");
        checkFailed(links, spy, !links.link(linkId), "link", "referral");
        checkFailed(
            links, spy, links.pinnedPositions(QStringLiteral("layered")).isEmpty(), "pinnedPositions", "node_position");
    }

    void importHistoryThrowsRatherThanListingNothing()
    {
        Test::TempNetwork net;
        const QString file = writeFile(QStringLiteral("one.csv"),
            kLinkedInHeader + "Ada,Okafor,https://www.linkedin.com/in/ada,,Lumen,Chemist,15 Mar 2024\r\n");
        QVERIFY(ContactImporter::run(net.database, file, {}).written);
        QCOMPARE(ImportHistory::list(net.database).size(), 1);
        QVERIFY(Test::dropTables(net.path(), {QStringLiteral("import_batch_change"), QStringLiteral("import_batch")}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ImportHistory::list(net.database));
    }

    void undoingAnImportFailsWhenAContactCannotBeRead()
    {
        // Undo puts back what an import updated. A contact it cannot read must stop the undo:
        // skipping it (as "deleted since") would mark the import undone with its changes kept.
        Test::TempNetwork net;
        const QString first = writeFile(QStringLiteral("first.csv"),
            kLinkedInHeader + "Ada,Okafor,https://www.linkedin.com/in/ada,,Lumen,Chemist,15 Mar 2024\r\n");
        const QString second = writeFile(QStringLiteral("second.csv"),
            kLinkedInHeader + "Ada,Okafor,https://www.linkedin.com/in/ada,,Lumen,Director,15 Mar 2024\r\n");
        QVERIFY(ContactImporter::run(net.database, first, {}).written);
        ImportOptions update;
        update.onDuplicate = DuplicatePolicy::Update;
        const ImportReport updated = ContactImporter::run(net.database, second, update);
        QVERIFY(updated.written);
        QCOMPARE(updated.updated, 1);

        // A column only whole-contact reads use: the undo's writes would not notice it is gone.
        QVERIFY(Test::alterSchema(net.path(),
            {QStringLiteral("DROP TRIGGER contact_field_change"), // it names every column
                QStringLiteral("ALTER TABLE contact DROP COLUMN check_in_days")}));

        QString error;
        QVERIFY(!ImportHistory::undo(net.database, updated.batchId, &error));
        QVERIFY2(error.contains(QLatin1String("check_in_days")), qPrintable(error));
        const QVariant undone = SqlStatement::scalar(net.database.connection(),
            QStringLiteral("SELECT undone_at FROM import_batch WHERE id = ?"), {updated.batchId});
        QVERIFY(undone.isNull()); // rolled back: the import can still be undone once the file is repaired
    }

    void importFailsWhenAnExistingContactCannotBeRead()
    {
        // Updating a duplicate reads the stored contact first. When that read fails, the import
        // fails as a whole: the row must not be counted "unchanged" while nothing was compared.
        Test::TempNetwork net;
        const QString file = writeFile(QStringLiteral("again.csv"),
            kLinkedInHeader + "Ada,Okafor,https://www.linkedin.com/in/ada,,Lumen,Chemist,15 Mar 2024\r\n");
        QVERIFY(ContactImporter::run(net.database, file, {}).written);
        QVERIFY(Test::alterSchema(net.path(),
            {QStringLiteral("DROP TRIGGER contact_field_change"), // it names every column
                QStringLiteral("ALTER TABLE contact DROP COLUMN check_in_days")}));

        ImportOptions update;
        update.onDuplicate = DuplicatePolicy::Update;
        const ImportReport again = ContactImporter::run(net.database, file, update);
        QVERIFY(!again.written);
        QCOMPARE(again.unchanged, 0);
        QVERIFY2(again.error.contains(QLatin1String("check_in_days")), qPrintable(again.error));
    }

    void aStepThatFailsPartWayThrows()
    {
        // The third row fails to compute: iterating must not stop quietly after two rows.
        Test::TempNetwork net;
        SqlStatement rows(net.database.connection(),
            QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) "
                           "SELECT CASE WHEN x = 3 THEN abs(-9223372036854775807 - 1) ELSE x END FROM n"));
        rows.exec();
        int seen = 0;
        QVERIFY_THROWS_EXCEPTION(DatabaseError, {
            while (rows.next())
                ++seen;
        });
        QCOMPARE(seen, 2);
        // A statement run again after a failure starts clean.
        SqlStatement fine(net.database.connection(), QStringLiteral("SELECT 1 UNION ALL SELECT 2"));
        fine.exec();
        QVERIFY(fine.next());
        QVERIFY(fine.next());
        QVERIFY(!fine.next());
    }
};

QTEST_GUILESS_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
