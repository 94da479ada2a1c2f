// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"
#include "ContactMerge.h"
#include "ContactStore.h"
#include "DatabaseError.h"
#include "FieldProvenance.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "MergeContactsCommand.h"
#include "NetworkRecords.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

namespace {

// Every row of every table (the search index included), sorted, with each value's type: two
// dumps are equal only when the network holds exactly the same thing.
QString dump(const QSqlDatabase& db)
{
    QStringList tables;
    SqlStatement names(db,
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                       "AND name NOT LIKE 'contact!_fts!_%' ESCAPE '!' ORDER BY name"));
    names.exec();
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList out;
    for (const QString& table : std::as_const(tables)) {
        // The search index by its rowid (the contact's id); WITHOUT ROWID tables have none.
        const QString select = table == QLatin1String("contact_fts")
            ? QStringLiteral("SELECT rowid AS row_id, * FROM %1")
            : QStringLiteral("SELECT * FROM %1");
        SqlStatement rows(db, select.arg(table));
        rows.exec();
        QStringList lines;
        const int columns = rows.query().record().count();
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i) {
                const QVariant value = rows.value(i);
                values.append(value.isNull()
                        ? QStringLiteral("NULL")
                        : QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString());
            }
            lines.append(values.join(QLatin1Char('|')));
        }
        lines.sort();
        out.append(table + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    return out.join(QStringLiteral("\n\n"));
}

int count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    return SqlStatement::scalar(db, sql, values).toInt();
}

Referral link(qint64 from, qint64 to, LinkKind kind = LinkKind::Referral)
{
    Referral r;
    r.referrerId = from;
    r.referredId = to;
    r.kind = kind;
    return r;
}

const MergeField* fieldOf(const MergePlan& plan, const char* key)
{
    for (const MergeField& field : plan.fields) {
        if (field.key == QLatin1String(key))
            return &field;
    }
    return nullptr;
}

// An import batch, and a contact marked as made by it (as the CSV importer marks its contacts).
qint64 markImported(const QSqlDatabase& db, qint64 contactId)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO import_batch (file, format, imported_at) VALUES ('c.csv', 'linkedin', "
                       "'2026-01-01T00:00:00.000Z')"));
    const qint64 batch = insert.exec().lastInsertId();
    SqlStatement::run(db, QStringLiteral("UPDATE contact SET created_by_import = 1, import_batch_id = ? WHERE id = ?"),
        {batch, contactId});
    return batch;
}

} // namespace

class TestContactMerge : public QObject
{
    Q_OBJECT

    // Two records of Samir: the first typed a day before the second.
    struct Pair {
        qint64 kept = 0;
        qint64 other = 0;
    };
    Pair addSamirTwice(ContactStore& store, Test::FixedClock& clock)
    {
        Contact a = Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Pfizer"));
        a.title = QStringLiteral("Scientist");
        a.emails = {{QStringLiteral("work"), QStringLiteral("samir@pfizer.com")}};
        a.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 617 555 0100")}};
        a.tags = {QStringLiteral("pharma")};
        a.notes = QStringLiteral("Met at BIO 2025.");
        a.strength = 2;
        Contact b
            = Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Pfizer Inc"));
        b.title = QStringLiteral("Senior Scientist");
        b.emails = {{QStringLiteral("work"), QStringLiteral("SAMIR@Pfizer.com")},
            {QStringLiteral("home"), QStringLiteral("samir.h@gmail.com")}};
        b.phones = {{QStringLiteral("work"), QStringLiteral("+1 (617) 555-0100")},
            {QStringLiteral("home"), QStringLiteral("+1 617 555 0199")}};
        b.tags = {QStringLiteral("PHARMA"), QStringLiteral("boston")};
        b.notes = QStringLiteral("Likes hiking.");
        b.location = QStringLiteral("Boston, MA");
        b.strength = 2;
        Pair pair;
        pair.kept = store.addContact(a);
        clock.advanceDays(1);
        pair.other = store.addContact(b);
        clock.advanceDays(1);
        return pair;
    }

private slots:
    void chosenValuesWinAndListsAreJoined()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        const Pair p = addSamirTwice(store, clock);
        const auto db = net.database.connection();

