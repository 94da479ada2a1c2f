// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Undoing a JSON merge (backup version 2) is one step that puts the network back as it was before
// the merge: what it added, updated and deleted anywhere, change times and tombstones included,
// while a field the user edited since keeps the user's value.
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "ImportHistory.h"
#include "JsonExporter.h"
#include "JsonRestore.h"
#include "NetworkRecords.h"
#include "OutreachTemplates.h"
#include "QuestionBank.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QThread>
#include <QtTest>

using namespace Rapport;

namespace {

void run(const QSqlDatabase& db, const char* sql, const QVariantList& values = {})
{
    SqlStatement::run(db, QString::fromUtf8(sql), values);
}

QVariant value(const QSqlDatabase& db, const char* sql, const QVariantList& values = {})
{
    return SqlStatement::scalar(db, QString::fromUtf8(sql), values);
}

QByteArray exportOf(Database& database)
{
    return JsonExporter::toJson(database.connection());
}

ImportReport restore(Database& database, const QByteArray& json)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return JsonRestore::run(database, path, {});
}

// Every row of every table a merge writes, in key order, each value quoted as SQLite quotes it (a
// number to its last bit): two networks that print the same hold the same, row ids, change times and
// tombstones included.
QByteArray dump(const QSqlDatabase& db)
{
    QByteArray text;
    for (const char* table : {"organization", "question", "contact", "contact_email", "contact_phone", "contact_tag",
             "referral", "interaction", "interaction_question", "follow_up", "outreach_template", "node_position",
             "profile", "field_change", "tombstone", "contact_fts"}) {
        QStringList columns;
        SqlStatement info(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        info.exec({QString::fromLatin1(table)});
        while (info.next())
            columns.append(QStringLiteral("quote(%1)").arg(info.value(0).toString()));
        if (QLatin1String(table) == QLatin1String("contact_fts"))
            columns.prepend(QStringLiteral("rowid"));
        SqlStatement rows(db,
            QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                .arg(columns.join(QStringLiteral(" || '|' || ")), QString::fromLatin1(table)));
        rows.exec();
        text += QByteArray(table) + ":\n";
        while (rows.next())
            text += rows.value(0).toString().toUtf8() + '\n';
    }
    return text;
}

QByteArray firstDifference(const QByteArray& a, const QByteArray& b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return "at byte " + QByteArray::number(i) + ": ..." + a.mid(qMax<qsizetype>(0, i - 120), 240) + "... vs ..."
        + b.mid(qMax<qsizetype>(0, i - 120), 240) + "...";
}

void later()
{
    // Change times have millisecond steps: wait for the clock to tick, so the next edit is strictly later.
    const QDateTime now = Clock::currentDateTimeUtc();
    while (Clock::currentDateTimeUtc() <= now)
        QThread::yieldCurrentThread();
}

// Two copies of one network edited apart: `mine` is the one the other's backup merges into.
struct TwoCopies {
    Test::TempNetwork mine, theirs;
    QString edited, conflicted, deleted, gainsMeeting, positioned; // contact UUIDs
};

QString uuidAt(const QSqlDatabase& db, int row)
{
    return value(db, "SELECT uuid FROM contact ORDER BY id LIMIT 1 OFFSET ?", {row}).toString();
}

void prepare(TwoCopies& copies)
{
    QString error;
    QVERIFY2(DemoNetwork::fill(copies.theirs.database, &error), qPrintable(error));
    const QSqlDatabase theirs = copies.theirs.database.connection();
    const QSqlDatabase mine = copies.mine.database.connection();
    QuestionBank::ensureDefaults(theirs);
    OutreachTemplates::ensureDefaults(theirs);
    // The graph positions of a few people, one of them a fraction no decimal text holds exactly.
    run(theirs,
        "INSERT INTO node_position (contact_id, layout, x, y) SELECT id, 'layered', id / 3.0, -id * 12345.678901234567 "
        "FROM contact ORDER BY id LIMIT 4");
    // A meeting's questions: one answered, one not yet.
    const qint64 meeting = value(theirs, "SELECT min(id) FROM interaction").toLongLong();
    const QList<Question> bank = QuestionBank::all(theirs);
    for (int q = 0; q < 2; ++q) {
        AskedQuestion asked;
        asked.questionId = bank.at(q).id;
        asked.asked = q == 0;
        asked.answer = q == 0 ? QStringLiteral("Started in a lab") : QString();
        QuestionBank::saveAnswer(theirs, meeting, asked);
    }
    const ImportReport copied = restore(copies.mine.database, exportOf(copies.theirs.database));
    QVERIFY2(copied.written, qPrintable(copied.error));

    // The people each copy edits. The deleted one has meetings and follow-ups (they go with them).
    copies.edited = uuidAt(theirs, 0);
    copies.conflicted = uuidAt(theirs, 1);
    copies.positioned = uuidAt(theirs, 2);
    copies.gainsMeeting = uuidAt(theirs, 3);
    copies.deleted = value(theirs,
        "SELECT c.uuid FROM contact c WHERE c.id > (SELECT id FROM contact ORDER BY id LIMIT 1 OFFSET 3) "
        "ORDER BY (SELECT count(*) FROM interaction WHERE contact_id = c.id) + (SELECT count(*) FROM follow_up "
        "WHERE contact_id = c.id) DESC, c.id LIMIT 1")
                         .toString();
    QVERIFY(value(mine, "SELECT count(*) FROM interaction WHERE contact_id = (SELECT id FROM contact WHERE uuid = ?)",
                {copies.deleted})
                .toInt()
        > 0);

    // This copy's own edits first: the other copy's come later and win where both changed a field.
    later();
    run(mine, "UPDATE contact SET location = 'Mine city' WHERE uuid = ?", {copies.edited});
    run(mine, "UPDATE contact SET notes = 'Mine notes' WHERE uuid = ?", {copies.conflicted});
    ContactStore mineStore(copies.mine.database);
    Contact tagged
        = *mineStore.contact(value(mine, "SELECT id FROM contact WHERE uuid = ?", {copies.edited}).toLongLong());
    tagged.tags.append(QStringLiteral("Conference 2025"));
    // The newest e-mail here: the merge replaces this list, and its id is free for the other copy's.
    tagged.emails.append({QStringLiteral("home"), QStringLiteral("mine@example.org")});
    QVERIFY(mineStore.updateContact(tagged));

    later();
    run(theirs, "UPDATE contact SET title = 'Their title' WHERE uuid = ?", {copies.edited});
    run(theirs, "UPDATE contact SET notes = 'Their notes', strength = 5 WHERE uuid = ?", {copies.conflicted});
    ContactStore theirStore(copies.theirs.database);
    Contact retagged
        = *theirStore.contact(value(theirs, "SELECT id FROM contact WHERE uuid = ?", {copies.edited}).toLongLong());
    retagged.tags.append(QStringLiteral("conference 2025"));
    retagged.emails.append({QStringLiteral("work"), QStringLiteral("theirs@example.org")});
    retagged.phones.append({QStringLiteral("mobile"), QStringLiteral("+1 617 555 0199")});
    QVERIFY(theirStore.updateContact(retagged));
    run(theirs, "DELETE FROM contact WHERE uuid = ?", {copies.deleted});
    // A meeting with its follow-up for someone both copies hold.
    Meeting m;
    m.contactId = value(theirs, "SELECT id FROM contact WHERE uuid = ?", {copies.gainsMeeting}).toLongLong();
    m.start = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    m.notes = QStringLiteral("Ask about the *Falcon* project");
    FollowUp f;
    f.contactId = m.contactId;
    f.meetingId = NetworkRecords::insertMeeting(theirs, m);
    f.due = QDate(2026, 12, 1);
    f.text = QStringLiteral("Send the thank-you note");
    f.kind = FollowUpKind::ThankYou;
    NetworkRecords::insertFollowUp(theirs, f);
    run(theirs,
        "UPDATE organization SET name = 'Renamed Labs', website = 'https://renamed.example' "
        "WHERE id = (SELECT organization_id FROM contact WHERE uuid = ?)",
        {copies.edited});
    run(theirs, "UPDATE interaction_question SET answer = 'Now answered', asked = 1 WHERE answer = ''");
    run(theirs,
        "UPDATE interaction_question SET answer = 'Started in a lab, then a startup' WHERE answer <> "
        "'Now answered'");
    run(theirs,
        "UPDATE outreach_template SET body = 'Their body {firstName}', subject = 'Their subject' "
        "WHERE id = (SELECT min(id) FROM outreach_template)");
    run(theirs,
        "UPDATE node_position SET x = 1.0 / 7.0, y = 2e-9 WHERE contact_id = (SELECT id FROM contact "
        "WHERE uuid = ?)",
        {copies.positioned});
    run(theirs,
        "UPDATE profile SET name = 'Their name', field = 'Their field', introduction = 'Their pitch', goals = "
        "'Their goals'");
    QuestionBank::add(theirs, QStringLiteral("advice"), QStringLiteral("What would you do in my place?"));
    // Someone new, at a new organisation, referred by someone both hold.
    Contact added = Test::sampleContact(QStringLiteral("Nadia"), QStringLiteral("New"), QStringLiteral("New Org"));
    added.tags = {QStringLiteral("fresh")};
    added.emails = {{QStringLiteral("work"), QStringLiteral("nadia@example.org")}};
    const qint64 addedId = theirStore.addContact(added);
    QVERIFY(addedId);
    Referral link;
    link.referrerId = value(theirs, "SELECT id FROM contact WHERE uuid = ?", {copies.edited}).toLongLong();
    link.referredId = addedId;
    QVERIFY(NetworkRecords::insertReferral(theirs, link) > 0);
}

qint64 idOf(const QSqlDatabase& db, const QString& uuid)
{
    return value(db, "SELECT id FROM contact WHERE uuid = ?", {uuid}).toLongLong();
}

} // namespace

class TestMergeUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Everything the merge did, everywhere, goes back: the backup of the network and every row of it
    // (ids, change times and tombstones included) are as they were before the merge.
    void undoingAMergePutsTheNetworkBack()
    {
        TwoCopies copies;
        prepare(copies);
        const QSqlDatabase mine = copies.mine.database.connection();
        const QByteArray backupBefore = exportOf(copies.mine.database);
        const QByteArray rowsBefore = dump(mine);

        const ImportReport merged = restore(copies.mine.database, exportOf(copies.theirs.database));
        QVERIFY2(merged.written, qPrintable(merged.error));
        QVERIFY2(merged.problems.isEmpty(), qPrintable(merged.problems.value(0).message));
        // The merge did all it should (so that undoing it has something to undo everywhere).
        QCOMPARE(value(mine, "SELECT title || '|' || location FROM contact WHERE uuid = ?", {copies.edited}).toString(),
            QStringLiteral("Their title|Mine city"));
        QCOMPARE(value(mine, "SELECT notes FROM contact WHERE uuid = ?", {copies.conflicted}).toString(),
            QStringLiteral("Their notes"));
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE uuid = ?", {copies.deleted}).toInt(), 0);
        QCOMPARE(
            value(mine, "SELECT count(*) FROM tombstone WHERE entity = 'contact' AND row_key = ?", {copies.deleted})
                .toInt(),
            1);
        QCOMPARE(value(mine, "SELECT count(*) FROM interaction WHERE contact_id = ?", {idOf(mine, copies.gainsMeeting)})
                     .toInt(),
            value(copies.theirs.database.connection(), "SELECT count(*) FROM interaction WHERE contact_id = ?",
                {idOf(copies.theirs.database.connection(), copies.gainsMeeting)})
                .toInt());
        QCOMPARE(value(mine, "SELECT count(*) FROM organization WHERE name IN ('Renamed Labs', 'New Org')").toInt(), 2);
        QCOMPARE(value(mine, "SELECT count(*) FROM interaction_question WHERE answer = 'Now answered'").toInt(), 1);
        QCOMPARE(value(mine, "SELECT count(*) FROM outreach_template WHERE subject = 'Their subject'").toInt(), 1);
        QCOMPARE(
            value(mine, "SELECT x FROM node_position WHERE contact_id = ?", {idOf(mine, copies.positioned)}).toDouble(),
            1.0 / 7.0);
        QCOMPARE(value(mine, "SELECT goals FROM profile").toString(), QStringLiteral("Their goals"));
        QCOMPARE(
            value(mine, "SELECT count(*) FROM contact_tag WHERE tag = 'conference 2025' COLLATE BINARY").toInt(), 1);
        QCOMPARE(merged.created, 1);
        QVERIFY(dump(mine) != rowsBefore);

        QString error;
        QVERIFY2(ImportHistory::undo(copies.mine.database, merged.batchId, &error), qPrintable(error));
        const QByteArray backupAfter = exportOf(copies.mine.database);
        QVERIFY2(backupAfter == backupBefore, firstDifference(backupBefore, backupAfter).constData());
        const QByteArray rowsAfter = dump(mine);
        QVERIFY2(rowsAfter == rowsBefore, firstDifference(rowsBefore, rowsAfter).constData());
        // The log went with the undo, the change-tracking triggers are back, and nothing is left to undo.
        QCOMPARE(value(mine, "SELECT count(*) FROM import_batch_undo WHERE batch_id = ?", {merged.batchId}).toInt(), 0);
        QVERIFY(!ImportHistory::undo(copies.mine.database, merged.batchId, &error));
        const auto problems = SchemaCheck::problems(mine, Schema::CurrentVersion);
        QVERIFY2(problems.isEmpty(), qPrintable(SchemaCheck::lines(problems).join(QLatin1Char('\n'))));
        run(mine, "UPDATE contact SET title = 'After the undo' WHERE uuid = ?", {copies.edited});
        QCOMPARE(value(mine,
                     "SELECT count(*) FROM field_change WHERE entity = 'contact' AND row_key = ? AND "
                     "field = 'title' AND changed_at > (SELECT imported_at FROM import_batch WHERE id = ?)",
                     {copies.edited, merged.batchId})
                     .toInt(),
            1);
        // And the same backup merges again in full.
        const ImportReport again = restore(copies.mine.database, exportOf(copies.theirs.database));
        QVERIFY2(again.written, qPrintable(again.error));
        QCOMPARE(again.created, 1);
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE uuid = ?", {copies.deleted}).toInt(), 0);
    }

    // A field the user edits after the merge keeps the user's value (and its change time); the rest
    // of the merge goes back.
    void anEditSinceTheMergeSurvivesTheUndo()
    {
        TwoCopies copies;
        prepare(copies);
        const QSqlDatabase mine = copies.mine.database.connection();
        const QString nameBefore = value(mine, "SELECT name FROM profile").toString();
        const ImportReport merged = restore(copies.mine.database, exportOf(copies.theirs.database));
        QVERIFY2(merged.written, qPrintable(merged.error));
        QCOMPARE(value(mine, "SELECT name FROM profile").toString(), QStringLiteral("Their name"));

        later();
        run(mine, "UPDATE contact SET title = 'Typed after the merge' WHERE uuid = ?", {copies.edited});
        run(mine, "UPDATE profile SET goals = 'My goals, typed after the merge'");
        run(mine, "UPDATE node_position SET y = 99.5 WHERE contact_id = ?", {idOf(mine, copies.positioned)});
        const QString typedAt = value(mine,
            "SELECT changed_at FROM field_change WHERE entity = 'contact' AND row_key = ? AND field = 'title'",
            {copies.edited})
                                    .toString();

        QString error;
        QVERIFY2(ImportHistory::undo(copies.mine.database, merged.batchId, &error), qPrintable(error));
        QCOMPARE(value(mine, "SELECT title FROM contact WHERE uuid = ?", {copies.edited}).toString(),
            QStringLiteral("Typed after the merge"));
        QCOMPARE(value(mine,
                     "SELECT changed_at FROM field_change WHERE entity = 'contact' AND row_key = ? AND field = 'title'",
                     {copies.edited})
                     .toString(),
            typedAt);
        QCOMPARE(
            value(mine, "SELECT goals FROM profile").toString(), QStringLiteral("My goals, typed after the merge"));
        // Fields of the same rows the user left alone go back.
        QCOMPARE(value(mine, "SELECT name FROM profile").toString(), nameBefore);
        QCOMPARE(value(mine, "SELECT y || '|' || (x = 1.0 / 7.0) FROM node_position WHERE contact_id = ?",
                     {idOf(mine, copies.positioned)})
                     .toString(),
            QStringLiteral("99.5|0"));
        QCOMPARE(value(mine, "SELECT notes FROM contact WHERE uuid = ?", {copies.conflicted}).toString(),
            QStringLiteral("Mine notes"));
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE uuid = ?", {copies.deleted}).toInt(), 1);
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE last_name = 'New'").toInt(), 0);
        QCOMPARE(value(mine, "SELECT count(*) FROM tombstone").toInt(), 0);
    }

    // Into an empty network, the rows the merge adds outside its contacts go too (organisations,
    // the profile): the network is as new again.
    void undoingARestoreIntoAnEmptyNetworkEmptiesIt()
    {
        TwoCopies copies;
        prepare(copies);
        Test::TempNetwork fresh;
        QuestionBank::ensureDefaults(fresh.database.connection());
        OutreachTemplates::ensureDefaults(fresh.database.connection());
        const QByteArray backupBefore = exportOf(fresh.database);
        const QByteArray rowsBefore = dump(fresh.database.connection());
        const ImportReport restored = restore(fresh.database, exportOf(copies.theirs.database));
        QVERIFY2(restored.written, qPrintable(restored.error));
        QVERIFY(restored.created > 5);
        QString error;
        QVERIFY2(ImportHistory::undo(fresh.database, restored.batchId, &error), qPrintable(error));
        const QByteArray backupAfter = exportOf(fresh.database);
        QVERIFY2(backupAfter == backupBefore, firstDifference(backupBefore, backupAfter).constData());
        const QByteArray rowsAfter = dump(fresh.database.connection());
        QVERIFY2(rowsAfter == rowsBefore, firstDifference(rowsBefore, rowsAfter).constData());
    }

    // A contact the user deletes after the merge stays deleted, with its tombstone, though the merge
    // had rewritten their e-mails and tags: those do not come back without them.
    void aContactDeletedSinceStaysDeleted()
    {
        TwoCopies copies;
        prepare(copies);
        const QSqlDatabase mine = copies.mine.database.connection();
        const ImportReport merged = restore(copies.mine.database, exportOf(copies.theirs.database));
        QVERIFY2(merged.written, qPrintable(merged.error));
        later();
        ContactStore store(copies.mine.database);
        QVERIFY(store.removeContact(idOf(mine, copies.edited)));
        const QString deletedAt
            = value(mine, "SELECT deleted_at FROM tombstone WHERE row_key = ?", {copies.edited}).toString();
        QVERIFY(!deletedAt.isEmpty());
        QString error;
        QVERIFY2(ImportHistory::undo(copies.mine.database, merged.batchId, &error), qPrintable(error));
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE uuid = ?", {copies.edited}).toInt(), 0);
        QCOMPARE(
            value(mine, "SELECT count(*) FROM contact_email WHERE contact_id NOT IN (SELECT id FROM contact)").toInt(),
            0);
        QCOMPARE(
            value(mine, "SELECT deleted_at FROM tombstone WHERE row_key = ?", {copies.edited}).toString(), deletedAt);
        // The rest of the merge went back: the contact it deleted is here again, without a tombstone.
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE uuid = ?", {copies.deleted}).toInt(), 1);
        QCOMPARE(value(mine, "SELECT count(*) FROM tombstone WHERE row_key = ?", {copies.deleted}).toInt(), 0);
    }

    // What the user added since that refers to what the merge added stays: an organisation a new
    // contact works at, a question answered in the user's own meeting.
    void whatTheUserBuiltOnStays()
    {
        TwoCopies copies;
        prepare(copies);
        const QSqlDatabase mine = copies.mine.database.connection();
        const ImportReport merged = restore(copies.mine.database, exportOf(copies.theirs.database));
        QVERIFY2(merged.written, qPrintable(merged.error));
        ContactStore store(copies.mine.database);
        QVERIFY(store.addContact(
            Test::sampleContact(QStringLiteral("Mine"), QStringLiteral("Later"), QStringLiteral("New Org"))));
        const qint64 question
            = value(mine, "SELECT id FROM question WHERE text = 'What would you do in my place?'").toLongLong();
        QVERIFY(question);
        const qint64 meeting = value(mine, "SELECT min(id) FROM interaction").toLongLong();
        AskedQuestion asked;
        asked.questionId = question;
        asked.answer = QStringLiteral("Mine");
        QuestionBank::saveAnswer(mine, meeting, asked);
        QString error;
        QVERIFY2(ImportHistory::undo(copies.mine.database, merged.batchId, &error), qPrintable(error));
        QCOMPARE(value(mine,
                     "SELECT o.name FROM contact c JOIN organization o ON o.id = c.organization_id WHERE "
                     "c.last_name = 'Later'")
                     .toString(),
            QStringLiteral("New Org"));
        QCOMPARE(value(mine, "SELECT count(*) FROM question WHERE id = ?", {question}).toInt(), 1);
        QCOMPARE(value(mine, "SELECT count(*) FROM contact WHERE last_name = 'New'").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeUndo)
#include "tst_mergeundo.moc"
