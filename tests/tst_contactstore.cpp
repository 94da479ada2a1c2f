// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactStore.h"
#include "NetworkRecords.h"
#include "SearchRanking.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

class TestContactStore : public QObject
{
    Q_OBJECT

private:
    static Contact fullContact()
    {
        Contact c;
        c.firstName = QStringLiteral("Zoë");
        c.lastName = QStringLiteral("Nguyễn");
        c.organization = QStringLiteral("Meridian Therapeutics");
        c.title = QStringLiteral("Medical Science Liaison");
        c.emails = {{QStringLiteral("work"), QStringLiteral("zoe@meridian.example")},
            {QStringLiteral("home"), QStringLiteral("zoe.n@example.org")}};
        c.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 617 555 0101")}};
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/zoe-nguyen");
        c.location = QStringLiteral("Cambridge, MA");
        c.tags = {QStringLiteral("industry"), QStringLiteral("msl")};
        c.stage = Stage::Met;
        c.strength = 3;
        c.connectedOn = QDate(2024, 3, 15);
        c.notes = QStringLiteral("Met at the <b>career</b> fair; loves \"field work\".");
        c.source = QStringLiteral("manual");
        return c;
    }

private slots:
    void addAndReadBackEveryField()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QSignalSpy added(&store, &ContactStore::contactAdded);
        const Contact input = fullContact();
        const qint64 id = store.addContact(input);
        QVERIFY(id > 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toLongLong(), id);