        // Either order of selection: the older contact stays.
        const MergePlan plan = ContactMerge::plan(db, p.other, p.kept);
        QCOMPARE(plan.keptId, p.kept);
        QCOMPARE(plan.otherId, p.other);
        QVERIFY(fieldOf(plan, "title")->asked);
        QVERIFY(!fieldOf(plan, "title")->otherByDefault); // both typed: the older one's
        QCOMPARE(fieldOf(plan, "title")->other.toString(), QStringLiteral("Senior Scientist"));
        QVERIFY(fieldOf(plan, "organization")->asked);
        QCOMPARE(fieldOf(plan, "organization")->kept.toString(), QStringLiteral("Pfizer"));
        QVERIFY(!fieldOf(plan, "firstName")->asked); // the same
        QVERIFY(!fieldOf(plan, "strength")->asked);
        QVERIFY(!fieldOf(plan, "location")->asked); // only one has it: kept, not asked
        QVERIFY(fieldOf(plan, "location")->otherByDefault);
        QVERIFY(!fieldOf(plan, "location")->kept.isValid());
        QVERIFY(!fieldOf(plan, "linkedinUrl")->kept.isValid() && !fieldOf(plan, "linkedinUrl")->other.isValid());

        MergeChoices choices = ContactMerge::defaultChoices(plan);
        QVERIFY(choices.fromOther.isEmpty());
        choices.fromOther.insert(QStringLiteral("title"));
        QString error;
        QVERIFY2(ContactMerge::merge(net.database, choices, nullptr, &error), qPrintable(error));

        QVERIFY(!store.contact(p.other));
        QCOMPARE(store.count(), 1);
        const Contact merged = *store.contact(p.kept);
        QCOMPARE(merged.title, QStringLiteral("Senior Scientist")); // chosen
        QCOMPARE(merged.organization, QStringLiteral("Pfizer")); // the default
        QCOMPARE(merged.location, QStringLiteral("Boston, MA")); // only the other had one
        QCOMPARE(merged.emails,
            (QList<LabeledValue> {{QStringLiteral("work"), QStringLiteral("samir@pfizer.com")},
                {QStringLiteral("home"), QStringLiteral("samir.h@gmail.com")}}));
        QCOMPARE(merged.phones,
            (QList<LabeledValue> {{QStringLiteral("mobile"), QStringLiteral("+1 617 555 0100")},
                {QStringLiteral("home"), QStringLiteral("+1 617 555 0199")}}));
        QCOMPARE(merged.tags, (QStringList {QStringLiteral("pharma"), QStringLiteral("boston")}));
        QCOMPARE(merged.notes, QStringLiteral("Met at BIO 2025.\n\nLikes hiking."));
        // The search index follows: the other's address finds the kept contact.
        QCOMPARE(store.searchIds(QStringLiteral("gmail")), QList<qint64> {p.kept});
        QVERIFY(SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
    }

