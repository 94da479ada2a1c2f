// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommandLine.h"
#include "Database.h"
#include "SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/import/") + QString::fromUtf8(name);
}

const QByteArray kLinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

} // namespace

// `rapport import`, run in-process: exit status, the report on stdout, FILE:LINE problems on stderr.
class TestImportCli : public QObject
{
    Q_OBJECT

    struct Result {
        int status = -1;
        QString out;
        QString err;
        QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    };

    QTemporaryDir m_dir;
    QString m_db;
    int m_run = 0;

    Result import(const QString& file, QStringList options = {})
    {
        QStringList arguments {
            QStringLiteral("rapport"), QStringLiteral("--database"), m_db, QStringLiteral("import"), file};
        arguments += options;
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = CommandLine::run(arguments, out, err);
        return result;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int count(const char* sql, const QVariantList& values = {})
    {
        Database db;
        if (!db.open(m_db))
            qFatal("cannot open %s", qPrintable(db.errorString()));
        return SqlStatement::scalar(db.connection(), QString::fromUtf8(sql), values).toInt();
    }
    int contacts() { return count("SELECT count(*) FROM contact"); }
    int batches() { return count("SELECT count(*) FROM import_batch"); }

private slots:
    void init()
    {
        // A fresh network for each test.
        m_db = m_dir.filePath(QStringLiteral("network-%1.rapport").arg(++m_run));
    }

    void failedImportLeavesNoNewNetworkBehind()
    {
        const QString bad = write(QStringLiteral("broken.csv"), "First Name,Last Name\n\"Ada,Okafor\n");
        QCOMPARE(import(bad).status, 1);
        QVERIFY(!QFile::exists(m_db));
        const QString good = fixture("linkedin_connections.csv");
        QCOMPARE(import(good, {QStringLiteral("--dry-run")}).status, 0);
        QVERIFY(!QFile::exists(m_db)); // a dry run into a new network creates nothing either
        QCOMPARE(import(good).status, 0);
        QVERIFY(QFile::exists(m_db));
    }

    void importsAndReports()
    {
        const QString file = fixture("linkedin_connections.csv");
        const Result r = import(file);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(file + QStringLiteral(": LinkedIn connections, UTF-8 (with byte-order mark), 3 row")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Created 3, updated 0, unchanged 0, skipped 0.")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Dry run")));
        QCOMPARE(contacts(), 3);
        QCOMPARE(batches(), 1);