        const auto read = store.contact(id);
        QVERIFY(read);
        QVERIFY(read->sameContent(input));
        QVERIFY(!read->uuid.isEmpty());
        QVERIFY(read->createdAt.isValid());
        QCOMPARE(read->displayName(), QStringLiteral("Zoë Nguyễn"));
    }

    void tagsAreNormalized()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        Contact c = Test::sampleContact(QStringLiteral("Tag"), QStringLiteral("Person"));
        c.tags = {QStringLiteral(" policy "), QStringLiteral("Policy"), QString(), QStringLiteral("mentor")};
        const qint64 id = store.addContact(c);
        QCOMPARE(store.contact(id)->tags, (QStringList {QStringLiteral("policy"), QStringLiteral("mentor")}));
        QCOMPARE(store.allTags(), (QStringList {QStringLiteral("mentor"), QStringLiteral("policy")}));
    }

    void searchFindsEveryIndexedField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("given name prefix") << QStringLiteral("zo") << true;
        QTest::newRow("without diacritics") << QStringLiteral("nguyen") << true;
        QTest::newRow("organisation") << QStringLiteral("meridian") << true;
        QTest::newRow("title") << QStringLiteral("liaison") << true;
        QTest::newRow("e-mail") << QStringLiteral("zoe.n@example") << true;
        QTest::newRow("tag") << QStringLiteral("msl") << true;
        QTest::newRow("notes") << QStringLiteral("career fair") << true;
        QTest::newRow("location") << QStringLiteral("cambridge") << true;
        QTest::newRow("every word must match") << QStringLiteral("zoe pfizer") << false;
        QTest::newRow("absent") << QStringLiteral("quantum") << false;
        QTest::newRow("fts syntax is literal") << QStringLiteral("\"zoe* OR (") << true;
        QTest::newRow("punctuation only") << QStringLiteral("*** \"") << false;
    }

    void searchFindsEveryIndexedField()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(fullContact());
        store.addContact(Test::sampleContact(QStringLiteral("Other"), QStringLiteral("Person")));
        const QSet<qint64> result = store.search(query);
        QCOMPARE(result.contains(id), found);
        if (found)
            QCOMPARE(result.size(), 1);
    }

    // Letters FTS5 cannot strip an accent from are folded as the in-memory ranking folds them, so a
    // name the list ranks is never one the index misses: generated names, seeded, each searched
    // for by every word as typed and as SearchRanking folds it.
    void searchFoldsLettersWithoutDecomposableAccents()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const QString alphabet = QStringLiteral("abcdeklmnorstuzéüñçłŁøØßæÆœŒđĐþÞıå");
        QRandomGenerator random(1711);
        const auto word = [&] {
            QString w;
            const int length = 2 + random.bounded(7);
            for (int i = 0; i < length; ++i)
                w += alphabet.at(random.bounded(alphabet.size()));
            return w;
        };
        for (int round = 0; round < 60; ++round) {
            Contact c = Test::sampleContact(word(), word());
            c.organization = word() + QLatin1Char(' ') + word();
            const qint64 id = store.addContact(c);
            const QStringList words = QStringList {c.firstName, c.lastName} + c.organization.split(QLatin1Char(' '));
            for (const QString& typed : words) {
                QVERIFY2(store.search(typed).contains(id), qPrintable(typed));
                const QString folded = SearchRanking::fold(typed);
                QVERIFY2(store.search(folded).contains(id), qPrintable(typed + QLatin1String(" as ") + folded));
            }
        }
        const qint64 lukasz
            = store.addContact(Test::sampleContact(QStringLiteral("Łukasz"), QStringLiteral("Sørensen")));
        QVERIFY(store.search(QStringLiteral("lukasz sorensen")).contains(lukasz));
        QVERIFY(store.search(QStringLiteral("LUKASZ")).contains(lukasz));
        QVERIFY(store.search(QStringLiteral("Łuk")).contains(lukasz));
    }

    void searchFindsMessageText()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(fullContact());
        const QSqlDatabase db = net.database.connection();
        SqlStatement::run(db,
            QStringLiteral("INSERT INTO message (uuid, contact_id, channel, direction, sent_at, subject, body) "
                           "VALUES ('m1', ?, 'linkedin_message', 'out', '2026-01-02T10:00:00Z', '', "
                           "'Could we talk about regulatory affairs?')"),
            {id});
        QVERIFY(store.search(QStringLiteral("regulatory")).contains(id));
        SqlStatement::run(db, QStringLiteral("UPDATE message SET body = NULL")); // dates and direction only
        QVERIFY(store.search(QStringLiteral("regulatory")).isEmpty());
        SqlStatement::run(db, QStringLiteral("UPDATE message SET body = 'zebrafish'"));
        QVERIFY(store.search(QStringLiteral("zebrafish")).contains(id));
        SqlStatement::run(db, QStringLiteral("DELETE FROM message"));
        QVERIFY(store.search(QStringLiteral("zebrafish")).isEmpty());
    }

    void searchFollowsEditsAndDeletes()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(fullContact());
        Contact c = *store.contact(id);
        c.lastName = QStringLiteral("Haddad");
        c.emails = {{QStringLiteral("work"), QStringLiteral("zh@halcyon.example")}};
        c.tags = {QStringLiteral("policy")};
        c.organization = QStringLiteral("Halcyon Bio");
        QSignalSpy changed(&store, &ContactStore::contactChanged);
        QVERIFY(store.updateContact(c));
        QCOMPARE(changed.size(), 1);

        QVERIFY(store.search(QStringLiteral("nguyen")).isEmpty());
        QVERIFY(store.search(QStringLiteral("meridian")).isEmpty());
        QVERIFY(store.search(QStringLiteral("msl")).isEmpty());
        QVERIFY(store.search(QStringLiteral("haddad")).contains(id));
        QVERIFY(store.search(QStringLiteral("halcyon")).contains(id));
        QVERIFY(store.search(QStringLiteral("zh@halcyon")).contains(id));
        QVERIFY(store.search(QStringLiteral("policy")).contains(id));

        // Renaming an organisation re-indexes its people.
        SqlStatement::run(net.database.connection(),
            QStringLiteral("UPDATE organization SET name = 'Lumen Labs' WHERE name = 'Halcyon Bio'"));
        QVERIFY(store.search(QStringLiteral("lumen")).contains(id));
        QVERIFY(store.search(QStringLiteral("halcyon bio")).isEmpty());

        QVERIFY(store.removeContact(id));
        QVERIFY(store.search(QStringLiteral("haddad")).isEmpty());
        QCOMPARE(
            SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT count(*) FROM contact_fts")).toInt(),
            0);
    }

    void removeAndRestoreBringsBackEverything()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 referrer
            = store.addContact(Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey")));
        const qint64 id = store.addContact(fullContact());
        const auto db = net.database.connection();
        {
            Transaction t(db);
            NetworkRecords::insertReferral(db, {0, referrer, id, LinkKind::Referral, {}, {}, {}, {}, 0, {}});
            Meeting m;
            m.contactId = id;
            m.start = QDateTime(QDate(2026, 1, 5), QTime(10, 0));
            m.status = MeetingStatus::Held;
            m.notes = QStringLiteral("Talked about **MSL** life.");
            const qint64 meeting = NetworkRecords::insertMeeting(db, m);
            NetworkRecords::insertFollowUp(
                db, {0, id, meeting, QDate(2026, 1, 6), QStringLiteral("Thank you"), {}, {}, {}});
            t.commit();
        }
        const auto countAll = [&db] {
            QStringList counts;
            for (const char* table : {"contact", "contact_email", "contact_phone", "contact_tag", "referral",
                     "interaction", "follow_up", "contact_fts"})
                counts.append(
                    SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                        .toString());
            return counts.join(QLatin1Char(','));
        };
        const QString before = countAll();
        const Contact original = *store.contact(id);

        ContactSnapshot snapshot;
        QSignalSpy removed(&store, &ContactStore::contactRemoved);
        QVERIFY(store.removeContact(id, &snapshot));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.contact(id));
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM interaction")).toInt(), 0);

        QVERIFY(store.restoreContact(snapshot));
        QCOMPARE(countAll(), before);
        const auto restored = store.contact(id);
        QVERIFY(restored);
        QVERIFY(restored->sameContent(original));
        QCOMPARE(restored->uuid, original.uuid);
        QVERIFY(store.search(QStringLiteral("meridian")).contains(id));
    }

    void fixingTheCaseOfAnOrganisationRenamesIt()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 a = store.addContact(
            Test::sampleContact(QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("acme labs")));
        const qint64 b = store.addContact(
            Test::sampleContact(QStringLiteral("B"), QStringLiteral("Two"), QStringLiteral("ACME Labs")));
        QCOMPARE(store.contact(b)->organization, QStringLiteral("ACME Labs"));
        QSignalSpy changed(&store, &ContactStore::contactChanged);
        Contact fixed = *store.contact(a);
        fixed.organization = QStringLiteral("Acme Labs");
        QVERIFY(store.updateContact(fixed));
        QCOMPARE(store.contact(a)->organization, QStringLiteral("Acme Labs"));
        QCOMPARE(store.contact(b)->organization, QStringLiteral("Acme Labs"));
        QCOMPARE(changed.size(), 2); // both rows are told
        QCOMPARE(
            (QSet<qint64> {changed.at(0).at(0).toLongLong(), changed.at(1).at(0).toLongLong()}), (QSet<qint64> {a, b}));
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT count(*) FROM organization"))
                     .toInt(),
            1);
    }

    void writesToAMissingContactFail()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        Contact ghost = fullContact();
        ghost.id = 4242;
        QVERIFY(!store.updateContact(ghost));
        QVERIFY(!store.removeContact(4242));
        QVERIFY(!store.lastError().isEmpty());
    }

    void summaryShowsLastContactAndNextFollowUp()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(fullContact());
        const auto db = net.database.connection();
        {
            Transaction t(db);
            Meeting done;
            done.contactId = id;
            done.start = QDateTime(QDate(2026, 2, 3), QTime(12, 0));
            done.status = MeetingStatus::Held;
            NetworkRecords::insertMeeting(db, done);
            Meeting planned = done;
            planned.start = QDateTime(QDate(2026, 5, 1), QTime(12, 0));
            planned.status = MeetingStatus::Planned;
            NetworkRecords::insertMeeting(db, planned);
            NetworkRecords::insertFollowUp(db, {0, id, 0, QDate(2026, 4, 1), QStringLiteral("later"), {}, {}, {}});
            NetworkRecords::insertFollowUp(db, {0, id, 0, QDate(2026, 3, 1), QStringLiteral("sooner"), {}, {}, {}});
            NetworkRecords::insertFollowUp(db,
                {0, id, 0, QDate(2026, 1, 1), QStringLiteral("done already"), QDateTime::currentDateTimeUtc(), {}, {}});
            t.commit();
        }
        const auto s = store.summary(id);
        QVERIFY(s);
        QCOMPARE(s->lastContact, QDate(2026, 2, 3));
        QCOMPARE(s->nextFollowUp, QDate(2026, 3, 1));
        QCOMPARE(s->tags, (QStringList {QStringLiteral("industry"), QStringLiteral("msl")}));
        QCOMPARE(s->name, QStringLiteral("Zoë Nguyễn"));
    }
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
