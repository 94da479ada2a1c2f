// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The JSON backup, version 2: everything a user entered comes back, byte for byte, and a
// restore never adds a row twice or overwrites what the network holds.
#include "BackupFormat.h"
#include "BackupMerge.h"
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "ImportHistory.h"
#include "JsonExporter.h"
#include "JsonRestore.h"
#include "MeetingStore.h"
#include "NetworkRecords.h"
#include "OutreachTemplates.h"
#include "QuestionBank.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QtTest>

using namespace Rapport;

namespace {

// Text in many scripts and shapes: combining and composed accents, right-to-left with direction
// marks, CJK, Devanagari, Thai, emoji with joiners, Markdown and JSON punctuation, line breaks.
const QStringList kSamples = {
    QStringLiteral("Zoë Ångström"),
    QStringLiteral("Zoe\u0308 Ang\u030Astro\u0308m"),
    QStringLiteral("\u200F\u0645\u0631\u064A\u0645 \u0627\u0644\u0639\u0644\u064A\u200E"),
    QStringLiteral("\u05D3\u05E0\u05D9\u05D0\u05DC \u05DB\u05D4\u05DF"),
    QStringLiteral("王秀英 / 佐藤 花子 / 김민준"),
    QStringLiteral("\u0905\u0928\u0928\u094D\u092F\u093E \u0936\u0930\u094D\u092E\u093E"),
    QStringLiteral("\u0E2A\u0E21\u0E0A\u0E32\u0E22"),
    QStringLiteral("Ελένη Παπαδοπούλου — Дмитрий Иванов"),
    QStringLiteral("👩🏽‍🔬 team 👨‍👩‍👧"),
    QStringLiteral("a*b*c _x_ `code` [link](x) <b>x</b> # \\\\ \"quoted\" {brace} 100% %1 %2"),
    QStringLiteral("line one\nline two\r\n\ttabbed"),
    QStringLiteral("bell\u0007 unit\u001F del\u007F \u2028 \uFEFF"),
};

QString sample(int i)
{
    return kSamples.at(i % kSamples.size());
}

void run(const QSqlDatabase& db, const char* sql, const QVariantList& values = {})
{
    SqlStatement::run(db, QString::fromUtf8(sql), values);
}

// A network with every field of every entity filled, in every script.
void fillEveryField(Database& database)
{
    const QSqlDatabase db = database.connection();
    ContactStore store(database);
    QList<qint64> ids;
    for (int i = 0; i < kSamples.size(); ++i) {
        Contact c;
        c.firstName = sample(i);
        c.lastName = sample(i + 1);
        c.organization = QStringLiteral("Org %1 ").arg(i % 4) + sample(i + 2);
        c.title = sample(i + 3);
        c.emails = {{QStringLiteral("work"), QStringLiteral("p%1@example.org").arg(i)},
            {QStringLiteral("home"), QStringLiteral("p%1@home.example").arg(i)}};
        c.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 617 555 01%1").arg(i, 2, 10, QLatin1Char('0'))},
            {sample(i), QStringLiteral("+44 20 7946 0%1").arg(i, 3, 10, QLatin1Char('0'))}};
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/person-%1").arg(i);
        c.location = sample(i + 4);
        c.tags = normalizedTags({sample(i + 5), QStringLiteral("tag %1").arg(i), QStringLiteral("alumni")});
        c.stage = allStages().at(i % allStages().size());
        c.strength = i % 6;
        c.checkInDays = 30 + i;
        c.connectedOn = QDate(2020, 1 + i % 12, 1 + i);
        c.notes = sample(i + 6) + QStringLiteral("\n\n") + sample(i + 7);
        c.source = i % 2 ? QStringLiteral("linkedin") : QStringLiteral("manual");
        const qint64 id = store.addContact(c);
        QVERIFY2(id, qPrintable(store.lastError()));
        ids.append(id);
    }
    Transaction transaction(db);
    run(db, "UPDATE organization SET website = 'https://org' || id || '.example', industry = ?, notes = ?",
        {sample(3), sample(9)});
    for (int i = 1; i < ids.size(); ++i) {
        Referral r;
        r.referrerId = i % 3 == 0 ? 0 : ids.at(i - 1);
        r.referredId = ids.at(i);
        r.date = QDate(2025, 1 + i % 12, 10);
        r.note = sample(i);
        r.mayUseName = i % 3 == 1 ? std::optional<bool>(true) : i % 3 == 2 ? std::optional<bool>(false) : std::nullopt;
        QVERIFY(NetworkRecords::insertReferral(db, r) > 0);
    }
    Referral knows;
    knows.referrerId = ids.at(2);
    knows.referredId = ids.at(7);
    knows.kind = LinkKind::Knows;
    knows.relation = QStringLiteral("colleague");
    QVERIFY(NetworkRecords::insertReferral(db, knows) > 0);

    QuestionBank::ensureDefaults(db);
    QuestionBank::add(db, QStringLiteral("advice"), sample(9));
    run(db, "UPDATE question SET active = 0 WHERE id = (SELECT min(id) FROM question)");
    OutreachTemplates::ensureDefaults(db);
    OutreachTemplate custom;
    custom.kind = TemplateKind::Other;
    custom.name = sample(4);
    custom.subject = sample(5);
    custom.body = sample(9) + QStringLiteral("\n{firstName}");
    OutreachTemplates::save(db, custom);