    void identicalNotesAreNotRepeated()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        Contact a = Test::sampleContact(QStringLiteral("Léa"), QStringLiteral("Fontaine"));
        a.notes = QStringLiteral("Program officer.");
        const qint64 kept = store.addContact(a);
        clock.advanceDays(1);
        a.notes = QStringLiteral("Program officer.\n");
        const qint64 other = store.addContact(a);
        QString error;
        QVERIFY(ContactMerge::merge(net.database, {kept, other, {}}, nullptr, &error));
        QCOMPARE(store.contact(kept)->notes, QStringLiteral("Program officer."));
    }

    void meetingsAndLinksMoveWithoutSelfOrDuplicateLinks()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        const Pair p = addSamirTwice(store, clock);
        const qint64 c = store.addContact(Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey")));
        const qint64 d = store.addContact(Test::sampleContact(QStringLiteral("Dev"), QStringLiteral("Patel")));
        const auto db = net.database.connection();
        qint64 meeting = 0;
        {
            Transaction t(db);
            NetworkRecords::insertReferral(db, link(0, p.kept)); // Me -> Samir, twice
            NetworkRecords::insertReferral(db, link(0, p.other));
            NetworkRecords::insertReferral(db, link(p.kept, p.other)); // would be Samir -> Samir
            NetworkRecords::insertReferral(db, link(c, p.other)); // moves: Eleanor -> Samir
            NetworkRecords::insertReferral(db, link(d, p.kept, LinkKind::Knows));
            NetworkRecords::insertReferral(db, link(p.other, d, LinkKind::Knows)); // the same acquaintance
            NetworkRecords::insertReferral(db, link(p.other, d)); // moves: Samir -> Dev
            Meeting m;
            m.contactId = p.other;
            m.start = QDateTime(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
            meeting = NetworkRecords::insertMeeting(db, m);
            FollowUp f;
            f.contactId = p.other;
            f.meetingId = meeting;
            f.due = QDate(2026, 3, 11);
            f.text = QStringLiteral("Thank Samir");
            NetworkRecords::insertFollowUp(db, f);
            t.commit();
        }
        QString error;
        QVERIFY2(ContactMerge::merge(net.database, {p.kept, p.other, {}}, nullptr, &error), qPrintable(error));

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE contact_id = ?"), {p.kept}), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE contact_id = ? AND interaction_id = ?"),
                     {p.kept, meeting}),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE referrer_id = referred_id")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE referrer_id IS NULL")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE referrer_id = ? AND referred_id = ?"),
                     {c, p.kept}),
            1);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM referral WHERE referrer_id = ? AND referred_id = ? "
                                    "AND kind = 'referral'"),
                     {p.kept, d}),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE kind = 'knows'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral")), 4);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM referral WHERE ? IN (referrer_id, referred_id)"), {p.other}),
            0);
        // The removed record is deleted where other copies of the network merge it too.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tombstone WHERE entity = 'contact'")), 1);
        QVERIFY(SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
    }

    void aFailureHalfWayChangesNothing()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        const Pair p = addSamirTwice(store, clock);
        const auto db = net.database.connection();
        {
            Transaction t(db);
            Meeting m;
            m.contactId = p.other;
            m.start = QDateTime(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
            NetworkRecords::insertMeeting(db, m);
            t.commit();
        }
        const QString before = dump(db);
        const QByteArray json = JsonExporter::toJson(db);
        // The last step, deleting the other record, fails: everything before it must roll back.
        SqlStatement::run(db,
            QStringLiteral("CREATE TEMP TRIGGER merge_fails BEFORE DELETE ON main.contact WHEN OLD.id = %1 "
                           "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
                .arg(p.other));
        QSignalSpy failed(&store, &ContactStore::writeFailed);
        QSignalSpy removed(&store, &ContactStore::contactRemoved);
        QVERIFY(!store.mergeContacts({p.kept, p.other, {QStringLiteral("title")}}));
        QCOMPARE(failed.size(), 1);
        QVERIFY(store.lastError().contains(QStringLiteral("the disk is full")));
        QCOMPARE(removed.size(), 0);
        SqlStatement::run(db, QStringLiteral("DROP TRIGGER temp.merge_fails"));
        QCOMPARE(dump(db), before);
        QCOMPARE(JsonExporter::toJson(db), json);
        QCOMPARE(store.contact(p.kept)->title, QStringLiteral("Scientist"));

        // A contact that went away in between: nothing is merged either.
        QVERIFY(store.removeContact(p.other));
        QString error;
        QVERIFY(!ContactMerge::merge(net.database, {p.kept, p.other, {}}, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ContactMerge::plan(db, p.kept, p.other));
    }

    void whatTheUserChoseIsTypedAndImportedValuesStayImported()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        const auto db = net.database.connection();
        // The older record came from an import; the newer one the user typed.
        Contact imported = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("WHO"));
        imported.title = QStringLiteral("Analyst");
        imported.location = QStringLiteral("Geneva");
        const qint64 kept = store.addContact(imported);
        const qint64 batch = markImported(db, kept);
        clock.advanceDays(1);
        Contact typed = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("W.H.O."));
        typed.title = QStringLiteral("Senior Analyst");
        typed.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/anaruiz");
        const qint64 other = store.addContact(typed);
        QVERIFY(!FieldProvenance::typedFields(db, kept).contains(QStringLiteral("title")));

        const MergePlan plan = ContactMerge::plan(db, kept, other);
        QCOMPARE(plan.keptId, kept);
        QVERIFY(fieldOf(plan, "title")->asked);
        QVERIFY(fieldOf(plan, "title")->otherByDefault); // typed beats imported, even when newer
        QVERIFY(fieldOf(plan, "organization")->otherByDefault);
        MergeChoices choices = ContactMerge::defaultChoices(plan);
        QCOMPARE(choices.fromOther, (QSet<QString> {QStringLiteral("title"), QStringLiteral("organization")}));
        choices.fromOther.remove(QStringLiteral("organization")); // the user keeps the imported "WHO"
        QString error;
        QVERIFY2(ContactMerge::merge(net.database, choices, nullptr, &error), qPrintable(error));

        const Contact merged = *store.contact(kept);
        QCOMPARE(merged.title, QStringLiteral("Senior Analyst"));
        QCOMPARE(merged.organization, QStringLiteral("WHO"));
        QCOMPARE(merged.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/anaruiz"));
        const QSet<QString> typedNow = FieldProvenance::typedFields(db, kept);
        QVERIFY(typedNow.contains(QStringLiteral("title"))); // chosen in the dialog
        QVERIFY(typedNow.contains(QStringLiteral("organization"))); // chosen too, though unchanged
        QVERIFY(typedNow.contains(QStringLiteral("linkedinUrl"))); // the user had typed it
        QVERIFY(!typedNow.contains(QStringLiteral("location"))); // untouched: still the import's
        QVERIFY(!typedNow.contains(QStringLiteral("firstName")));
        // Someone the user typed is now part of it: undoing the import must not take it away.
        QVERIFY(SqlStatement::scalar(db, QStringLiteral("SELECT import_batch_id FROM contact WHERE id = ?"), {kept})
                    .isNull());

        // The other way round: a value only an imported record had stays the import's.
        const qint64 first = store.addContact(Test::sampleContact(QStringLiteral("Tom"), QStringLiteral("Li")));
        clock.advanceDays(1);
        Contact second = Test::sampleContact(QStringLiteral("Tom"), QStringLiteral("Li"));
        second.location = QStringLiteral("Lyon");
        const qint64 secondId = store.addContact(second);
        const qint64 secondBatch = markImported(db, secondId);
        QVERIFY(secondBatch != batch);
        QVERIFY(ContactMerge::merge(net.database, {first, secondId, {}}, nullptr, &error));
        QCOMPARE(store.contact(first)->location, QStringLiteral("Lyon"));
        QVERIFY(!FieldProvenance::typedFields(db, first).contains(QStringLiteral("location")));
        QVERIFY(FieldProvenance::typedFields(db, first).contains(QStringLiteral("firstName")));
        QCOMPARE(SqlStatement::scalar(db,
                     QStringLiteral("SELECT f.import_batch_id FROM field_change f JOIN contact c ON c.uuid = f.row_key "
                                    "WHERE c.id = ? AND f.field = 'location' AND f.source = 'import'"),
                     {first})
                     .toLongLong(),
            secondBatch);
    }

    void undoBringsBothBackExactlyAndRedoMergesAgain()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        MeetingStore meetings(net.database);
        ReferralStore links(net.database);
        ContactListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Pair p = addSamirTwice(store, clock);
        const qint64 c = store.addContact(Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey")));
        const qint64 d = store.addContact(Test::sampleContact(QStringLiteral("Dev"), QStringLiteral("Patel")));
        const auto db = net.database.connection();
        // A typed edit, so the kept contact has change times of its own.
        Contact edited = *store.contact(p.kept);
        edited.title = QStringLiteral("Principal Scientist");
        QVERIFY(store.updateContact(edited));
        markImported(db, p.other);
        {
            Transaction t(db);
            NetworkRecords::insertReferral(db, link(0, p.kept));
            NetworkRecords::insertReferral(db, link(0, p.other));
            NetworkRecords::insertReferral(db, link(p.kept, p.other));
            NetworkRecords::insertReferral(db, link(c, p.other));
            NetworkRecords::insertReferral(db, link(d, p.kept, LinkKind::Knows));
            NetworkRecords::insertReferral(db, link(p.other, d, LinkKind::Knows));
            Meeting m;
            m.contactId = p.other;
            m.start = QDateTime(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
            m.notes = QStringLiteral("Talked about **regulatory science**.");
            const qint64 meeting = NetworkRecords::insertMeeting(db, m);
            SqlStatement question(db, QStringLiteral("INSERT INTO question (category, text) VALUES ('path', 'How?')"));
            const qint64 questionId = question.exec().lastInsertId();
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO interaction_question (interaction_id, question_id, asked, answer) "
                               "VALUES (?, ?, 1, 'By chance')"),
                {meeting, questionId});
            FollowUp f;
            f.contactId = p.other;
            f.meetingId = meeting;
            f.due = QDate(2026, 3, 11);
            f.text = QStringLiteral("Thank Samir");
            NetworkRecords::insertFollowUp(db, f);
            f.contactId = c; // someone else's to-do about that meeting
            f.text = QStringLiteral("Tell Eleanor how it went");
            NetworkRecords::insertFollowUp(db, f);
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO node_position (contact_id, layout, x, y) VALUES (?, 'layered', 1.5, -2)"),
                {p.other});
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO import_batch_change (batch_id, contact_id, previous) "
                               "SELECT import_batch_id, id, '{}' FROM contact WHERE id = ?"),
                {p.other});
            t.commit();
        }
        // Meetings change a follow-up's fields after it was made: change times for those rows too.
        SqlStatement::run(
            db, QStringLiteral("UPDATE follow_up SET text = text || '!' WHERE contact_id = ?"), {p.other});
        const QString before = dump(db);
        const QByteArray json = JsonExporter::toJson(db);
        QCOMPARE(model.rowCount(), 4);

        QUndoStack undo;
        QSignalSpy removed(&store, &ContactStore::contactRemoved);
        QSignalSpy changed(&store, &ContactStore::contactChanged);
        QSignalSpy moved(&meetings, &MeetingStore::meetingsChanged);
        QSignalSpy linksChanged(&links, &ReferralStore::linksChanged);
        undo.push(new MergeContactsCommand(
            &store, &meetings, &links, {p.kept, p.other, {QStringLiteral("organization")}}, QStringLiteral("Merge")));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), p.other);
        QVERIFY(changed.contains(QVariantList {p.kept}));
        QVERIFY(moved.contains(QVariantList {p.kept}));
        QCOMPARE(linksChanged.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const Contact merged = *store.contact(p.kept);
        QCOMPARE(merged.organization, QStringLiteral("Pfizer Inc"));
        QCOMPARE(merged.emails.size(), 2);
        const QString afterMerge = dump(db);
        QVERIFY(afterMerge != before);

        undo.undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(dump(db), before);
        QCOMPARE(JsonExporter::toJson(db), json);
        QCOMPARE(store.contact(p.other)->title, QStringLiteral("Senior Scientist"));

        undo.redo();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!store.contact(p.other));
        QVERIFY(store.contact(p.kept)->sameContent(merged));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE contact_id = ?"), {p.kept}), 1);

        undo.undo();
        QCOMPARE(dump(db), before);
        QCOMPARE(JsonExporter::toJson(db), json);
        QVERIFY(SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isNull());
    }

    void anUndoThatCannotRunChangesNothing()
    {
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Test::TempNetwork net;
        ContactStore store(net.database);
        const Pair p = addSamirTwice(store, clock);
        MergeUndo undo;
        QVERIFY(store.mergeContacts({p.kept, p.other, {}}, &undo));
        QVERIFY(store.removeContact(p.kept)); // gone some other way
        const QString before = dump(net.database.connection());
        QVERIFY(!store.unmergeContacts(undo));
        QCOMPARE(dump(net.database.connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestContactMerge)
#include "tst_contactmerge.moc"