        const Result again = import(file);
        QCOMPARE(again.status, 0);
        QVERIFY2(
            again.out.contains(QLatin1String("Created 0, updated 0, unchanged 3, skipped 0.")), qPrintable(again.out));
        QCOMPARE(contacts(), 3);
    }

    // A LinkedIn data archive, here as the folder it unzips to (tst_archiveimport reads ZIPs).
    void importsALinkedInArchiveFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("archive-%1").arg(m_run));
        QDir().mkpath(folder + QStringLiteral("/more"));
        write(QStringLiteral("archive-%1/Connections.csv").arg(m_run),
            kLinkedInHeader
                + "Ana,Lopez,https://www.linkedin.com/in/ana,,Acme,Scientist,12 Jan 2025\r\n"
                  "Ben,Wu,https://www.linkedin.com/in/ben,,Lumen,Manager,12 Jan 2025\r\n");
        write(QStringLiteral("archive-%1/more/messages.csv").arg(m_run),
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
            "CONTENT,FOLDER\n"
            "c1,,Jo Lee,https://www.linkedin.com/in/jo,Ana Lopez,https://www.linkedin.com/in/ana,"
            "2026-01-05 09:00:00 UTC,,Could we talk?,SENT\n"
            "c1,,Ana Lopez,https://www.linkedin.com/in/ana,Jo Lee,https://www.linkedin.com/in/jo,"
            "2026-01-07 09:00:00 UTC,,Sure,INBOX\n"
            "c2,,Ben Wu,https://www.linkedin.com/in/ben,Jo Lee,https://www.linkedin.com/in/jo,yesterday,,Hi,INBOX\n");
        write(QStringLiteral("archive-%1/Ad_Targeting.csv").arg(m_run), "a\n1\n");

        const Result bad = import(folder, {QStringLiteral("--messages"), QStringLiteral("some")});
        QCOMPARE(bad.status, 1);
        QVERIFY2(bad.err.contains(QLatin1String("text or metadata")), qPrintable(bad.err));

        const Result r = import(folder, {QStringLiteral("--messages"), QStringLiteral("metadata")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(folder + QStringLiteral(": LinkedIn archive, 2 connections.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Logged 2 new messages")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("0 to Reached out, 1 to Replied")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Ad_Targeting.csv")), qPrintable(r.out));
        QCOMPARE(r.errLines(),
            QStringList {QStringLiteral("more/messages.csv:4: DATE \"yesterday\" is not a date; the "
                                        "message is left out.")});
        QCOMPARE(count("SELECT count(*) FROM message WHERE body IS NULL"), 2);
        QCOMPARE(count("SELECT count(*) FROM import_batch WHERE format = 'linkedin-archive'"), 1);

        const Result again = import(folder, {QStringLiteral("--format"), QStringLiteral("linkedin-archive")});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("2 were already logged")), qPrintable(again.out));

        const Result notForCsv
            = import(fixture("linkedin_connections.csv"), {QStringLiteral("--messages"), QStringLiteral("text")});
        QCOMPARE(notForCsv.status, 1);
        QVERIFY2(notForCsv.err.contains(QLatin1String("LinkedIn archive")), qPrintable(notForCsv.err));
    }

    void strictRefusesWhatTheDefaultSkipsAndReports()
    {
        QVERIFY(import(fixture("linkedin_no_preamble.csv")).status == 0);
        const QString file = write(QStringLiteral("rows.csv"),
            kLinkedInHeader + "Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2024\r\n"
                + ",,,,,Title only,\r\n" + "Cy,\"Young\r\nthe Elder\",https://www.linkedin.com/in/cy,,X,Y,someday\r\n"
                + "Di,Ok,https://www.linkedin.com/in/di,,X,Y\r\n"); // a cell short: read as empty
        const Result r = import(file, {QStringLiteral("--strict")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(file + QStringLiteral(":3: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":4: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QLatin1String("someday")), qPrintable(lines.at(1)));
        // The summary is an error of the command's, which says so; the lines keep FILE:LINE.
        QVERIFY2(
            lines.at(2).startsWith(QStringLiteral("rapport: ") + file + QStringLiteral(": ")), qPrintable(lines.at(2)));
        QCOMPARE(contacts(), 2);
        QCOMPARE(batches(), 1);

        // The default, and --skip-invalid, its other name: the rest goes in, each problem said once.
        for (const QStringList& options : {QStringList {}, QStringList {QStringLiteral("--skip-invalid")}}) {
            const Result skip = import(file, options);
            QCOMPARE(skip.status, 0);
            QVERIFY2(skip.out.contains(QLatin1String("skipped 1.")), qPrintable(skip.out));
            QVERIFY2(skip.out.contains(QLatin1String("Skipped 1 row(s) with problems")), qPrintable(skip.out));
            QVERIFY2(skip.out.contains(QLatin1String("Left 1 value(s) empty")), qPrintable(skip.out));
            const QStringList skipped = skip.errLines();
            QCOMPARE(skipped.size(), 2);
            QVERIFY(skipped.at(0).startsWith(file + QStringLiteral(":3: ")));
            QVERIFY(skipped.at(0).endsWith(QLatin1String("(skipped)")));
            QVERIFY(skipped.at(1).startsWith(file + QStringLiteral(":4: ")));
            QVERIFY2(skipped.at(1).endsWith(QLatin1String("(left empty; the text is kept in the notes)")),
                qPrintable(skipped.at(1)));
        }
        QCOMPARE(contacts(), 5);
        QCOMPARE(batches(), 3);
        // A re-import did not add the kept date to the notes again.
        QCOMPARE(count("SELECT count(*) FROM contact WHERE notes = 'Connected On: someday'"), 1);

        const Result both = import(file, {QStringLiteral("--strict"), QStringLiteral("--skip-invalid")});
        QCOMPARE(both.status, 1);
        QVERIFY2(both.err.contains(QLatin1String("--strict")), qPrintable(both.err));
        QCOMPARE(batches(), 3);
    }

    void reportsHiddenMembersAndColumnsKeptInTheNotes()
    {
        const Result linkedIn = import(fixture("linkedin_hidden_members.csv"));
        QCOMPARE(linkedIn.status, 0);
        QVERIFY2(linkedIn.out.contains(QLatin1String("Created 2,")), qPrintable(linkedIn.out));
        QVERIFY2(linkedIn.out.contains(QLatin1String("Skipped 2 row(s) of LinkedIn members who hide their details.")),
            qPrintable(linkedIn.out));
        QVERIFY2(linkedIn.out.contains(QLatin1String("Skipped 1 row(s) with problems")), qPrintable(linkedIn.out));
        const QStringList lines = linkedIn.errLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(fixture("linkedin_hidden_members.csv") + QStringLiteral(":6: LinkedIn")),
            qPrintable(lines.at(0)));

        const Result thunderbird = import(fixture("thunderbird.csv"));
        QCOMPARE(thunderbird.status, 0);
        QVERIFY2(thunderbird.out.contains(QLatin1String(
                     "Kept in the notes, as no field holds them: Nickname, Work Country, Department, Web Page 1, "
                     "Birth Year")),
            qPrintable(thunderbird.out));
        QVERIFY(thunderbird.err.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM contact_email WHERE address LIKE 'ada@%'"), 2);
        QCOMPARE(count("SELECT count(*) FROM contact_phone"), 4);
    }

    void problemLinesNameAFileWithPercentSignsAsItIs()
    {
        // "%1" and "%2" in a file name are text: the FILE:LINE: prefix names the file exactly, and
        // what follows is what a plainly named file gets (the line number and message stay theirs).
        const QByteArray rows = kLinkedInHeader + "Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2024\r\n"
            + "Bo,Ek,https://www.linkedin.com/in/bo,,X,Y,someday\r\n";
        const QString plain = write(QStringLiteral("plain.csv"), rows);
        const QString file = write(QStringLiteral("export%2 of %1.csv"), rows);
        const Result expected = import(plain, {QStringLiteral("--strict")});
        const Result r = import(file, {QStringLiteral("--strict")});
        QCOMPARE(r.status, 1);
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), expected.errLines().size());
        QVERIFY2(lines.at(0).startsWith(file + QStringLiteral(":3: ")), qPrintable(lines.at(0)));
        // The summary after the lines is the command's own error: "rapport: " comes first.
        const auto unprefixed
            = [](const QString& line) { return line.startsWith(QLatin1String("rapport: ")) ? line.mid(9) : line; };
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = unprefixed(lines.at(i));
            QVERIFY2(line.startsWith(file), qPrintable(line));
            QCOMPARE(line.mid(file.size()), unprefixed(expected.errLines().at(i)).mid(plain.size()));
        }
        const Result skipped = import(file, {QStringLiteral("--skip-invalid")});
        QCOMPARE(skipped.status, 0);
        QCOMPARE(skipped.errLines().size(), 1);
        QVERIFY2(skipped.errLines().at(0).startsWith(file + QStringLiteral(":3: ")), qPrintable(skipped.err));
        QVERIFY2(skipped.errLines().at(0).endsWith(QLatin1String("(left empty; the text is kept in the notes)")),
            qPrintable(skipped.err));
    }

    void vCardLineWarningsRefuseNothing()
    {
        // A line the reader cannot read is left out of its card, which is imported: a warning, exit status 0.
        const QString file = write(QStringLiteral("contacts.vcf"),
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Samir;;;\r\nFN\r\nEMAIL:samir@pfizer.example\r\nEND:VCARD\r\n");
        const Result r = import(file);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.errLines(),
            QStringList {file
                + QStringLiteral(":4: warning: vCard line has no ':' between the property name and its value; the "
                                 "line is skipped")});
        QVERIFY2(r.out.contains(QLatin1String("Created 1, updated 0, unchanged 0, skipped 0.")), qPrintable(r.out));
        QCOMPARE(count("SELECT count(*) FROM contact_email WHERE address = 'samir@pfizer.example'"), 1);
        // --strict is all or nothing: a line left out refuses the file.
        const Result strictly = import(file, {QStringLiteral("--strict")});
        QCOMPARE(strictly.status, 1);
        QVERIFY2(strictly.err.contains(QLatin1String(": 1 line(s) could not be read; nothing was imported")),
            qPrintable(strictly.err));
        QCOMPARE(count("SELECT count(*) FROM contact_email WHERE address = 'samir@pfizer.example'"), 1);

        // Beside an error, --strict refuses the file for the error alone; by default only the error's card
        // is "(skipped)".
        const QString mixed = write(QStringLiteral("mixed.vcf"),
            "BEGIN:VCARD\r\nFN:Ada Lovelace\r\nbroken\r\nEND:VCARD\r\nBEGIN:VCARD\r\nTEL:1\r\nEND:VCARD\r\n");
        const Result refused = import(mixed, {QStringLiteral("--strict")});
        QCOMPARE(refused.status, 1);
        QCOMPARE(refused.errLines().size(), 3); // the warning, the error, the summary
        QVERIFY2(refused.errLines().at(0).startsWith(mixed + QStringLiteral(":3: warning: ")), qPrintable(refused.err));
        QVERIFY2(refused.errLines().at(2).endsWith(QLatin1String("1 row has a problem; nothing was imported")),
            qPrintable(refused.err));
        const Result skipped = import(mixed);
        QCOMPARE(skipped.status, 0);
        QCOMPARE(skipped.errLines().size(), 2);
        QVERIFY2(!skipped.errLines().at(0).endsWith(QLatin1String("(skipped)")), qPrintable(skipped.err));
        QVERIFY2(skipped.errLines().at(1).startsWith(mixed + QStringLiteral(":5: ")), qPrintable(skipped.err));
        QVERIFY2(skipped.errLines().at(1).endsWith(QLatin1String("(skipped)")), qPrintable(skipped.err));
        QCOMPARE(contacts(), 2);
    }

    void refusesADamagedVCardFile()
    {
        // No BEGIN:VCARD: a .vcf is still a vCard file, never read as CSV (whose rows would be property names).
        const QString file = write(QStringLiteral("damaged.vcf"),
            "VERSION:3.0\r\nFN:Jane Doe\r\nEMAIL\r\nEMAIL;TYPE=WORK:jane@x.example\r\nEND:VCARD\r\n");
        for (const QStringList& options : {QStringList {}, QStringList {QStringLiteral("--skip-invalid")}}) {
            const Result r = import(file, options);
            QCOMPARE(r.status, 1);
            QCOMPARE(r.errLines(),
                QStringList {QStringLiteral("rapport: ") + file
                    + QStringLiteral(": no BEGIN:VCARD found: this is not a vCard file, or it is damaged")});
        }
        QVERIFY(!QFile::exists(m_db));
    }

    void refusesBadFilesWithALine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where"); // what follows the file name
        QTest::newRow("empty") << QByteArray() << QStringLiteral(":1: ");
        QTest::newRow("header only") << kLinkedInHeader << QStringLiteral(":1: ");
        QTest::newRow("unknown columns") << QByteArray("a,b\n1,2\n") << QStringLiteral(":1: ");
        QTest::newRow("unterminated quote")
            << kLinkedInHeader + "Ada,Lovelace,u,,X,Y,15 Mar 2024\r\n" + "Bo,\"Ek,u2,,X,Y,15 Mar 2024\r\n"
            << QStringLiteral(":3: ");
        QTest::newRow("bad UTF-8 after a BOM") << QByteArray("\xEF\xBB\xBF") + kLinkedInHeader
                + "Ada,Lovelace,u,,X,Y,15 Mar 2024\r\nChlo\xE9,M,u2,,X,Y,15 Mar 2024\r\n"
                                               << QStringLiteral(":3: ");
    }

    void refusesBadFilesWithALine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        const QString file = write(QStringLiteral("bad.csv"), bytes);
        for (const QStringList& options : {QStringList {}, QStringList {QStringLiteral("--skip-invalid")}}) {
            const Result r = import(file, options);
            QCOMPARE(r.status, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith(file + where), qPrintable(r.err));
            QCOMPARE(r.errLines().size(), 1); // the problem is the whole message: no summary repeating it
        }
        QCOMPARE(contacts(), 0);
        QCOMPARE(batches(), 0);
    }

    void refusesWhatIsNotAContactsFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // the whole of stderr after "FILE: "
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator random(20260207u);
        for (char& b : noise)
            b = char(random.bounded(256));
        QTest::newRow("random bytes") << noise
                                      << QStringLiteral("not a contacts file: it looks like binary data (it holds NUL "
                                                        "bytes, which text does not have)");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\nName,Email\n")
                             << QStringLiteral("not a contacts file: it looks like binary data (a PNG image)");
        QTest::newRow("prose") << QByteArray("Dear Ana\nThank you, again, for Tuesday.\nBest, and thanks,\n")
                               << QStringLiteral("not a contacts file: it is text but not a table; its lines do not "
                                                 "have a consistent number of fields (separated by commas)");
        QTest::newRow("ZIP") << QByteArray("PK\x03\x04"
                                           "Connections.csv")
                             << QStringLiteral("is a ZIP archive; unzip it and import the CSV inside");
    }

    // Refused as a whole, before any column is guessed: exit 1, one error naming the file, no network left.
    void refusesWhatIsNotAContactsFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString file = write(QStringLiteral("offered.csv"), bytes);
        for (const QStringList& options :
            {QStringList {}, QStringList {QStringLiteral("--format"), QStringLiteral("csv")}}) {
            const Result r = import(file, options);
            QCOMPARE(r.status, 1);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.errLines(), QStringList {QStringLiteral("rapport: ") + file + QStringLiteral(": ") + message});
        }
        QVERIFY(!QFile::exists(m_db));
    }

    void refusesAMissingFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("nowhere.csv"));
        const Result r = import(file);
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("rapport: ") + file + QStringLiteral(": no such file"));

        // And "which file?" when none is named.
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(
            CommandLine::run({QStringLiteral("rapport"), QStringLiteral("--database"), m_db, QStringLiteral("import")},
                outStream, errStream),
            1);
        QVERIFY2(err.contains(QLatin1String("import")), qPrintable(err));
    }

    void dryRunWritesNothing()
    {
        const QString file = fixture("google_current.csv");
        const Result dry = import(file, {QStringLiteral("--dry-run")});
        QCOMPARE(dry.status, 0);
        QVERIFY2(dry.out.contains(QLatin1String("Created 3, updated 0, unchanged 0, skipped 0.")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("Dry run: nothing was written.")));
        QCOMPARE(contacts(), 0);
        QCOMPARE(batches(), 0);
        const Result real = import(file);
        QCOMPARE(real.out.section(u'\n', 1, 1), dry.out.section(u'\n', 1, 1));
        QCOMPARE(contacts(), 3);
    }

    void appliesOnDuplicate()
    {
        QCOMPARE(import(fixture("linkedin_connections.csv")).status, 0);
        const QString changed = write(QStringLiteral("changed.csv"),
            kLinkedInHeader
                + "Samir,Haddad,https://www.linkedin.com/in/samir-haddad,,Meridian Therapeutics,Director,15 Mar "
                  "2024\r\n");
        const Result skip = import(changed, {QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
        QCOMPARE(skip.status, 0);
        QVERIFY2(
            skip.out.contains(QLatin1String("Created 0, updated 0, unchanged 0, skipped 1.")), qPrintable(skip.out));
        QVERIFY2(skip.out.contains(QLatin1String("Left 1 contact(s) you already have alone (--on-duplicate skip).")),
            qPrintable(skip.out));
        QCOMPARE(count("SELECT count(*) FROM contact WHERE title = 'Director'"), 0);
        const Result update = import(changed, {QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        QVERIFY2(update.out.contains(QLatin1String("Created 0, updated 1,")), qPrintable(update.out));
        QCOMPARE(count("SELECT count(*) FROM contact WHERE title = 'Director'"), 1);
        const Result create = import(changed, {QStringLiteral("--on-duplicate"), QStringLiteral("create")});
        QVERIFY2(create.out.contains(QLatin1String("Created 1, updated 0,")), qPrintable(create.out));
        QCOMPARE(contacts(), 4);

        const Result bad = import(changed, {QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
        QCOMPARE(bad.status, 1);
        QVERIFY(bad.err.contains(QLatin1String("merge")));
        QCOMPARE(contacts(), 4);
    }

    void checksTheFormat()
    {
        const QString file = fixture("linkedin_connections.csv");
        const Result google = import(file, {QStringLiteral("--format"), QStringLiteral("google")});
        QCOMPARE(google.status, 1);
        QVERIFY2(google.err.startsWith(file + QStringLiteral(":4: ")), qPrintable(google.err));
        QVERIFY2(google.err.contains(QLatin1String("LinkedIn")), qPrintable(google.err));
        QCOMPARE(google.errLines().size(), 1);
        QCOMPARE(batches(), 0);

        QCOMPARE(import(file, {QStringLiteral("--format"), QStringLiteral("outlook")}).status, 1);
        const Result bogus = import(file, {QStringLiteral("--format"), QStringLiteral("excel")});
        QCOMPARE(bogus.status, 1);
        QVERIFY(bogus.err.contains(QLatin1String("excel")));
        QCOMPARE(batches(), 0);

        const Result linkedin = import(file, {QStringLiteral("--format"), QStringLiteral("LinkedIn")});
        QCOMPARE(linkedin.status, 0);
        const Result csv
            = import(fixture("windows1252_semicolon.csv"), {QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.status, 0);
        QVERIFY2(csv.out.contains(QLatin1String("Windows-1252")), qPrintable(csv.out));
        QCOMPARE(count("SELECT count(*) FROM contact WHERE first_name = ?", {QStringLiteral("Chloé")}), 1);
    }

    void reportsReferrals()
    {
        QCOMPARE(import(fixture("linkedin_connections.csv")).status, 0); // Amara Nwosu
        const Result r = import(fixture("outlook_desktop_utf16le.csv"));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("Outlook CSV, UTF-16 little-endian, 5 row")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Linked 2 referral(s)"))
                || r.out.contains(QLatin1String("Linked 2 referrals")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("John Smith")) && r.out.contains(QLatin1String("Nobody Known")),
            qPrintable(r.out));
        QCOMPARE(count("SELECT count(*) FROM referral"), 2);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