    const QList<Reflection> reflections
        = {Reflection::None, Reflection::DrawnToIt, Reflection::Unsure, Reflection::NotForMe};
    const QList<Question> questions = QuestionBank::all(db);
    for (int i = 0; i < ids.size(); ++i) {
        Meeting m;
        m.contactId = ids.at(i);
        m.kind = i % 2 ? MeetingKind::Coffee : MeetingKind::InformationalInterview;
        m.start = QDateTime(QDate(2026, 1 + i % 12, 3), QTime(9 + i % 8, 30), Qt::UTC);
        m.durationMinutes = 20 + i;
        m.place = sample(i + 2);
        m.status = i % 3 == 0 ? MeetingStatus::Held : i % 3 == 1 ? MeetingStatus::Planned : MeetingStatus::Cancelled;
        m.notes = QStringLiteral("# Notes\n\n") + sample(i);
        m.reflection = reflections.at(i % 4);
        m.takeaway = sample(i + 1);
        const qint64 meeting = NetworkRecords::insertMeeting(db, m);
        for (int q = 0; q < 3; ++q) {
            AskedQuestion asked;
            asked.questionId = questions.at((i + q) % questions.size()).id;
            asked.asked = q != 1;
            asked.answer = sample(i + q);
            asked.onSheet = q != 2;
            QuestionBank::saveAnswer(db, meeting, asked);
        }
        FollowUp f;
        f.contactId = ids.at(i);
        f.meetingId = i % 2 ? meeting : 0;
        f.due = QDate(2026, 2, 1 + i);
        f.text = sample(i + 3);
        f.kind = i % 2 ? FollowUpKind::ThankYou : FollowUpKind::CheckIn;
        if (i % 3 == 0)
            f.doneAt = QDateTime(QDate(2026, 2, 2 + i), QTime(8, 15, 30, 250), Qt::UTC);
        NetworkRecords::insertFollowUp(db, f);
    }
    for (int i = 0; i < ids.size(); ++i) {
        run(db, "INSERT INTO node_position (contact_id, layout, x, y) VALUES (?, 'layered', ?, ?)",
            {ids.at(i), 0.1 * i - 37.25, 1.0 / 3.0 * i});
        if (i % 2)
            run(db, "INSERT INTO node_position (contact_id, layout, x, y) VALUES (?, 'force', ?, ?)",
                {ids.at(i), -1e-7 * i, 12345.678901234567 * i});
    }
    run(db, "UPDATE profile SET name = ?, field = ?, introduction = ?, goals = ?",
        {sample(0), sample(5), sample(9), sample(10)});
    // The archive's message log (a text kept, and dates and directions only) and my history.
    for (int i = 0; i < ids.size(); ++i) {
        run(db,
            "INSERT INTO message (uuid, contact_id, channel, direction, sent_at, conversation_id, sender, subject, "
            "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), ids.at(i),
                i % 3 ? QStringLiteral("linkedin_message") : QStringLiteral("linkedin_invitation"),
                i % 2 ? QStringLiteral("in") : QStringLiteral("out"),
                QStringLiteral("2026-03-%1T10:15:00Z").arg(1 + i, 2, 10, QLatin1Char('0')),
                QStringLiteral("conversation %1").arg(i % 4), sample(i), sample(i + 1),
                i % 4 == 3 ? QVariant() : QVariant(sample(i + 2) + QStringLiteral("\n") + sample(i + 3))});
    }
    for (int i = 0; i < 4; ++i) {
        run(db,
            "INSERT INTO my_history (uuid, kind, organization, title, started_on, finished_on, description, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {QStringLiteral("10000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                i % 2 ? QStringLiteral("education") : QStringLiteral("position"), sample(i + 5), sample(i + 6),
                QStringLiteral("20%1-09").arg(10 + i), i ? QStringLiteral("20%1-06").arg(12 + i) : QString(),
                sample(i + 7), i});
    }
    transaction.commit();
    // Later edits and deletions, so that change times and tombstones travel too.
    Contact edited = *store.contact(ids.at(1));
    edited.title = sample(8);
    edited.emails.append({QStringLiteral("other"), QStringLiteral("later@example.net")});
    QVERIFY(store.updateContact(edited));
    QVERIFY(store.removeContact(ids.last()));
    run(db, "DELETE FROM node_position WHERE layout = 'force' AND contact_id = ?", {ids.at(1)});
    // Who set what (Schema 9): a contact an import made, and a field an import changed last.
    run(db, "UPDATE contact SET created_by_import = 1 WHERE id = ?", {ids.at(2)});
    run(db,
        "UPDATE field_change SET source = 'import', import_batch_id = NULL WHERE entity = 'contact' AND field = "
        "'title'");
    run(db, "DELETE FROM outreach_template WHERE id = (SELECT min(id) FROM outreach_template)");
}

QByteArray exportOf(Database& database)
{
    return JsonExporter::toJson(database.connection());
}

ImportReport restore(Database& database, const QByteArray& json, const ImportOptions& options = {},
    const ContactImporter::Progress& progress = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return JsonRestore::run(database, path, options, progress);
}

// A network's backup without row ids, each list in UUID (or content) order: two copies that
// hold the same data give the same text whatever ids their rows got.
QByteArray normalized(Database& database)
{
    const std::function<QJsonValue(const QJsonValue&)> strip = [&strip](const QJsonValue& value) -> QJsonValue {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            object.remove(QStringLiteral("id"));
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = strip(it.value());
            return object;
        }
        if (value.isArray()) {
            QList<QByteArray> items;
            for (const auto& item : value.toArray())
                items.append(QJsonDocument(QJsonArray {strip(item)}).toJson(QJsonDocument::Compact));
            std::sort(items.begin(), items.end());
            QJsonArray sorted;
            for (const QByteArray& item : std::as_const(items))
                sorted.append(QJsonDocument::fromJson(item).array().first());
            return sorted;
        }
        return value;
    };
    return QJsonDocument(strip(JsonExporter::build(database.connection())).toObject()).toJson();
}

void later()
{
    // Change times have millisecond steps: wait for the clock to tick, so the next edit is strictly later.
    const QDateTime now = Clock::currentDateTimeUtc();
    while (Clock::currentDateTimeUtc() <= now)
        QThread::yieldCurrentThread();
}

QByteArray firstDifference(const QByteArray& a, const QByteArray& b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return "at byte " + QByteArray::number(i) + ": ..." + a.mid(qMax<qsizetype>(0, i - 80), 160) + "... vs ..."
        + b.mid(qMax<qsizetype>(0, i - 80), 160) + "...";
}

} // namespace

class TestBackupFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFieldIsWritten()
    {
        Test::TempNetwork net;
        fillEveryField(net.database);
        const QJsonObject json = JsonExporter::build(net.database.connection());
        // Every list holds something, and every entry has every key of its kind.
        for (const auto& entity : BackupFormat::kEntities) {
            const QJsonArray list = json.value(QString::fromLatin1(entity.key)).toArray();
            QVERIFY2(!list.isEmpty(), entity.key);
            for (const auto& field : entity.fields)
                QVERIFY2(list.first().toObject().contains(QString::fromLatin1(field.key)), field.key);
        }
        QCOMPARE(
            json.value(QStringLiteral("profile")).toObject().value(QStringLiteral("goals")).toString(), sample(10));
        const QJsonObject meeting = json.value(QStringLiteral("meetings")).toArray().at(1).toObject();
        QCOMPARE(meeting.value(QStringLiteral("place")).toString(), sample(3));
        QCOMPARE(meeting.value(QStringLiteral("reflection")).toString(), QStringLiteral("drawn"));
        QCOMPARE(meeting.value(QStringLiteral("questions")).toArray().size(), 3);
        const QJsonObject contact = json.value(QStringLiteral("contacts")).toArray().at(2).toObject();
        QCOMPARE(contact.value(QStringLiteral("phones")).toArray().at(1).toObject().value(QStringLiteral("label")),
            sample(2));
        // Who set what travels: the contact an import made, and the field an import changed last.
        QVERIFY(contact.value(QStringLiteral("createdByImport")).toBool());
        const QJsonObject edited = json.value(QStringLiteral("contacts")).toArray().at(1).toObject();
        QVERIFY(!edited.value(QStringLiteral("createdByImport")).toBool());
        QCOMPARE(edited.value(QStringLiteral("setByImport")).toArray(), QJsonArray {QStringLiteral("title")});
        QVERIFY(edited.value(QStringLiteral("changed")).toObject().contains(QStringLiteral("emails")));
    }

    void exportRestoreExportIsByteIdentical_data()
    {
        QTest::addColumn<bool>("everyField");
        QTest::newRow("demo") << false;
        QTest::newRow("every field, every script") << true;
    }

    void exportRestoreExportIsByteIdentical()
    {
        QFETCH(bool, everyField);
        Test::TempNetwork a;
        if (everyField) {
            fillEveryField(a.database);
        } else {
            QString error;
            QVERIFY2(DemoNetwork::fill(a.database, &error), qPrintable(error));
        }
        const QByteArray first = exportOf(a.database);
        Test::TempNetwork b;
        const ImportReport report = restore(b.database, first);
        QVERIFY2(report.written, qPrintable(report.error));
        QVERIFY(report.problems.isEmpty());
        const QByteArray second = exportOf(b.database);
        QVERIFY2(first == second, firstDifference(first, second).constData());
    }

    void bothWaysOfReadingWriteTheSameBytes_data()
    {
        QTest::addColumn<bool>("everyField");
        QTest::addColumn<bool>("oddValues");
        QTest::newRow("demo") << false << false;
        QTest::newRow("every field, every script") << true << false;
        QTest::newRow("values stored as their column does not expect") << true << true;
    }

    // Straight from SQLite or through QSqlQuery (a Qt with its own SQLite), the backup is the same
    // text, down to values of another storage class and text that is not valid UTF-8.
    void bothWaysOfReadingWriteTheSameBytes()
    {
        QFETCH(bool, everyField);
        QFETCH(bool, oddValues);
        Test::TempNetwork net;
        const QSqlDatabase db = net.database.connection();
        if (!sqliteHandle(db))
            QSKIP("Qt's SQLite is not the library Rapport links: QSqlQuery is the only way to read");
        if (everyField) {
            fillEveryField(net.database);
        } else {
            QString error;
            QVERIFY2(DemoNetwork::fill(net.database, &error), qPrintable(error));
        }
        if (oddValues) {
            // A blob, bytes that are not UTF-8, U+FFFF (SQLite's UTF-16 makes it U+FFFD), reals and
            // text in integer columns, text in a real one.
            run(db,
                "UPDATE contact SET title = x'C3A9', notes = CAST(x'41C328FF' AS TEXT), location = char(65535)"
                " WHERE id = (SELECT min(id) FROM contact)");
            run(db,
                "UPDATE contact SET strength = 2.5, check_in_days = '12 days' WHERE id = (SELECT max(id) FROM "
                "contact)");
            run(db, "UPDATE contact SET check_in_days = 1e300 WHERE id = (SELECT min(id) FROM contact)");
            run(db,
                "UPDATE node_position SET x = 'left', y = 7 WHERE contact_id = (SELECT min(contact_id) FROM "
                "node_position)");
            run(db,
                "UPDATE contact_email SET label = CAST(x'EFBFBE' AS TEXT) WHERE id = (SELECT min(id) FROM "
                "contact_email)");
        }
        const QByteArray direct = JsonExporter::toJson(db);
        const QByteArray portable = JsonExporter::toJson(db, JsonExporter::Reading::QtSql);
        QVERIFY2(direct == portable, firstDifference(direct, portable).constData());
        if (oddValues)
            QVERIFY(direct.contains("\"A\xEF\xBF\xBD")); // the bad bytes as Qt reads them
    }

    void restoringTwiceChangesNothing()
    {
        Test::TempNetwork a;
        fillEveryField(a.database);
        const QByteArray json = exportOf(a.database);
        Test::TempNetwork b;
        QVERIFY(restore(b.database, json).written);
        const QByteArray once = exportOf(b.database);
        const ImportReport again = restore(b.database, json);
        QVERIFY2(again.written, qPrintable(again.error));
        QCOMPARE(again.created, 0);
        QCOMPARE(again.referrals, 0);
        const QByteArray twice = exportOf(b.database);
        QVERIFY2(once == twice, firstDifference(once, twice).constData());
    }

    void restoreKeepsWhatTheNetworkHolds()
    {
        Test::TempNetwork a;
        fillEveryField(a.database);
        const QByteArray json = exportOf(a.database);
        Test::TempNetwork b;
        QVERIFY(restore(b.database, json).written);
        // The user edits a contact and the profile; the same backup restored again leaves both.
        const QSqlDatabase db = b.database.connection();
        run(db, "UPDATE contact SET title = 'Typed by me' WHERE id = (SELECT min(id) FROM contact)");
        run(db, "UPDATE profile SET name = 'Me, edited'");
        QVERIFY(restore(b.database, json).written);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT title FROM contact ORDER BY id LIMIT 1")).toString(),
            QStringLiteral("Typed by me"));
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT name FROM profile")).toString(),
            QStringLiteral("Me, edited"));
        // Organisations match on their name in any case, questions on their text: none doubled.
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM organization")).toInt(),
            SqlStatement::scalar(a.database.connection(), QStringLiteral("SELECT count(*) FROM organization")).toInt());
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM question")).toInt(),
            SqlStatement::scalar(a.database.connection(), QStringLiteral("SELECT count(*) FROM question")).toInt());
    }

    // The archive imported on two machines gives the same messages and history under different
    // UUIDs: restoring one's backup into the other matches them on what they are, none doubled.
    void archiveMessagesMatchOnWhatTheyAre()
    {
        Test::TempNetwork a;
        fillEveryField(a.database);
        const QByteArray json = exportOf(a.database);
        Test::TempNetwork b;
        QVERIFY(restore(b.database, json).written);
        const QSqlDatabase db = b.database.connection();
        const int messages = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message")).toInt();
        const int history = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM my_history")).toInt();
        QVERIFY(messages > 5);
        QCOMPARE(history, 4);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE body IS NULL")).toInt(),
            SqlStatement::scalar(
                a.database.connection(), QStringLiteral("SELECT count(*) FROM message WHERE body IS NULL"))
                .toInt());
        run(db,
            "UPDATE message SET uuid = lower(hex(randomblob(4))) || '-0000-4000-8000-' || lower(hex(randomblob(6)))");
        run(db,
            "UPDATE my_history SET uuid = lower(hex(randomblob(4))) || '-0000-4000-8000-' || "
            "lower(hex(randomblob(6)))");
        const ImportReport again = restore(b.database, json);
        QVERIFY2(again.written, qPrintable(again.error));
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message")).toInt(), messages);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM my_history")).toInt(), history);
    }

    void aMeetingAddedElsewhereJoinsItsContact()
    {
        Test::TempNetwork a;
        QString error;
        QVERIFY(DemoNetwork::fill(a.database, &error));
        Test::TempNetwork b;
        QVERIFY(restore(b.database, exportOf(a.database)).written);
        // Later, on the first machine: one more meeting with a contact both networks hold.
        Meeting m;
        m.contactId
            = SqlStatement::scalar(a.database.connection(), QStringLiteral("SELECT min(id) FROM contact")).toLongLong();
        m.start = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        m.notes = QStringLiteral("Ask about <Project Falcon> timeline");
        NetworkRecords::insertMeeting(a.database.connection(), m);
        const int before
            = SqlStatement::scalar(b.database.connection(), QStringLiteral("SELECT count(*) FROM interaction")).toInt();
        QVERIFY(restore(b.database, exportOf(a.database)).written);
        QCOMPARE(
            SqlStatement::scalar(b.database.connection(), QStringLiteral("SELECT count(*) FROM interaction")).toInt(),
            before + 1);
        QCOMPARE(SqlStatement::scalar(b.database.connection(),
                     QStringLiteral("SELECT count(*) FROM interaction WHERE notes LIKE '%Falcon%'"))
                     .toInt(),
            1);
    }

    // A laptop and a desktop start from the same backup and are edited apart, including different
    // fields of the same contact, the same field of another, additions and a deletion. Exchanged
    // either way round, both end up the same, no edit is lost and the deleted contact stays deleted.
    void twoCopiesEditedApartMergeToTheSame()
    {
        Test::TempNetwork laptop, desktop;
        fillEveryField(laptop.database);
        QVERIFY(restore(desktop.database, exportOf(laptop.database)).written);
        const QSqlDatabase l = laptop.database.connection();
        const QSqlDatabase d = desktop.database.connection();
        const auto uuidAt = [&l](int row) {
            return SqlStatement::scalar(
                l, QStringLiteral("SELECT uuid FROM contact ORDER BY id LIMIT 1 OFFSET ?"), {row})
                .toString();
        };
        const QString first = uuidAt(0), second = uuidAt(2), gone = uuidAt(4), shared = uuidAt(3);
        later();
        run(l, "UPDATE contact SET title = 'Laptop title' WHERE uuid = ?", {first});
        run(l, "UPDATE contact SET location = 'Laptop city' WHERE uuid = ?", {shared});
        run(l, "UPDATE interaction SET place = 'Laptop café' WHERE id = (SELECT min(id) FROM interaction)");
        run(l, "UPDATE profile SET goals = 'Laptop goals'");
        run(l, "DELETE FROM contact WHERE uuid = ?", {gone});
        ContactStore laptopStore(laptop.database);
        Contact onlyLaptop
            = Test::sampleContact(QStringLiteral("Only"), QStringLiteral("Laptop"), QStringLiteral("Acme"));
        QVERIFY(laptopStore.addContact(onlyLaptop));
        later();
        run(d, "UPDATE contact SET notes = 'Desktop notes' WHERE uuid = ?", {first});
        run(d, "UPDATE contact SET title = 'Desktop title' WHERE uuid = ?", {second});
        run(d, "UPDATE contact SET location = 'Desktop city' WHERE uuid = ?", {shared}); // later: wins
        run(d, "UPDATE interaction SET takeaway = 'Desktop takeaway' WHERE id = (SELECT min(id) FROM interaction)");
        run(d,
            "UPDATE organization SET website = 'https://desktop.example' WHERE id = (SELECT min(id) FROM "
            "organization)");
        ContactStore desktopStore(desktop.database);
        Contact tagged = *desktopStore.contact(
            SqlStatement::scalar(d, QStringLiteral("SELECT id FROM contact WHERE uuid = ?"), {second}).toLongLong());
        tagged.tags.append(QStringLiteral("desktop tag"));
        QVERIFY(desktopStore.updateContact(tagged));
        QVERIFY(desktopStore.addContact(
            Test::sampleContact(QStringLiteral("Only"), QStringLiteral("Desktop"), QStringLiteral("ACME"))));

        const QByteArray fromLaptop = exportOf(laptop.database);
        const QByteArray fromDesktop = exportOf(desktop.database);
        const ImportReport intoLaptop = restore(laptop.database, fromDesktop);
        QVERIFY2(intoLaptop.written, qPrintable(intoLaptop.error));
        const ImportReport intoDesktop = restore(desktop.database, fromLaptop);
        QVERIFY2(intoDesktop.written, qPrintable(intoDesktop.error));
        QVERIFY2(intoLaptop.problems.isEmpty(), qPrintable(intoLaptop.problems.value(0).message));

        const QByteArray laptopNow = normalized(laptop.database);
        const QByteArray desktopNow = normalized(desktop.database);
        if (qEnvironmentVariableIsSet("RAPPORT_DUMP")) {
            QFile lf(QStringLiteral("/tmp/laptop.json")), df(QStringLiteral("/tmp/desktop.json"));
            if (lf.open(QIODevice::WriteOnly) && df.open(QIODevice::WriteOnly)) {
                lf.write(laptopNow);
                df.write(desktopNow);
            }
        }
        QVERIFY2(laptopNow == desktopNow, firstDifference(laptopNow, desktopNow).constData());
        for (const QSqlDatabase& db : {l, d}) {
            const auto value = [&db](const char* sql, const QVariantList& bound = {}) {
                return SqlStatement::scalar(db, QString::fromUtf8(sql), bound).toString();
            };
            QCOMPARE(value("SELECT title || '|' || notes FROM contact WHERE uuid = ?", {first}),
                QStringLiteral("Laptop title|Desktop notes"));
            QCOMPARE(value("SELECT title FROM contact WHERE uuid = ?", {second}), QStringLiteral("Desktop title"));
            QCOMPARE(value("SELECT location FROM contact WHERE uuid = ?", {shared}), QStringLiteral("Desktop city"));
            QCOMPARE(value("SELECT count(*) FROM contact WHERE uuid = ?", {gone}), QStringLiteral("0"));
            QCOMPARE(
                value("SELECT place || '|' || takeaway FROM interaction ORDER BY start_at, uuid LIMIT 1").isEmpty(),
                false);
            QCOMPARE(
                value("SELECT count(*) FROM interaction WHERE place = 'Laptop café' AND takeaway = 'Desktop takeaway'"),
                QStringLiteral("1"));
            QCOMPARE(value("SELECT goals FROM profile"), QStringLiteral("Laptop goals"));
            QCOMPARE(
                value("SELECT count(*) FROM contact WHERE last_name IN ('Laptop', 'Desktop')"), QStringLiteral("2"));
            QCOMPARE(value("SELECT count(*) FROM organization WHERE name = 'acme'"), QStringLiteral("1"));
            QCOMPARE(value("SELECT count(*) FROM organization WHERE website = 'https://desktop.example'"),
                QStringLiteral("1"));
            QCOMPARE(value("SELECT count(*) FROM contact_tag WHERE tag = 'desktop tag'"), QStringLiteral("1"));
        }
        // The field both changed is reported, with the value kept.
        const QStringList conflicts = intoLaptop.conflicts + intoDesktop.conflicts;
        QVERIFY2(conflicts.filter(QStringLiteral("Desktop city")).size() == 2, qPrintable(conflicts.join(u'\n')));
        // And exchanging again changes nothing on either side.
        const QByteArray again = exportOf(laptop.database);
        QVERIFY(restore(laptop.database, exportOf(desktop.database)).written);
        QVERIFY2(exportOf(laptop.database) == again, "a second exchange changed the laptop");
    }

    // A contact deleted on the laptop while the desktop added a meeting with them: the meeting is
    // newer than the deletion, so the contact and every meeting stay, in both copies.
    void aMeetingAddedElsewhereKeepsADeletedContact()
    {
        Test::TempNetwork laptop, desktop;
        fillEveryField(laptop.database);
        QVERIFY(restore(desktop.database, exportOf(laptop.database)).written);
        const QSqlDatabase l = laptop.database.connection();
        const QSqlDatabase d = desktop.database.connection();
        const QString uuid
            = SqlStatement::scalar(l, QStringLiteral("SELECT uuid FROM contact ORDER BY id LIMIT 1 OFFSET 2"))
                  .toString();
        const int meetings = SqlStatement::scalar(d,
            QStringLiteral(
                "SELECT count(*) FROM interaction WHERE contact_id = (SELECT id FROM contact WHERE uuid = ?)"),
            {uuid})
                                 .toInt();
        later();
        run(l, "DELETE FROM contact WHERE uuid = ?", {uuid});
        QCOMPARE(
            SqlStatement::scalar(l, QStringLiteral("SELECT count(*) FROM tombstone WHERE entity <> 'contact'")).toInt(),
            SqlStatement::scalar(d, QStringLiteral("SELECT count(*) FROM tombstone WHERE entity <> 'contact'"))
                .toInt());
        later();
        Meeting m;
        m.contactId
            = SqlStatement::scalar(d, QStringLiteral("SELECT id FROM contact WHERE uuid = ?"), {uuid}).toLongLong();
        m.start = QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
        m.notes = QStringLiteral("Added on the desktop after the laptop deleted them");
        NetworkRecords::insertMeeting(d, m);
        const QByteArray fromLaptop = exportOf(laptop.database);
        const QByteArray fromDesktop = exportOf(desktop.database);
        QVERIFY(restore(laptop.database, fromDesktop).written);
        QVERIFY(restore(desktop.database, fromLaptop).written);
        for (const QSqlDatabase& db : {l, d}) {
            QCOMPARE(SqlStatement::scalar(db,
                         QStringLiteral("SELECT count(*) FROM interaction WHERE contact_id = "
                                        "(SELECT id FROM contact WHERE uuid = ?)"),
                         {uuid})
                         .toInt(),
                meetings + 1);
        }
        const QByteArray laptopNow = normalized(laptop.database);
        const QByteArray desktopNow = normalized(desktop.database);
        QVERIFY2(laptopNow == desktopNow, firstDifference(laptopNow, desktopNow).constData());
    }

    // Undoing an import takes back what it added without passing deletions on to other copies.
    void undoingARestoreLeavesNoTombstones()
    {
        Test::TempNetwork a, b;
        QString error;
        QVERIFY(DemoNetwork::fill(a.database, &error));
        ContactStore store(b.database);
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Already"), QStringLiteral("Here"))));
        const ImportReport report = restore(b.database, exportOf(a.database));
        QVERIFY2(report.written, qPrintable(report.error));
        QVERIFY2(ImportHistory::undo(b.database, report.batchId, &error), qPrintable(error));
        const QSqlDatabase db = b.database.connection();
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toInt(), 1);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM tombstone")).toInt(), 0);
        // So the same backup restores again in full.
        QCOMPARE(restore(b.database, exportOf(a.database)).created, report.created);
    }

    // "Ann knows Bob" on one machine and "Bob knows Ann" on the other are one link.
    void aKnowsLinkWrittenBothWaysIsOneLink()
    {
        Test::TempNetwork a, b;
        ContactStore store(a.database);
        const qint64 ann = store.addContact(Test::sampleContact(QStringLiteral("Ann"), QStringLiteral("Lee")));
        const qint64 bob = store.addContact(Test::sampleContact(QStringLiteral("Bob"), QStringLiteral("Ray")));
        QVERIFY(restore(b.database, exportOf(a.database)).written);
        Referral knows;
        knows.kind = LinkKind::Knows;
        knows.referrerId = ann;
        knows.referredId = bob;
        QVERIFY(NetworkRecords::insertReferral(a.database.connection(), knows));
        std::swap(knows.referrerId, knows.referredId);
        QVERIFY(NetworkRecords::insertReferral(b.database.connection(), knows));
        const QByteArray fromA = exportOf(a.database), fromB = exportOf(b.database);
        const ImportReport intoA = restore(a.database, fromB);
        QVERIFY2(intoA.written, qPrintable(intoA.error));
        const ImportReport intoB = restore(b.database, fromA);
        QVERIFY2(intoB.written, qPrintable(intoB.error));
        for (Database* database : {&a.database, &b.database})
            QCOMPARE(SqlStatement::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM referral "
                                        "WHERE kind = 'knows'"))
                         .toInt(),
                1);
        const QByteArray aNow = normalized(a.database), bNow = normalized(b.database);
        QVERIFY2(aNow == bNow, firstDifference(aNow, bNow).constData());
    }

    // Two networks whose default questions were written in different languages merge their banks
    // instead of doubling them: each default question has the same UUID everywhere.
    void defaultQuestionsInTwoLanguagesAreOneBank()
    {
        Test::TempNetwork english, other;
        QuestionBank::ensureDefaults(english.database.connection());
        QuestionBank::ensureDefaults(other.database.connection());
        const QSqlDatabase o = other.database.connection();
        run(o, "UPDATE question SET text = 'traduit: ' || text");
        run(o, "DELETE FROM field_change"); // as if written that way when the bank was made
        const int defaults = SqlStatement::scalar(o, QStringLiteral("SELECT count(*) FROM question")).toInt();
        QVERIFY(defaults > 10);
        const QByteArray fromEnglish = exportOf(english.database), fromOther = exportOf(other.database);
        QVERIFY(restore(english.database, fromOther).written);
        QVERIFY(restore(other.database, fromEnglish).written);
        for (Database* database : {&english.database, &other.database})
            QCOMPARE(
                SqlStatement::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM question")).toInt(),
                defaults);
        const QByteArray a = normalized(english.database), b = normalized(other.database);
        QVERIFY2(a == b, firstDifference(a, b).constData());
    }

    // The same person entered on two machines has two UUIDs: never merged on a guess, but named.
    void aPossibleDuplicateIsAddedAndNamed()
    {
        Test::TempNetwork a, b;
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"));
        ana.emails = {{QStringLiteral("work"), QStringLiteral("ana@example.org")}};
        QVERIFY(ContactStore(a.database).addContact(ana));
        ana.lastName = QStringLiteral("López");
        ana.emails = {{QStringLiteral("home"), QStringLiteral("ANA@example.org")}};
        QVERIFY(ContactStore(b.database).addContact(ana));
        const ImportReport report = restore(b.database, exportOf(a.database));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.possibleDuplicates.size(), 1);
        QVERIFY2(report.possibleDuplicates.first().contains(QStringLiteral("Ana Lopez"))
                && report.possibleDuplicates.first().contains(QStringLiteral("Ana López")),
            qPrintable(report.possibleDuplicates.first()));
        QVERIFY(BackupMerge::summary(report).contains(report.possibleDuplicates.first()));
        // The pair by id: the contact the backup added, and the Ana already here.
        QCOMPARE(report.duplicatePairs.size(), 1);
        const PossibleDuplicatePair pair = report.duplicatePairs.first();
        const auto idOf = [&b](const QString& lastName) {
            return SqlStatement::scalar(
                b.database.connection(), QStringLiteral("SELECT id FROM contact WHERE last_name = ?"), {lastName})
                .toLongLong();
        };
        QVERIFY(pair.addedId > 0 && pair.otherId > 0);
        QCOMPARE(pair.addedId, idOf(QStringLiteral("Lopez")));
        QCOMPARE(pair.otherId, idOf(QStringLiteral("López")));
        QCOMPARE(pair.addedName, QStringLiteral("Ana Lopez"));
        QCOMPARE(pair.otherName, QStringLiteral("Ana López"));
    }

    // A template renamed on one machine is renamed on the other, not kept twice.
    void aRenamedTemplateIsRenamedEverywhere()
    {
        Test::TempNetwork a, b;
        OutreachTemplates::ensureDefaults(a.database.connection());
        QVERIFY(restore(b.database, exportOf(a.database)).written);
        later();
        OutreachTemplate renamed = OutreachTemplates::all(a.database.connection()).first();
        const QString oldName = renamed.name;
        renamed.name = QStringLiteral("My own request");
        OutreachTemplates::save(a.database.connection(), renamed);
        const QByteArray fromA = exportOf(a.database), fromB = exportOf(b.database);
        QVERIFY(restore(b.database, fromA).written);
        QVERIFY(restore(a.database, fromB).written);
        for (Database* database : {&a.database, &b.database}) {
            const QSqlDatabase db = database->connection();
            QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM outreach_template WHERE name = ?"),
                         {QStringLiteral("My own request")})
                         .toInt(),
                1);
            QCOMPARE(SqlStatement::scalar(
                         db, QStringLiteral("SELECT count(*) FROM outreach_template WHERE name = ?"), {oldName})
                         .toInt(),
                0);
        }
        const QByteArray aNow = normalized(a.database), bNow = normalized(b.database);
        QVERIFY2(aNow == bNow, firstDifference(aNow, bNow).constData());
    }

    // Putting a meeting's answer back (Undo) is a change like any other: a merge sees it as new.
    void anUndoneAnswerIsAChange()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        const QSqlDatabase db = net.database.connection();
        QuestionBank::ensureDefaults(db);
        const qint64 meeting = SqlStatement::scalar(db, QStringLiteral("SELECT min(id) FROM interaction")).toLongLong();
        const qint64 question = SqlStatement::scalar(db, QStringLiteral("SELECT min(id) FROM question")).toLongLong();
        AskedQuestion asked;
        asked.questionId = question;
        asked.answer = QStringLiteral("first answer");
        QuestionBank::saveAnswer(db, meeting, asked);
        MeetingStore store(net.database);
        QVERIFY(store.restoreChecklist(meeting, {{question, 1, QStringLiteral("answer put back"), 1, 0}}));
        QCOMPARE(SqlStatement::scalar(db,
                     QStringLiteral("SELECT count(*) FROM field_change WHERE entity = 'interaction_question' AND "
                                    "field = 'answer'"))
                     .toInt(),
            1);
    }

    // A link removed and brought back by Undo keeps its UUID and leaves no deletion behind.
    void anUndoneRemoveKeepsTheLinksName()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        const qint64 ann = contacts.addContact(Test::sampleContact(QStringLiteral("Ann"), QStringLiteral("Lee")));
        ReferralStore links(net.database);
        Referral link;
        link.referredId = ann;
        const qint64 id = links.add(link);
        QVERIFY(id);
        const Referral stored = *links.link(id);
        QVERIFY(!stored.uuid.isEmpty());
        QVERIFY(links.remove(id));
        QVERIFY(links.add(stored)); // what RemoveLinkCommand's undo does
        const QSqlDatabase db = net.database.connection();
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT uuid FROM referral")).toString(), stored.uuid);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM tombstone")).toInt(), 0);
    }

    void problemsNameTheEntryAndWriteNothing()
    {
        Test::TempNetwork a;
        QString error;
        QVERIFY(DemoNetwork::fill(a.database, &error));
        QJsonObject json = JsonExporter::build(a.database.connection());
        QJsonArray contacts = json.value(QStringLiteral("contacts")).toArray();
        QJsonObject broken = contacts.at(3).toObject();
        broken.insert(QStringLiteral("strength"), QStringLiteral("very"));
        contacts.replace(3, broken);
        json.insert(QStringLiteral("contacts"), contacts);
        QJsonArray meetings = json.value(QStringLiteral("meetings")).toArray();
        QJsonObject orphan = meetings.at(0).toObject();
        orphan.insert(QStringLiteral("contact"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
        orphan.insert(QStringLiteral("uuid"), QStringLiteral("11111111-0000-4000-8000-000000000000"));
        meetings.append(orphan);
        json.insert(QStringLiteral("meetings"), meetings);
        const QByteArray bytes = QJsonDocument(json).toJson();

        Test::TempNetwork b;
        const ImportReport refused = restore(b.database, bytes);
        QVERIFY(!refused.written);
        QCOMPARE(refused.problems.size(), 2);
        QVERIFY2(refused.problems.at(0).message.startsWith(QStringLiteral("contacts[3].strength:")),
            qPrintable(refused.problems.at(0).message));
        QVERIFY2(refused.problems.at(1).message.contains(QStringLiteral("00000000-0000-4000-8000-000000000000")),
            qPrintable(refused.problems.at(1).message));
        QCOMPARE(
            SqlStatement::scalar(b.database.connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt(), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        const ImportReport partial = restore(b.database, bytes, skip);
        QVERIFY2(partial.written, qPrintable(partial.error));
        QCOMPARE(partial.created, int(contacts.size()) - 1);
    }

    // The window shows a restore's progress and offers Cancel: a cancel at any point writes nothing.
    void progressRisesAndCancelWritesNothing_data()
    {
        QTest::addColumn<int>("cancelAt"); // the progress report that answers "stop"; 0: none
        QTest::newRow("runs to the end") << 0;
        QTest::newRow("cancelled at the first report") << 1;
        QTest::newRow("cancelled half-way") << 3;
        QTest::newRow("cancelled at 100") << -1;
    }

    // The window shows a restore's progress and offers Cancel: a cancel at any point writes nothing.
    void progressRisesAndCancelWritesNothing()
    {
        QFETCH(int, cancelAt);
        Test::TempNetwork a;
        fillEveryField(a.database);
        {
            // Enough entries for several progress reports (one per 256 entries read).
            ContactStore store(a.database);
            Transaction transaction(a.database.connection());
            for (int i = 0; i < 1500; ++i) {
                Contact c;
                c.firstName = QStringLiteral("Person");
                c.lastName = QString::number(i);
                c.organization = QStringLiteral("Org %1").arg(i % 40);
                store.insertInTransaction(c);
            }
            transaction.commit();
        }
        const QByteArray bytes = exportOf(a.database);
        const auto countOf = [](Database& database, const char* table) {
            return SqlStatement::scalar(
                database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toInt();
        };

        Test::TempNetwork b;
        QList<int> seen;
        const ImportReport report = restore(b.database, bytes, {}, [&seen, cancelAt](int percent) {
            seen.append(percent);
            return !(seen.size() == cancelAt || (cancelAt < 0 && percent == 100));
        });
        if (cancelAt == 0) {
            QVERIFY2(report.written, qPrintable(report.error));
            QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
            QCOMPARE(seen.last(), 100);
            QVERIFY(seen.first() < 50);
            QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
            QCOMPARE(countOf(b.database, "contact"), 1500 + 11);
            return;
        }
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(seen.size(), cancelAt < 0 ? seen.size() : cancelAt); // nothing asked after the answer
        QCOMPARE(countOf(b.database, "contact"), 0);
        QCOMPARE(countOf(b.database, "import_batch"), 0);
        QCOMPARE(countOf(b.database, "organization"), 0);
        QCOMPARE(countOf(b.database, "contact_fts"), 0);
    }

    // The backup is read an entry at a time: a syntax error deep inside one is found before
    // anything is kept, and named by its line.
    void aBrokenEntryIsNamedByItsLineAndWritesNothing()
    {
        Test::TempNetwork a;
        QString error;
        QVERIFY(DemoNetwork::fill(a.database, &error));
        QByteArray bytes = exportOf(a.database);
        const qsizetype at = bytes.lastIndexOf("\"strength\": ");
        QVERIFY(at > 0);
        const int line = int(bytes.left(at).count('\n')) + 1;
        const qsizetype end = bytes.indexOf(',', at);
        bytes.replace(at, end - at, "\"strength\": tru");

        Test::TempNetwork b;
        const ImportReport refused = restore(b.database, bytes);
        QVERIFY(!refused.written);
        QCOMPARE(refused.problems.size(), 1);
        QCOMPARE(refused.problems.first().line, line);
        QVERIFY2(refused.problems.first().message.startsWith(QStringLiteral("not valid JSON")),
            qPrintable(refused.problems.first().message));
        QCOMPARE(
            SqlStatement::scalar(b.database.connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt(), 0);
    }

    // Values the schema would refuse, and change times that would win every merge, are named.
    void outOfRangeValuesAndFutureTimesAreNamed()
    {
        Test::TempNetwork a;
        QString error;
        QVERIFY(DemoNetwork::fill(a.database, &error));
        QJsonObject json = JsonExporter::build(a.database.connection());
        QJsonArray contacts = json.value(QStringLiteral("contacts")).toArray();
        QJsonObject c0 = contacts.at(0).toObject(), c1 = contacts.at(1).toObject(), c2 = contacts.at(2).toObject();
        c0.insert(QStringLiteral("strength"), 6);
        c1.insert(QStringLiteral("uuid"), QString());
        c2.insert(QStringLiteral("changed"),
            QJsonObject {{QStringLiteral("title"), QStringLiteral("2999-01-01T00:00:00.000Z")}});
        contacts.replace(0, c0);
        contacts.replace(1, c1);
        contacts.replace(2, c2);
        json.insert(QStringLiteral("contacts"), contacts);
        json.insert(QStringLiteral("deleted"),
            QJsonArray {QJsonObject {{QStringLiteral("list"), QStringLiteral("contacts")},
                {QStringLiteral("key"), contacts.at(3).toObject().value(QStringLiteral("uuid"))},
                {QStringLiteral("deletedAt"), QStringLiteral("9999")}}});
        Test::TempNetwork b;
        const ImportReport report = restore(b.database, QJsonDocument(json).toJson());
        QVERIFY(!report.written);
        QStringList messages;
        for (const ImportProblem& problem : report.problems)
            messages.append(problem.message);
        // (The links and follow-ups of the contact whose uuid was blanked are named too: they
        // refer to a uuid the file no longer holds.)
        QVERIFY2(messages.filter(QStringLiteral("contacts[0].strength")).size() == 1, qPrintable(messages.join(u'\n')));
        QVERIFY(messages.filter(QStringLiteral("contacts[1].uuid")).size() == 1);
        QVERIFY(messages.filter(QStringLiteral("contacts[2].changed.title")).size() == 1);
        QVERIFY(messages.filter(QStringLiteral("deleted[0]")).size() == 1);
    }

    void aNewerVersionIsRefused()
    {
        Test::TempNetwork net;
        const ImportReport report
            = restore(net.database, R"({"format": "rapport-network", "version": 3, "contacts": []})");
        QVERIFY(!report.written);
        QVERIFY2(report.error.contains(QStringLiteral("newer version")), qPrintable(report.error));
    }

    // A version-1 backup leaves out a link of a kind Rapport does not know, and names a meeting's
    // unknown kind instead of guessing one: nothing is written.
    void aVersionOneBackupNamesAnUnknownKind()
    {
        const QByteArray contacts = R"({"contacts": [{"id": 1, "firstName": "Ana", "stage": "met"},
            {"id": 2, "firstName": "Ben", "stage": "met"}],
            "referrals": [{"from": 1, "to": 2, "kind": "cousin"}, {"from": null, "to": 1, "kind": "referral"}],)";
        Test::TempNetwork links;
        const ImportReport linked = restore(links.database, contacts + R"("meetings": []})");
        QVERIFY2(linked.written, qPrintable(linked.error));
        QCOMPARE(linked.referrals, 1);

        Test::TempNetwork net;
        const ImportReport report = restore(net.database,
            contacts
                + R"("meetings": [{"id": 1, "contact": 1, "kind": "seance", "start": "2026-01-03T09:30:00.000Z"}]})");
        QVERIFY(!report.written);
        QVERIFY2(report.error.contains(QStringLiteral("\"seance\"")), qPrintable(report.error));
        QCOMPARE(
            SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt(), 0);
    }

    void exportsValidateAgainstThePublishedSchema_data() { exportRestoreExportIsByteIdentical_data(); }

    // An independent validator (Python's jsonschema, draft 2020-12) reads what we write.
    void exportsValidateAgainstThePublishedSchema()
    {
        QFETCH(bool, everyField);
        Test::TempNetwork net;
        if (everyField) {
            fillEveryField(net.database);
        } else {
            QString error;
            QVERIFY(DemoNetwork::fill(net.database, &error));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exportOf(net.database));
        file.close();
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral(RAPPORT_SOURCE_DIR "/tests/interop/check_json_schema.py"),
                QStringLiteral(RAPPORT_SOURCE_DIR "/resources/schema/rapport-network-v2.schema.json"), path});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestBackupFormat)
#include "tst_backupformat.moc"
