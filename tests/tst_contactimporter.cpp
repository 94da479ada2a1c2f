// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BulkContactWriter.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "ImportHistory.h"
#include "NetworkRecords.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>
#include <QUuid>

using namespace Rapport;
using namespace Rapport::Test;

namespace {

const QByteArray kLinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

QString fixture(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/import/") + QString::fromUtf8(name);
}

int scalar(Database& db, const char* sql, const QVariantList& values = {})
{
    return SqlStatement::scalar(db.connection(), QString::fromUtf8(sql), values).toInt();
}

int contactCount(Database& db)
{
    return scalar(db, "SELECT count(*) FROM contact");
}

int batchCount(Database& db)
{
    return scalar(db, "SELECT count(*) FROM import_batch");
}

// Every trigger that keeps the search index in step (contacts, e-mails, tags, organisations, meetings).
int ftsTriggerCount(Database& db)
{
    return scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'");
}

// As many as the schema makes in a new network: an import that drops them must put every one back.
int schemaFtsTriggerCount()
{
    TempNetwork fresh;
    return ftsTriggerCount(fresh.database);
}

qint64 idOf(Database& db, const char* first, const char* last)
{
    const QVariantList names {QString::fromUtf8(first), QString::fromUtf8(last)};
    const QList<qint64> ids = [&] {
        QList<qint64> found;
        SqlStatement q(
            db.connection(), QStringLiteral("SELECT id FROM contact WHERE first_name = ? AND last_name = ?"));
        q.exec(names);
        while (q.next())
            found.append(q.value(0).toLongLong());
        return found;
    }();
    return ids.size() == 1 ? ids.first() : 0;
}

Contact contactNamed(Database& db, const char* first, const char* last)
{
    ContactStore store(db);
    return store.contact(idOf(db, first, last)).value_or(Contact());
}

// Every contact with everything stored about it, to compare a network before and after.
QStringList snapshot(Database& db)
{
    QStringList rows;
    SqlStatement q(db.connection(),
        QStringLiteral("SELECT c.id, c.uuid, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.linkedin_url, "
                       "c.location, c.stage, c.strength, ifnull(c.connected_on, ''), c.notes, c.updated_at, "
                       "(SELECT group_concat(label || '=' || address) FROM contact_email WHERE contact_id = c.id), "
                       "(SELECT group_concat(label || '=' || number) FROM contact_phone WHERE contact_id = c.id), "
                       "(SELECT group_concat(tag) FROM contact_tag WHERE contact_id = c.id), "
                       "(SELECT group_concat(ifnull(referrer_id, 0)) FROM referral WHERE referred_id = c.id) "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.id"));
    q.exec();
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < 17; ++i)
            values.append(q.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList names(const QStringList& list)
{
    QStringList sorted = list;
    sorted.sort();
    return sorted;
}

} // namespace

class TestContactImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A LinkedIn export with its usual preamble, BOM and CRLF line ends; rows without line ends.
    QString linkedIn(const QString& name, const QList<QByteArray>& rows)
    {
        QByteArray bytes = "\xEF\xBB\xBFNotes:\r\n\"When exporting your connection data, you may notice that some "
                           "of the email addresses are missing.\"\r\n\r\n"
            + kLinkedInHeader;
        for (const QByteArray& row : rows)
            bytes += row + "\r\n";
        return write(name, bytes);
    }

    static ImportReport run(
        Database& db, const QString& path, ImportOptions options = {}, const ContactImporter::Progress& progress = {})
    {
        return ContactImporter::run(db, path, options, progress);
    }

    static ImportOptions policy(DuplicatePolicy onDuplicate)
    {
        ImportOptions options;
        options.onDuplicate = onDuplicate;
        return options;
    }

    static QStringList lines(const QString& path, const ImportReport& report)
    {
        return ContactImporter::problemLines(path, report);
    }

    // A contact an earlier import made: its fields are the import's to change (field provenance).
    static qint64 addImported(TempNetwork& net, ContactStore& store, const Contact& contact)
    {
        const qint64 id = store.addContact(contact);
        SqlStatement::run(
            net.database.connection(), QStringLiteral("UPDATE contact SET created_by_import = 1 WHERE id = ?"), {id});
        return id;
    }

private slots:
    void importsEachExport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("created");
        QTest::addColumn<QString>("format");
        QTest::newRow("linkedin") << fixture("linkedin_connections.csv") << 3 << QStringLiteral("linkedin");
        QTest::newRow("linkedin, no preamble")
            << fixture("linkedin_no_preamble.csv") << 2 << QStringLiteral("linkedin");
        QTest::newRow("linkedin, long preamble")
            << fixture("linkedin_long_preamble.csv") << 2 << QStringLiteral("linkedin");
        QTest::newRow("linkedin, no URL") << fixture("linkedin_old_no_url.csv") << 2 << QStringLiteral("linkedin");
        QTest::newRow("google") << fixture("google_current.csv") << 3 << QStringLiteral("google");
        QTest::newRow("google legacy") << fixture("google_legacy.csv") << 2 << QStringLiteral("google");
        QTest::newRow("outlook.com") << fixture("outlook_web.csv") << 2 << QStringLiteral("outlook");
        QTest::newRow("outlook, utf-16 le") << fixture("outlook_desktop_utf16le.csv") << 5 << QStringLiteral("outlook");
        QTest::newRow("outlook, utf-16 be") << fixture("outlook_desktop_utf16be.csv") << 2 << QStringLiteral("outlook");
        QTest::newRow("excel, windows-1252") << fixture("windows1252_semicolon.csv") << 2 << QStringLiteral("csv");
    }

    void importsEachExport()
    {
        QFETCH(QString, file);
        QFETCH(int, created);
        QFETCH(QString, format);
        TempNetwork net;
        const ImportReport report = run(net.database, file);
        QVERIFY2(report.error.isEmpty(), qPrintable(lines(file, report).join(u'\n') + report.error));
        QVERIFY(report.written);
        QCOMPARE(report.rows, created);
        QCOMPARE(report.created, created);
        QCOMPARE(contactCount(net.database), created);
        QVERIFY(!report.formatName.isEmpty());
        QVERIFY(!report.encodingName.isEmpty());

        const QList<ImportBatchInfo> batches = ImportHistory::list(net.database);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().id, report.batchId);
        QCOMPARE(batches.first().format, format);
        QCOMPARE(batches.first().created, created);
        QVERIFY(batches.first().file.endsWith(QFileInfo(file).fileName()));
        QVERIFY(batches.first().importedAt.isValid());
        QVERIFY(!batches.first().undone);
        QCOMPARE(
            scalar(net.database, "SELECT count(*) FROM contact WHERE import_batch_id = ?", {report.batchId}), created);
    }

    void storesWhatTheFileSays()
    {
        TempNetwork net;
        QVERIFY(run(net.database, fixture("google_current.csv")).written);
        const Contact maya = contactNamed(net.database, "Maya", "Lindqvist");
        QCOMPARE(maya.organization, QStringLiteral("Beacon Science Journal"));
        QCOMPARE(maya.emails.size(), 3);
        QCOMPARE(maya.emails.first(), (LabeledValue {QStringLiteral("work"), QStringLiteral("maya@beacon.example")}));
        QCOMPARE(maya.tags, (QStringList {QStringLiteral("Mentors"), QStringLiteral("Science writing")}));
        // Columns without a field follow the file's notes, one "Column: value" line each.
        QCOMPARE(maya.notes,
            QStringLiteral("Met at ASBMB 2023.\nAsk about freelance pieces.\nAddress 1 - Label: Work\n"
                           "Address 1 - Formatted: Stockholm, Sweden\nAddress 1 - Country: Sweden"));
        QCOMPARE(maya.source, QStringLiteral("google"));
        QCOMPARE(maya.stage, Stage::ToContact);
        QVERIFY(!maya.uuid.isEmpty());
        ContactStore store(net.database);
        QCOMPARE(store.search(QStringLiteral("freelance")), QSet<qint64> {maya.id});
    }

    // ---- encodings and CSV details, end to end ----

    void readsTabsAndSemicolons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("tab") << QByteArray("First Name\tLast Name\tCompany\tEmail\nAda\tLovelace\tAnalytical, Ltd\t"
                                           "ada@example.com\n");
        QTest::newRow("semicolon") << QByteArray("First Name;Last Name;Company;Email\r\nAda;Lovelace;"
                                                 "\"Analytical, Ltd\";ada@example.com\r\n");
        QTest::newRow("utf-8 without BOM") << QByteArray("First Name,Last Name,Company,Email\nAda,Lovelace,"
                                                         "\"Analytical, Ltd\",ada@example.com");
    }

    void readsTabsAndSemicolons()
    {
        QFETCH(QByteArray, bytes);
        TempNetwork net;
        const ImportReport report = run(net.database, write(QStringLiteral("people.csv"), bytes));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 1);
        const Contact ada = contactNamed(net.database, "Ada", "Lovelace");
        QCOMPARE(ada.organization, QStringLiteral("Analytical, Ltd"));
        QCOMPARE(ada.emails.first().value, QStringLiteral("ada@example.com"));
    }

    void keepsEmojiRtlAndLongFieldsAcrossReadChunks_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("utf-8");
        QTest::newRow("utf-8 bom") << QStringLiteral("utf-8 bom");
        QTest::newRow("utf-16 le") << QStringLiteral("utf-16le");
        QTest::newRow("utf-16 be") << QStringLiteral("utf-16be");
    }

    void keepsEmojiRtlAndLongFieldsAcrossReadChunks()
    {
        // Files are read 64 KiB at a time: a 5,000-character quoted field with line ends, emoji
        // (a surrogate pair in UTF-16, four bytes in UTF-8) and right-to-left text is placed
        // across that boundary, and the rows after it must keep their line numbers.
        QFETCH(QString, encoding);
        const bool utf16 = encoding.startsWith(QLatin1String("utf-16"));
        QString text = QString::fromLatin1(kLinkedInHeader);
        int line = 2;
        const int bytesPerChar = utf16 ? 2 : 1;
        while (text.size() * bytesPerChar < 62000) {
            text += QStringLiteral("Filler,Person%1,https://www.linkedin.com/in/filler-%1,,Acme,Tester,15 Mar 2024\r\n")
                        .arg(line);
            ++line;
        }
        QString longTitle = QStringLiteral("שלום عالم 😀 ");
        while (longTitle.size() < 4990)
            longTitle += QStringLiteral("Zoë 😀\r\nمرحبا ");
        longTitle = longTitle.left(4996) + QStringLiteral("\"end");
        QVERIFY(!longTitle.at(longTitle.size() - 5).isHighSurrogate());
        QCOMPARE(longTitle.size(), 5000);
        QString escaped = longTitle;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        const int longLine = line;
        text += QStringLiteral("Zoë,Nguyễn,https://www.linkedin.com/in/zoe,,Beacon,\"%1\",2 Jan 2023\r\n").arg(escaped);
        const int afterLine = longLine + int(longTitle.count(QLatin1Char('\n'))) + 1;
        text += QStringLiteral("Last,Row,https://www.linkedin.com/in/last,,Acme,\"Ends, here\",1 Feb 2020");
        QByteArray bytes;
        if (encoding == QLatin1String("utf-8")) {
            bytes = text.toUtf8();
        } else if (encoding == QLatin1String("utf-8 bom")) {
            bytes = "\xEF\xBB\xBF" + text.toUtf8();
        } else {
            QStringEncoder encoder(
                encoding == QLatin1String("utf-16le") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                QStringConverter::Flag::WriteBom);
            bytes = encoder.encode(text);
        }
        QVERIFY(bytes.size() > 65536 + 2000);

        ImportSource source;
        ImportProblem problem;
        QVERIFY2(source.open(write(QStringLiteral("big.csv"), bytes), ImportFormat::Auto, &problem),
            qPrintable(problem.message));
        QList<ImportRecord> records;
        QList<ImportProblem> problems;
        QVERIFY(source.forEach(
            [&](ImportRecord&& r) {
                records.append(std::move(r));
                return true;
            },
            [&](const ImportProblem& p) { problems.append(p); }));
        QVERIFY(problems.isEmpty());
        QCOMPARE(records.size(), longLine - 2 + 2);
        const ImportRecord& zoe = records.at(records.size() - 2);
        QCOMPARE(zoe.line, longLine);
        QCOMPARE(zoe.contact.title, longTitle.trimmed());
        QCOMPARE(records.last().line, afterLine);
        QCOMPARE(records.last().contact.title, QStringLiteral("Ends, here"));
    }

    void readsAFileWithOrWithoutAFinalLineEnd()
    {
        TempNetwork net;
        QByteArray bytes = kLinkedInHeader + "Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2024";
        QCOMPARE(run(net.database, write(QStringLiteral("a.csv"), bytes)).created, 1);
        bytes = kLinkedInHeader + "Bo,Ek,https://www.linkedin.com/in/bo,,X,Y,15 Mar 2024\r\n\r\n,,,,,,\r\n  \r\n";
        const ImportReport report = run(net.database, write(QStringLiteral("b.csv"), bytes));
        QVERIFY2(report.written, qPrintable(lines(QStringLiteral("b.csv"), report).join(u'\n')));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.rows, 1); // blank lines and rows of empty cells are not rows
    }

    // ---- problems: FILE:LINE, every one, nothing written ----

    void reportsStructuralProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("empty");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << 1 << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\r\n  \r\n\r\n") << 1 << QStringLiteral("empty");
        QTest::newRow("header without rows") << QByteArray("\xEF\xBB\xBFNotes:\r\n\"x\"\r\n\r\n") + kLinkedInHeader
                + "\r\n\r\n" << 4 << QStringLiteral("no contacts");
        QTest::newRow("unknown format") << QByteArray("foo,bar,baz\n1,2,3\n") << 1 << QStringLiteral("header");
        QTest::newRow("unterminated quote in the first row")
            << kLinkedInHeader + "Ada,\"Lovelace,u,,X,Y,15 Mar 2024\r\nBo,Ek,u2,,X,Y,15 Mar 2024\r\n"
            << 2 << QStringLiteral("never closed");
        QTest::newRow("unterminated quote in the preamble")
            << QByteArray("Notes:\r\n\"never closed\r\n") + kLinkedInHeader + "Ada,Lovelace,u,,X,Y,15 Mar 2024\r\n"
            << 2 << QStringLiteral("never closed");
        QTest::newRow("bad UTF-8 after a BOM, first row")
            << QByteArray("\xEF\xBB\xBF") + kLinkedInHeader + "Chlo\xE9,Martin,u,,X,Y,15 Mar 2024\r\n"
            << 2 << QStringLiteral("UTF-8");
        QTest::newRow("bad UTF-8 after a BOM, in the header")
            << QByteArray("\xEF\xBB\xBF") + "First Name,Last Name,Comp\xE9ny\r\nAda,L,X\r\n"
            << 1 << QStringLiteral("UTF-8");
    }

    void reportsStructuralProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, words);
        TempNetwork net;
        const QString path = write(QStringLiteral("bad.csv"), bytes);
        const ImportReport report = run(net.database, path, {});
        QVERIFY(!report.written);
        QVERIFY(!report.error.isEmpty());
        const QStringList problemLines = lines(QStringLiteral("bad.csv"), report);
        QCOMPARE(problemLines.size(), 1);
        QVERIFY2(problemLines.first().startsWith(QStringLiteral("bad.csv:%1: ").arg(line)),
            qPrintable(problemLines.first()));
        QVERIFY2(problemLines.first().contains(words, Qt::CaseInsensitive), qPrintable(problemLines.first()));
        QCOMPARE(contactCount(net.database), 0);
        QCOMPARE(batchCount(net.database), 0);

        ImportOptions skip;
        skip.skipInvalid = true; // a structural problem is never skipped
        QVERIFY(!run(net.database, path, skip).written);
        QCOMPARE(contactCount(net.database), 0);
        QCOMPARE(batchCount(net.database), 0);
    }

    void keepsAMegabyteNoteAndStopsAtAValueThatNeverEnds()
    {
        TempNetwork net;
        const QByteArray note(1'000'000, 'n'); // a long note is fine
        QVERIFY(run(net.database,
            write(QStringLiteral("long.csv"), "First Name,Last Name,Notes\nAda,Lovelace,\"" + note + "\"\n"))
                    .written);
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT length(notes) FROM contact"))
                     .toInt(),
            note.size());
        // A 10 MB value, or a quote left open before 10 MB of text, stops the reader at its line
        // without holding the rest in memory, and nothing is written.
        for (const QByteArray& row : {QByteArray("Bo,Lind,\"") + QByteArray(10'000'000, 'x') + "\"\n",
                 QByteArray("Bo,Lind,\"open\n") + QByteArray(10'000'000, 'x')}) {
            TempNetwork other;
            const QString path
                = write(QStringLiteral("huge.csv"), "First Name,Last Name,Notes\nAda,Lovelace,ok\n" + row);
            const ImportReport report = run(other.database, path);
            QVERIFY(!report.written);
            const QString expected = QStringLiteral(
                ":3: a value starting here is longer than 2,000,000 characters: is a closing quote missing?");
            QCOMPARE(lines(path, report), QStringList {path + expected});
            QCOMPARE(SqlStatement::scalar(other.database.connection(), QStringLiteral("SELECT count(*) FROM contact"))
                         .toInt(),
                0);
        }
    }

    void refusesAFileTooLargeToHoldAtOnce()
    {
        // A 1 GB file (sparse: nothing is written to disk) is refused before it is read.
        const QString path = m_files.filePath(QStringLiteral("gigabyte.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("First Name,Last Name\n");
            QVERIFY(file.resize(1024LL * 1024 * 1024));
        }
        TempNetwork net;
        const ImportReport report = run(net.database, path);
        QVERIFY(!report.written);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().message.contains(QLatin1String("1.0 GB"))
                && report.problems.first().message.contains(QLatin1String("split it into smaller files")),
            qPrintable(report.problems.first().message));
        QFile::remove(path);
    }

    void reportsAMissingFileWithoutALine()
    {
        TempNetwork net;
        const ImportReport report = run(net.database, m_files.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!report.written);
        QCOMPARE(
            lines(QStringLiteral("missing.csv"), report), QStringList {QStringLiteral("missing.csv: no such file")});
    }

    void reportsBadBytesOnTheirLineFarIntoTheFile()
    {
        QByteArray bytes = "\xEF\xBB\xBF" + kLinkedInHeader;
        for (int i = 2; i < 3000; ++i) {
            bytes += QStringLiteral("Zoë,Person %1,https://www.linkedin.com/in/p%1,,Acme,\"Note\r\nover lines\",15 Mar "
                                    "2024\r\n")
                         .arg(i)
                         .toUtf8();
            if (i == 1500)
                bytes += "Bad,Byte \xFF,u,,X,Y,15 Mar 2024\r\n";
        }
        QVERIFY(bytes.indexOf("\xFF") > 65536);
        TempNetwork net;
        ImportOptions options;
        options.skipInvalid = true;
        const ImportReport report = run(net.database, write(QStringLiteral("bytes.csv"), bytes), options);
        QVERIFY(!report.written);
        const QStringList problemLines = lines(QStringLiteral("bytes.csv"), report);
        QCOMPARE(problemLines.size(), 1);
        // Rows from line 2 take two lines each: row i starts on line 2 * i - 2.
        QVERIFY2(problemLines.first().startsWith(QStringLiteral("bytes.csv:%1: ").arg(2 * 1500 - 2 + 2)),
            qPrintable(problemLines.first()));
        QCOMPARE(contactCount(net.database), 0);
    }

    void reportsAnUnterminatedQuoteAfterRowProblems()
    {
        const QString path = linkedIn(QStringLiteral("quote.csv"),
            {"Ada,Lovelace,u1,,X,Y,15 Mar 2024", ",,,,,Title only,", "Cy,\"Open,u3,,X,Y,15 Mar 2024",
                "Di,Ok,u4,,X,Y,1 Jan 2020"});
        TempNetwork net;
        const ImportReport report = run(net.database, path);
        QVERIFY(!report.written);
        const QStringList problemLines = lines(QStringLiteral("quote.csv"), report);
        QCOMPARE(problemLines.size(), 2);
        QVERIFY2(problemLines.at(0).startsWith(QLatin1String("quote.csv:6: ")), qPrintable(problemLines.at(0)));
        QVERIFY2(problemLines.at(1).startsWith(QLatin1String("quote.csv:7: ")), qPrintable(problemLines.at(1)));
        QCOMPARE(contactCount(net.database), 0);
    }

    void skipsRowsKeepsUnreadableValuesAndStrictRefusesBoth()
    {
        const QString path = linkedIn(QStringLiteral("rows.csv"),
            {
                "Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2024", // line 5
                "Bo,Ek,https://www.linkedin.com/in/bo,,X,15 Mar 2024", // 6: a field short, read as empty
                "Cy,Young,https://www.linkedin.com/in/cy,,X,Y,15 Mär 2024", // 7: not an English month
                "Di,\"Multi\r\nLine\",https://www.linkedin.com/in/di,,X,Y,1 Jan 2020", // 8-9
                "Ed,Extra,https://www.linkedin.com/in/ed,,X,Y,1 Jan 2020,surplus", // 10: a value too many
                ",,,,,Title only,", // 11: nobody
                "Fay,Ok,https://www.linkedin.com/in/fay,,X,Y,31 Feb 2021", // 12: no such day
            });
        TempNetwork net;
        ImportOptions strict;
        strict.strict = true;
        const ImportReport refused = run(net.database, path, strict);
        QVERIFY(!refused.written);
        QVERIFY(!refused.error.isEmpty());
        const QStringList problemLines = lines(QStringLiteral("rows.csv"), refused);
        QCOMPARE(problemLines.size(), 4);
        const int expected[] = {7, 10, 11, 12};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(problemLines.at(i).startsWith(QStringLiteral("rows.csv:%1: ").arg(expected[i])),
                qPrintable(problemLines.at(i)));
        QVERIFY(problemLines.at(0).contains(QStringLiteral("15 Mär 2024")));
        QCOMPARE(contactCount(net.database), 0);
        QCOMPARE(batchCount(net.database), 0);

        // The default: the row that names nobody is skipped, unreadable values are kept in the notes.
        const ImportReport report = run(net.database, path);
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 6);
        QCOMPARE(report.invalid, 1);
        QCOMPARE(report.hiddenMembers, 0);
        QCOMPARE(report.unreadable, 2); // the date of line 7 and the day of line 12; line 10 only had more values
        QCOMPARE(report.rows, 7);
        QCOMPARE(lines(QStringLiteral("rows.csv"), report), problemLines);
        QCOMPARE(contactNamed(net.database, "Cy", "Young").notes, QStringLiteral("Connected On: 15 Mär 2024"));
        QCOMPARE(contactNamed(net.database, "Ed", "Extra").notes, QStringLiteral("(after the last column): surplus"));
        QVERIFY(!contactNamed(net.database, "Fay", "Ok").connectedOn.isValid());
        QCOMPARE(contactNamed(net.database, "Bo", "Ek").title, QStringLiteral("15 Mar 2024"));
        QCOMPARE(batchCount(net.database), 1); // one batch, undone as one
        QCOMPARE(ImportHistory::list(net.database).first().skipped, 1);

        // A re-import adds no note line twice.
        QVERIFY(run(net.database, path).written);
        QCOMPARE(contactNamed(net.database, "Cy", "Young").notes, QStringLiteral("Connected On: 15 Mär 2024"));
        QCOMPARE(contactNamed(net.database, "Ed", "Extra").notes, QStringLiteral("(after the last column): surplus"));
    }

    // Without a name, the phone (or, with nothing else, the organisation) says who it is: a
    // re-import matches the same entry instead of adding it again.
    void namelessRowsMatchByPhoneOrOrganisation()
    {
        const QString phones = write(QStringLiteral("phone-only.csv"),
            "First Name,Last Name,Labels,Phone 1 - Label,Phone 1 - Value\r\n,,* myContacts,Mobile,+44 7700 "
            "900123\r\n");
        const QString companies
            = write(QStringLiteral("org-only.csv"), "First Name,Last Name,Company\r\n,,Orbit Bakery\r\n");
        TempNetwork net;
        QCOMPARE(run(net.database, phones).created, 1);
        QCOMPARE(run(net.database, companies).created, 1);
        const ImportReport again = run(net.database, phones);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(run(net.database, companies).created, 0);
        QCOMPARE(contactCount(net.database), 2);
        // A named person with that phone is not that entry.
        const QString named = write(QStringLiteral("named.csv"),
            "First Name,Last Name,Labels,Phone 1 - Label,Phone 1 - Value\r\nIda,Berg,,Mobile,+44 7700 900123\r\n");
        QCOMPARE(run(net.database, named).created, 1);
    }

    // The same name where one side has no organisation is the same person unless something else
    // differs; another organisation makes a possible duplicate, added apart and flagged.
    void theSameNameMatchesAcrossAnEmptyOrganisationAndFlagsAnotherOne()
    {
        TempNetwork net;
        const QString linkedin = write(QStringLiteral("old-linkedin.csv"),
            "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
            "Priya,Raman,,Genentech,Scientist,1/8/18\r\nGrace,Okafor,,Novartis,Chemist,2/9/19\r\n");
        QCOMPARE(run(net.database, linkedin).created, 2);
        const QString google = write(QStringLiteral("google.csv"),
            "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value\r\n"
            "Priya,Raman,,Home,priya.r@gmail.com\r\nGrace,Okafor,Sandoz,Work,grace@sandoz.example\r\n");
        const ImportReport report = run(net.database, google);
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.updated, 1); // Priya: her e-mail is added
        QCOMPARE(report.created, 1); // the Grace at Sandoz is someone else until the user says otherwise
        QCOMPARE(report.possibleDuplicates.size(), 1);
        QVERIFY2(report.possibleDuplicates.first().contains(QStringLiteral("Grace Okafor")),
            qPrintable(report.possibleDuplicates.first()));
        QCOMPARE(contactCount(net.database), 3);
        const Contact priya = contactNamed(net.database, "Priya", "Raman");
        QCOMPARE(priya.organization, QStringLiteral("Genentech"));
        QCOMPARE(priya.emails.size(), 1);
    }

    // Two people the row could be is no match: it is added and flagged, never merged on a guess. A
    // nameless row's phone on an entry of another organisation is someone else's number.
    void anAmbiguousNameOrASharedNumberIsNoMatch()
    {
        TempNetwork net;
        QCOMPARE(run(net.database,
                     write(QStringLiteral("two-johns.csv"),
                         "First Name,Last Name,Company,Phone\r\nJohn,Smith,Acme,\r\nJohn,Smith,Globex,\r\n"
                         ",,Globex,+1 555 0100\r\n"))
                     .created,
            3);
        const ImportReport report = run(net.database,
            write(QStringLiteral("john.csv"),
                "First Name,Last Name,Company,Phone\r\nJohn,Smith,,\r\n,,Acme,+1 555 0100\r\n"));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated + report.unchanged, 0);
        QCOMPARE(report.possibleDuplicates.size(), 2);
        QCOMPARE(contactCount(net.database), 5);
    }

    // A name that is the address itself gives way to the real name from another row; a real name
    // is never replaced by one made from the address.
    void anAddressAsNameGivesWayToTheRealName()
    {
        const QByteArray header = "Name,Given Name,Family Name,Notes,E-mail 1 - Type,E-mail 1 - Value\r\n";
        const QString first = write(QStringLiteral("address-first.csv"),
            (header
                + "dana.lee@gmail.com,,,,* Other,dana.lee@gmail.com\r\n"
                  "Dana Lee,Dana,Lee,Friend of Priya,* Home,dana.lee@gmail.com\r\n"));
        TempNetwork net;
        const ImportReport report = run(net.database, first);
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(contactCount(net.database), 1);
        const Contact dana = contactNamed(net.database, "Dana", "Lee");
        QCOMPARE(dana.notes, QStringLiteral("Friend of Priya"));

        const QString last = write(QStringLiteral("address-last.csv"),
            (header
                + "Dana Lee,Dana,Lee,,* Home,dana.lee@gmail.com\r\n"
                  "dana.lee@gmail.com,,,,* Other,dana.lee@gmail.com\r\n"));
        TempNetwork other;
        QVERIFY(run(other.database, last).written);
        QCOMPARE(contactNamed(other.database, "Dana", "Lee").emails.size(), 1);
    }

    // The wizard's check of every row stands for the import's first pass: the same report, and
    // the file is not read once more before it is written.
    void aCheckAlreadyMadeIsTheFirstPass()
    {
        const QString path = linkedIn(QStringLiteral("checked.csv"),
            {
                "Ada,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2024",
                "Cy,Young,https://www.linkedin.com/in/cy,,X,Y,15 Mär 2024", // unreadable date
                ",,,,,,18 Sep 2016", // a hidden member
                "Ed,Extra,https://www.linkedin.com/in/ed,,X,Y,1 Jan 2020,surplus",
            });
        ImportSource source;
        ImportProblem problem;
        QVERIFY(source.open(path, ImportFormat::Auto, &problem));
        const ImportCheck check = ContactImporter::check(source);
        QCOMPARE(check.records, 3);
        QVERIFY(check.readable);

        TempNetwork plain, checked;
        const ImportReport once = ContactImporter::run(plain.database, source, {});
        ImportOptions withCheck;
        withCheck.checked = std::make_shared<const ImportCheck>(check);
        const ImportReport twice = ContactImporter::run(checked.database, source, withCheck);
        QVERIFY2(twice.written, qPrintable(twice.error));
        QCOMPARE(twice.rows, once.rows);
        QCOMPARE(twice.created, once.created);
        QCOMPARE(twice.invalid, once.invalid);
        QCOMPARE(twice.hiddenMembers, 1);
        QCOMPARE(twice.unreadable, once.unreadable);
        QCOMPARE(twice.notedColumns, once.notedColumns);
        QCOMPARE(lines(QStringLiteral("checked.csv"), twice), lines(QStringLiteral("checked.csv"), once));

        // A check that does not match the file (it changed since) refuses everything, as the
        // first pass would have: so the check is what the import went by.
        ImportCheck stale = check;
        ++stale.records;
        ImportOptions withStale;
        withStale.checked = std::make_shared<const ImportCheck>(stale);
        TempNetwork other;
        const ImportReport refused = ContactImporter::run(other.database, source, withStale);
        QVERIFY(!refused.written);
        QVERIFY2(refused.error.contains(QStringLiteral("changed")), qPrintable(refused.error));
        QCOMPARE(contactCount(other.database), 0);
    }

    void importsLinkedInWithHiddenMembers()
    {
        TempNetwork net;
        const ImportReport report = run(net.database, fixture("linkedin_hidden_members.csv"));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.hiddenMembers, 2);
        QCOMPARE(report.invalid, 3);
        const QStringList problemLines = lines(QStringLiteral("c.csv"), report);
        QCOMPARE(problemLines.size(), 3);
        QVERIFY2(problemLines.at(0).startsWith(QLatin1String("c.csv:6: ")), qPrintable(problemLines.at(0)));
        QCOMPARE(ImportHistory::list(net.database).first().skipped, 3);
        ImportOptions strict;
        strict.strict = true;
        TempNetwork other;
        QVERIFY(!run(other.database, fixture("linkedin_hidden_members.csv"), strict).written);
        QCOMPARE(contactCount(other.database), 0);
    }

    void refusesAFileWhoseRowsAreAllBad()
    {
        const QString path = linkedIn(QStringLiteral("allbad.csv"), {",,,,,Title only,", ",,,,,,18 Sep 2016"});
        TempNetwork net;
        const ImportReport report = run(net.database, path);
        QVERIFY(!report.written);
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(batchCount(net.database), 0);
    }

    void refusesTheWrongFormat()
    {
        TempNetwork net;
        ImportOptions google;
        google.format = ImportFormat::Google;
        const ImportReport report = run(net.database, fixture("linkedin_connections.csv"), google);
        QVERIFY(!report.written);
        const QStringList problemLines = lines(QStringLiteral("c.csv"), report);
        QCOMPARE(problemLines.size(), 1);
        QVERIFY2(problemLines.first().startsWith(QLatin1String("c.csv:4: ")), qPrintable(problemLines.first()));
        QVERIFY(problemLines.first().contains(QLatin1String("LinkedIn")));

        ImportOptions linkedin;
        linkedin.format = ImportFormat::LinkedIn;
        QVERIFY(!run(net.database, fixture("windows1252_semicolon.csv"), linkedin).written);
        QVERIFY(run(net.database, fixture("linkedin_connections.csv"), linkedin).written);
        ImportOptions outlook;
        outlook.format = ImportFormat::Outlook;
        QVERIFY(run(net.database, fixture("outlook_web.csv"), outlook).written);
        QCOMPARE(batchCount(net.database), 2);
    }

    void readsHeadersNamedInFrenchSpanishOrGerman_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("fr") << QStringLiteral("Prénom;Nom;Courriel;Entreprise;Poste;Cellulaire");
        QTest::newRow("es") << QStringLiteral("Nombre;Apellidos;Correo electrónico;Empresa;Cargo;Móvil");
        QTest::newRow("de") << QStringLiteral("Vorname;Nachname;E-Mail-Adresse;Firma;Berufsbezeichnung;Handy");
    }

    void readsHeadersNamedInFrenchSpanishOrGerman()
    {
        // A spreadsheet made by hand, saved by Excel as Windows-1252 with semicolons.
        QFETCH(QString, header);
        const QString text = header
            + QStringLiteral("\r\nAmélie;Tremblay;amelie@example.ca;Université Laval;Chercheuse;418 555 0100\r\n");
        QStringEncoder latin1(QStringConverter::Latin1);
        TempNetwork net;
        const ImportReport report = run(net.database, write(QStringLiteral("maison.csv"), latin1.encode(text)));
        QVERIFY2(report.written, qPrintable(report.error));
        ContactStore store(net.database);
        const Contact amelie = *store.contact(store.summaries().first().id);
        QCOMPARE(amelie.firstName, QStringLiteral("Amélie"));
        QCOMPARE(amelie.lastName, QStringLiteral("Tremblay"));
        QCOMPARE(amelie.organization, QStringLiteral("Université Laval"));
        QCOMPARE(amelie.title, QStringLiteral("Chercheuse"));
        QCOMPARE(amelie.emails.first().value, QStringLiteral("amelie@example.ca"));
        QCOMPARE(amelie.phones.first().label, QStringLiteral("mobile"));
    }

    void mapsAnyHeaderWithFormatCsv()
    {
        // With --format csv, a LinkedIn preamble is skipped like in auto mode, and a header of
        // unknown columns is named as the problem.
        TempNetwork net;
        ImportOptions csv;
        csv.format = ImportFormat::Csv;
        QVERIFY(run(net.database, fixture("linkedin_connections.csv"), csv).written);
        const ImportReport unknown = run(net.database, write(QStringLiteral("u.csv"), "Who,What\nAda,Math\n"), csv);
        QVERIFY(!unknown.written);
        QCOMPARE(unknown.problems.size(), 1);
        QCOMPARE(unknown.problems.first().line, 1);
        QVERIFY(unknown.problems.first().message.contains(QLatin1String("column")));
    }

    // ---- duplicates ----

    void reimportingTheSameFileChangesNothing()
    {
        TempNetwork net;
        QCOMPARE(run(net.database, fixture("linkedin_connections.csv")).created, 3);
        const QStringList before = snapshot(net.database);
        const ImportReport again = run(net.database, fixture("linkedin_connections.csv"));
        QVERIFY(again.written);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(snapshot(net.database), before);

        // A later export has two more people, and the same three written a little differently.
        const QString later = linkedIn(QStringLiteral("later.csv"),
            {"Samir,Haddad,http://linkedin.com/in/samir-haddad/,,Meridian Therapeutics,\"Associate Director, "
             "Translational Biology\",15 Mar 2024",
                "Zoë,Nguyễn,https://www.linkedin.com/in/zoe-nguyen,ZOE@example.org,Beacon Science Journal,Science "
                "Writer,02 Jan 2023",
                "Amara,Nwosu,https://www.linkedin.com/in/amara-nwosu,,,Host,28 Feb 2025",
                "Kenji,Watanabe,https://www.linkedin.com/in/kenji-w,,Takeda,Scientist,01 Apr 2025",
                "Fatima,Zahra,https://www.linkedin.com/in/fatima-zahra,,Novartis,Analyst,03 Apr 2025"});
        const ImportReport report = run(net.database, later);
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, 3);
        QCOMPARE(contactCount(net.database), 5);
        const QStringList after = snapshot(net.database);
        QCOMPARE(after.mid(0, 3), before);
    }

    void matchesUrlThenEmailThenNameAndOrganisation()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact byUrl = sampleContact(QStringLiteral("Sam"), QStringLiteral("Haddad"), QStringLiteral("Old Co"));
        byUrl.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/samir-haddad");
        const qint64 urlId = addImported(net, store, byUrl);
        Contact byEmail = sampleContact(QStringLiteral("Zoe"), QStringLiteral("N."));
        byEmail.emails = {{QStringLiteral("work"), QStringLiteral("Zoe@Example.org")}};
        const qint64 emailId = addImported(net, store, byEmail);
        const qint64 nameId = addImported(
            net, store, sampleContact(QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("OCL")));
        Contact otherProfile = sampleContact(QStringLiteral("Li"), QStringLiteral("Wei"), QStringLiteral("Acme"));
        otherProfile.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/li-wei-1");
        const qint64 otherId = addImported(net, store, otherProfile);
        const qint64 orgId = addImported(
            net, store, sampleContact(QStringLiteral("Jo"), QStringLiteral("Park"), QStringLiteral("Acme")));

        const QString path = linkedIn(QStringLiteral("match.csv"),
            {
                // Same profile (other spelling of the URL), new name and company: the URL wins.
                "Samir,Haddad,HTTP://linkedin.com/in/Samir-Haddad/?trk=x,,Meridian,Director,15 Mar 2024",
                // No URL known; same e-mail in another case.
                "Zoë,Nguyễn,https://www.linkedin.com/in/zoe-nguyen,zoe@EXAMPLE.org,Beacon,Writer,02 Jan 2023",
                // Same name at the same organisation (in another case).
                "priya,RAMAN,https://www.linkedin.com/in/priya,,ocl,Data Scientist,7 Nov 2022",
                // Same name and organisation but another profile: another person.
                "Li,Wei,https://www.linkedin.com/in/li-wei-2,,Acme,Engineer,7 Nov 2022",
                // Same name at another organisation: another person.
                "Jo,Park,https://www.linkedin.com/in/jo-park,,Globex,Engineer,7 Nov 2022",
            });
        const ImportReport report = run(net.database, path);
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.updated, 3);
        QCOMPARE(report.created, 2);
        QCOMPARE(contactCount(net.database), 7);

        const Contact samir = store.contact(urlId).value();
        QCOMPARE(samir.firstName, QStringLiteral("Samir"));
        QCOMPARE(samir.organization, QStringLiteral("Meridian"));
        QCOMPARE(samir.title, QStringLiteral("Director"));
        QCOMPARE(samir.connectedOn, QDate(2024, 3, 15));
        const Contact zoe = store.contact(emailId).value();
        QCOMPARE(zoe.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/zoe-nguyen"));
        QCOMPARE(zoe.emails.size(), 1); // the same address, not added again
        const Contact priya = store.contact(nameId).value();
        QCOMPARE(priya.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/priya"));
        QCOMPARE(priya.title, QStringLiteral("Data Scientist"));
        // A difference in case only is not a change: the user's spelling stays, here and for
        // everyone at the organisation.
        QCOMPARE(priya.firstName, QStringLiteral("Priya"));
        QCOMPARE(priya.organization, QStringLiteral("OCL"));
        QCOMPARE(store.contact(otherId)->linkedinUrl, QStringLiteral("https://www.linkedin.com/in/li-wei-1"));
        QCOMPARE(store.contact(orgId)->organization, QStringLiteral("Acme"));
    }

    void appliesTheDuplicatePolicy()
    {
        TempNetwork net;
        QVERIFY(run(net.database, fixture("linkedin_connections.csv")).written);
        const QString changed = linkedIn(QStringLiteral("changed.csv"),
            {"Samir,Haddad,https://www.linkedin.com/in/samir-haddad,samir@example.com,Meridian "
             "Therapeutics,Director,15 "
             "Mar 2024"});
        const QStringList before = snapshot(net.database);

        const ImportReport skip = run(net.database, changed, policy(DuplicatePolicy::Skip));
        QCOMPARE(skip.skipped, 1);
        QCOMPARE(skip.created + skip.updated, 0);
        QCOMPARE(snapshot(net.database), before);
        QCOMPARE(ImportHistory::list(net.database).first().skipped, 1);

        const ImportReport update = run(net.database, changed, policy(DuplicatePolicy::Update));
        QCOMPARE(update.updated, 1);
        const Contact samir = contactNamed(net.database, "Samir", "Haddad");
        QCOMPARE(samir.title, QStringLiteral("Director"));
        QCOMPARE(samir.emails.first().value, QStringLiteral("samir@example.com"));
        QCOMPARE(ImportHistory::list(net.database).first().updated, 1);

        const ImportReport create = run(net.database, changed, policy(DuplicatePolicy::Create));
        QCOMPARE(create.created, 1);
        QCOMPARE(contactCount(net.database), 4);
        QCOMPARE(idOf(net.database, "Samir", "Haddad"), 0); // two of them now
    }

    // What the user typed wins over any re-import; what an import set, a later import may change.
    void reimportNeverOverwritesWhatTheUserTyped()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const QByteArray url = "https://www.linkedin.com/in/samir-haddad";
        const ImportReport first = run(net.database,
            linkedIn(QStringLiteral("first.csv"), {"Samir,Haddad," + url + ",,Meridian,Scientist,15 Mar 2024"}));
        QCOMPARE(first.created, 1);
        const qint64 id = *store.search(QStringLiteral("samir")).cbegin();
        // The user writes the organisation out in full.
        Contact typed = store.contact(id).value();
        typed.organization = QStringLiteral("Meridian Therapeutics Inc.");
        QVERIFY(store.updateContact(typed));

        // A later export: LinkedIn's short organisation, and a new title.
        const ImportReport second = run(net.database,
            linkedIn(QStringLiteral("second.csv"), {"Samir,Haddad," + url + ",,Meridian,Director,15 Mar 2024"}));
        QVERIFY2(second.written, qPrintable(second.error));
        QCOMPARE(second.updated, 1);
        Contact after = store.contact(id).value();
        QCOMPARE(after.organization, QStringLiteral("Meridian Therapeutics Inc.")); // typed: kept
        QCOMPARE(after.title, QStringLiteral("Director")); // the first import's: updated
        QCOMPARE(second.keptTyped.size(), 1);
        QVERIFY2(second.keptTyped.first().contains(QStringLiteral("Samir Haddad"))
                && second.keptTyped.first().contains(QStringLiteral("\"Meridian Therapeutics Inc.\""))
                && second.keptTyped.first().contains(QStringLiteral("\"Meridian\"")),
            qPrintable(second.keptTyped.first()));

        // The user retypes the title the import set; the next import keeps it too.
        typed = store.contact(id).value();
        typed.title = QStringLiteral("Head of Discovery");
        QVERIFY(store.updateContact(typed));
        const ImportReport third = run(
            net.database, linkedIn(QStringLiteral("third.csv"), {"Samir,Haddad," + url + ",,Meridian,VP,15 Mar 2024"}));
        QVERIFY2(third.written, qPrintable(third.error));
        QCOMPARE(third.updated, 0);
        QCOMPARE(third.unchanged, 1);
        QCOMPARE(third.keptTyped.size(), 2);
        after = store.contact(id).value();
        QCOMPARE(after.title, QStringLiteral("Head of Discovery"));
        QCOMPARE(after.organization, QStringLiteral("Meridian Therapeutics Inc."));
    }

    // A contact the user made is filled in where it is empty, never overwritten.
    void aTypedContactIsFilledInNeverOverwritten()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact samir = sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Old Pharma"));
        samir.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/samir-haddad");
        const qint64 id = store.addContact(samir);
        const ImportReport report = run(net.database,
            linkedIn(QStringLiteral("fill.csv"),
                {"Samir,Haddad,https://www.linkedin.com/in/samir-haddad,samir@meridian.example,Meridian,Director,15 "
                 "Mar 2024"}));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.updated, 1);
        const Contact after = store.contact(id).value();
        QCOMPARE(after.organization, QStringLiteral("Old Pharma"));
        QCOMPARE(after.title, QStringLiteral("Director"));
        QCOMPARE(after.emails.size(), 1);
        QCOMPARE(report.keptTyped.size(), 1);
        // What the import filled in is the import's: the next export may change it.
        QCOMPARE(scalar(net.database,
                     "SELECT count(*) FROM field_change WHERE field IN ('title', 'emails', 'connectedOn') AND source = "
                     "'import' AND import_batch_id = ?",
                     {report.batchId}),
            3);
    }

    // Mail clients make up a name from the address when there is none: it never replaces a real name.
    void aNameMadeFromTheAddressNeverReplacesARealName()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const ImportReport report = run(net.database,
            linkedIn(QStringLiteral("names.csv"),
                {"Jane,Doe,,jane.doe@example.org,Acme,Writer,1 Jan 2024",
                    "jane.doe,,,jane.doe@example.org,Acme,Writer,1 Jan 2024",
                    ",Jane.Doe@example.org,,jane.doe@example.org,Acme,Writer,1 Jan 2024"}));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 1);
        QCOMPARE(contactCount(net.database), 1);
        const Contact jane = store.contact(*store.search(QStringLiteral("acme")).cbegin()).value();
        QCOMPARE(jane.firstName, QStringLiteral("Jane"));
        QCOMPARE(jane.lastName, QStringLiteral("Doe"));
    }

    // Different people are never merged on a name alone: the same name with other e-mails is a
    // possible duplicate, added and named in the report; a given name is not a family name.
    void aNameAloneIsAPossibleDuplicateNeverAMerge()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const ImportReport report = run(net.database,
            linkedIn(QStringLiteral("names.csv"),
                {"Sam,,,sam@acme-realty.example,,,", "Sam,,,sam.bailiff@court.example,,,", "Nina,,,,Acme,,",
                    ",Nina,,,Acme,,", "Jo,Park,,jo@park.example,,,", "Jo,Park,,jo@park.example,,Engineer,"}));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 5);
        QCOMPARE(report.updated, 1);
        QCOMPARE(store.search(QStringLiteral("sam")).size(), 2);
        QCOMPARE(store.search(QStringLiteral("nina")).size(), 2);
        QCOMPARE(store.search(QStringLiteral("park")).size(), 1);
        QCOMPARE(report.possibleDuplicates.size(), 1);
        QVERIFY2(report.possibleDuplicates.first().startsWith(QStringLiteral("names.csv:6: Sam ")),
            qPrintable(report.possibleDuplicates.first()));
        // Against the network too: a Sam with a phone of their own is not the Sam the user has.
        const ImportReport again
            = run(net.database, linkedIn(QStringLiteral("again.csv"), {"Sam,,,sam@elsewhere.example,,,"}));
        QCOMPARE(again.created, 1);
        QCOMPARE(again.possibleDuplicates.size(), 1);
    }

    // Each possible duplicate is also named by id, so the user can merge the pair after the import:
    // the contact the row added, and the one it may be (earlier in the file, or already in the network).
    void possibleDuplicatesCarryTheIdsOfBothContacts()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const auto idOf = [&net](const char* address) {
            return SqlStatement::scalar(net.database.connection(),
                QStringLiteral("SELECT contact_id FROM contact_email WHERE address = ?"),
                {QString::fromLatin1(address)})
                .toLongLong();
        };
        // In one file, on a name alone.
        const ImportReport report = run(net.database,
            linkedIn(QStringLiteral("pairs.csv"),
                {"Sam,,,sam@acme-realty.example,,,", "Jo,Park,,jo@park.example,,,",
                    "Sam,,,sam.bailiff@court.example,,,"}));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 3);
        QCOMPARE(report.duplicatePairs.size(), 1);
        QCOMPARE(report.possibleDuplicates.size(), 1);
        const PossibleDuplicatePair inFile = report.duplicatePairs.first();
        QVERIFY(idOf("sam.bailiff@court.example") > 0);
        QCOMPARE(inFile.addedId, idOf("sam.bailiff@court.example"));
        QCOMPARE(inFile.otherId, idOf("sam@acme-realty.example"));
        QVERIFY(inFile.otherFromThisImport);
        QCOMPARE(inFile.line, 7); // two note lines, a blank one and the header come first
        QCOMPARE(inFile.addedName, QStringLiteral("Sam"));
        QCOMPARE(inFile.otherName, QStringLiteral("Sam"));
        QVERIFY2(report.possibleDuplicates.first().startsWith(QStringLiteral("pairs.csv:7: ")),
            qPrintable(report.possibleDuplicates.first()));
        QVERIFY(!inFile.reason.isEmpty());

        // Against the network: a Jo Park the user already has, with another e-mail.
        const ImportReport again
            = run(net.database, linkedIn(QStringLiteral("again.csv"), {"Jo,Park,,jo.park@elsewhere.example,,,"}));
        QVERIFY2(again.written, qPrintable(again.error));
        QCOMPARE(again.created, 1);
        QCOMPARE(again.duplicatePairs.size(), 1);
        const PossibleDuplicatePair known = again.duplicatePairs.first();
        QCOMPARE(known.addedId, idOf("jo.park@elsewhere.example"));
        QCOMPARE(known.otherId, idOf("jo@park.example"));
        QVERIFY(known.addedId != known.otherId);
        QVERIFY(!known.otherFromThisImport);
        QCOMPARE(known.otherName, QStringLiteral("Jo Park"));
        QCOMPARE(store.contact(known.addedId)->emails.first().value, QStringLiteral("jo.park@elsewhere.example"));

        // Nothing flagged, nothing paired.
        const ImportReport plain
            = run(net.database, linkedIn(QStringLiteral("plain.csv"), {"Ana,Lopez,,ana@lopez.example,,,"}));
        QVERIFY(plain.duplicatePairs.isEmpty());
    }

    void updateNeverTouchesTheUsersOwnFields()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact maya = sampleContact(QStringLiteral("Maya"), QStringLiteral("Lindqvist"));
        maya.emails = {{QStringLiteral("work"), QStringLiteral("maya@beacon.example")},
            {QStringLiteral("private"), QStringLiteral("maya@private.example")}};
        maya.notes = QStringLiteral("My own notes");
        maya.stage = Stage::Met;
        maya.strength = 4;
        maya.tags = {QStringLiteral("Climate")};
        const qint64 id = store.addContact(maya);
        QVERIFY(id);
        {
            Transaction t(net.database.connection());
            Meeting meeting;
            meeting.contactId = id;
            meeting.start = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
            meeting.status = MeetingStatus::Held;
            NetworkRecords::insertMeeting(net.database.connection(), meeting);
            t.commit();
        }
        const ImportReport report = run(net.database, fixture("google_current.csv"));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.created, 2);
        const Contact after = store.contact(id).value();
        // The user's notes stay first and whole; the file's notes and what the file has no field for
        // join them after, once.
        const QString kept = QStringLiteral("My own notes\n\nMet at ASBMB 2023.\nAsk about freelance pieces.\n"
                                            "Address 1 - Label: Work\nAddress 1 - Formatted: Stockholm, "
                                            "Sweden\nAddress 1 - Country: Sweden");
        QCOMPARE(after.notes, kept);
        QCOMPARE(run(net.database, fixture("google_current.csv")).updated, 0);
        QCOMPARE(store.contact(id).value().notes, kept);
        QCOMPARE(after.stage, Stage::Met);
        QCOMPARE(after.strength, 4);
        QCOMPARE(after.organization, QStringLiteral("Beacon Science Journal"));
        QCOMPARE(after.title, QStringLiteral("Senior Editor"));
        // E-mails and tags are added to, never taken away.
        QCOMPARE(after.emails.size(), 4);
        QCOMPARE(after.emails.at(1).value, QStringLiteral("maya@private.example"));
        QCOMPARE(after.tags,
            (QStringList {QStringLiteral("Climate"), QStringLiteral("Mentors"), QStringLiteral("Science writing")}));
        QCOMPARE(after.phones.size(), 2);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM interaction WHERE contact_id = ?", {id}), 1);
    }

    void mergesDuplicatesWithinOneFile()
    {
        const QString path = linkedIn(QStringLiteral("twice.csv"),
            {"Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Engineer,15 Mar 2024",
                "Ada,Lovelace,https://www.linkedin.com/in/ada/,ada@example.com,Analytical,Engineer,15 Mar 2024",
                "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Engineer,15 Mar 2024"});
        {
            TempNetwork net;
            const ImportReport report = run(net.database, path);
            QCOMPARE(report.created, 1);
            QCOMPARE(report.updated, 1); // the e-mail is new
            QCOMPARE(report.unchanged, 1);
            QCOMPARE(contactCount(net.database), 1);
            QCOMPARE(contactNamed(net.database, "Ada", "Lovelace").emails.size(), 1);
            // Undo removes the contact the batch created, whatever the batch did to it later.
            QString error;
            QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
            QCOMPARE(contactCount(net.database), 0);
        }
        {
            TempNetwork net;
            const ImportReport report = run(net.database, path, policy(DuplicatePolicy::Skip));
            QCOMPARE(report.created, 1);
            QCOMPARE(report.skipped, 2);
        }
        {
            TempNetwork net;
            QCOMPARE(run(net.database, path, policy(DuplicatePolicy::Create)).created, 3);
        }
    }

    void vCardsWithTheSameNButAnotherFnAreTwoPeople()
    {
        // Father and son share N; their FNs differ, so they are two people. A third card with the father's FN
        // (spelt with other spaces and case) is the father again, and a card without FN still matches by N.
        const QString path = write(QStringLiteral("family.vcf"),
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\nORG:Okafor Labs\r\n"
            "TITLE:Founder\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;Jr.\r\nFN:Chidi Okafor Jr.\r\nORG:Okafor Labs\r\n"
            "TITLE:Apprentice\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;\r\nFN:chidi  OKAFOR\r\nORG:Okafor Labs\r\n"
            "TEL;TYPE=WORK:555-0100\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Okafor;Chidi\r\nORG:Okafor Labs\r\nEMAIL:chidi@okafor.example\r\n"
            "END:VCARD\r\n");
        TempNetwork net;
        const ImportReport report = run(net.database, path);
        QVERIFY2(report.written, qPrintable(lines(path, report).join(u'\n') + report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated, 2);
        QCOMPARE(contactCount(net.database), 2);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM contact WHERE title = 'Apprentice'"), 1);
        const QVariantList founder {QStringLiteral("Founder")};
        QCOMPARE(scalar(net.database,
                     "SELECT count(*) FROM contact_phone p JOIN contact c ON c.id = p.contact_id WHERE c.title = ?",
                     founder),
            1);
        QCOMPARE(scalar(net.database,
                     "SELECT count(*) FROM contact_phone p JOIN contact c ON c.id = p.contact_id WHERE c.title = ?",
                     {QStringLiteral("Apprentice")}),
            0);
    }

    void sameFnStillMergesAndCsvIsUnchanged()
    {
        // The FN rule only parts cards whose FNs differ: the same person twice is still merged.
        const QString cards = write(QStringLiteral("twice.vcf"),
            "BEGIN:VCARD\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\nTITLE:Founder\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\nTEL:555-0100\r\nEND:VCARD\r\n");
        {
            TempNetwork net;
            const ImportReport report = run(net.database, cards);
            QCOMPARE(report.created, 1);
            QCOMPARE(report.updated, 1);
            QCOMPARE(contactCount(net.database), 1);
        }
        // A CSV has no FN: two rows with the same name at the same organisation are still one person.
        const QString rows = linkedIn(QStringLiteral("same-name.csv"),
            {"Chidi,Okafor,,,Okafor Labs,Founder,15 Mar 2024", "Chidi,Okafor,,,Okafor Labs,CEO,15 Mar 2024"});
        TempNetwork net;
        const ImportReport report = run(net.database, rows);
        QCOMPARE(report.created, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(contactCount(net.database), 1);
    }

    // ---- the preview: what happens to each row ----

    // A network with a contact for each kind of match, and a file with a row for each outcome.
    void previewSaysWhatHappensToEachRow()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const QByteArray url = "https://www.linkedin.com/in/samir-haddad";
        QVERIFY(run(net.database,
            linkedIn(QStringLiteral("first.csv"), {"Samir,Haddad," + url + ",,Meridian,Scientist,15 Mar 2024"}))
                    .written);
        Contact samir = store.contact(*store.search(QStringLiteral("samir")).cbegin()).value();
        samir.organization = QStringLiteral("Meridian Therapeutics Inc."); // typed by the user
        QVERIFY(store.updateContact(samir));
        Contact ada = sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Northwind"));
        ada.title = QStringLiteral("Analyst");
        ada.emails = {{QStringLiteral("work"), QStringLiteral("ada@northwind.example")}};
        addImported(net, store, ada);
        addImported(net, store, sampleContact(QStringLiteral("Jo"), QStringLiteral("Park"), QStringLiteral("Acme")));
        Contact sam = sampleContact(QStringLiteral("Sam"), QString(), QString());
        sam.emails = {{QString(), QStringLiteral("sam@acme-realty.example")}};
        addImported(net, store, sam);
        const QStringList before = snapshot(net.database);
        const int batches = batchCount(net.database);

        const QString path = linkedIn(QStringLiteral("preview.csv"),
            {"Samir,Haddad," + url + ",,Meridian,Director,15 Mar 2024", // line 5: by URL, typed organisation
                "Ada,Okafor,,ADA@northwind.example,Northwind,Senior Analyst,", // 6: by e-mail, a new title
                "Jo,Park,,,Acme,,", // 7: by name, nothing new
                "Sam,,,sam.bailiff@court.example,,,", // 8: Sam's name, another e-mail
                ",,,,,,18 Sep 2016", // 9: a hidden member
                "Lena,Brandt,,lena@example.org,,,", // 10: new
                "Lena,Brandt,,lena@example.org,,Engineer,", // 11: line 10 again, with a title
                ",,,,,Engineer,"}); // 12: nobody
        ImportOptions options;
        options.dryRun = true;
        options.collectOutcomes = true;
        const ImportReport report = run(net.database, path, options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(snapshot(net.database), before); // a dry run writes nothing
        QCOMPARE(batchCount(net.database), batches);

        using Kind = ImportRowOutcome::Kind;
        using By = ImportRowOutcome::MatchedBy;
        const QList<ImportRowOutcome>& o = report.outcomes;
        QCOMPARE(o.size(), 8);
        QList<int> lineNumbers;
        for (const ImportRowOutcome& outcome : o)
            lineNumbers.append(outcome.line);
        QCOMPARE(lineNumbers, (QList<int> {5, 6, 7, 8, 9, 10, 11, 12}));

        QCOMPARE(o[0].kind, Kind::Update);
        QCOMPARE(o[0].matchedBy, By::Profile);
        QCOMPARE(o[0].matchedName, QStringLiteral("Samir Haddad"));
        QCOMPARE(o[0].changedFields, QStringList {QStringLiteral("title")});
        QCOMPARE(o[0].keptTyped.size(), 1);
        const QString samirText = ImportOutcomeText::describe(o[0]);
        QVERIFY2(samirText.contains(QStringLiteral("matches Samir Haddad by profile URL"))
                && samirText.contains(QStringLiteral("changes title"))
                && samirText.contains(
                    QStringLiteral("organisation: yours \"Meridian Therapeutics Inc.\", the file's \"Meridian\": kept "
                                   "yours")),
            qPrintable(samirText));

        QCOMPARE(o[1].kind, Kind::Update);
        QCOMPARE(o[1].matchedBy, By::Email);
        QCOMPARE(o[1].matchedName, QStringLiteral("Ada Okafor"));
        QCOMPARE(o[1].changedFields, QStringList {QStringLiteral("title")});
        QVERIFY(o[1].keptTyped.isEmpty());
        QCOMPARE(o[1].contact.title, QStringLiteral("Senior Analyst")); // the row as read

        QCOMPARE(o[2].kind, Kind::Match);
        QCOMPARE(o[2].matchedBy, By::Name);
        QCOMPARE(ImportOutcomeText::describe(o[2]), QStringLiteral("matches Jo Park by name; nothing to change"));

        QCOMPARE(o[3].kind, Kind::PossibleDuplicate);
        QCOMPARE(o[3].matchedName, QStringLiteral("Sam"));
        QVERIFY2(ImportOutcomeText::describe(o[3]).contains(QStringLiteral("possible duplicate of Sam")),
            qPrintable(ImportOutcomeText::describe(o[3])));

        QCOMPARE(o[4].kind, Kind::Skipped);
        QVERIFY2(o[4].reason.contains(QStringLiteral("LinkedIn hides")), qPrintable(o[4].reason));
        QVERIFY(ImportOutcomeText::describe(o[4]).startsWith(QStringLiteral("skipped: LinkedIn hides")));

        QCOMPARE(o[5].kind, Kind::New);
        QCOMPARE(ImportOutcomeText::describe(o[5]), QStringLiteral("new contact"));

        QCOMPARE(o[6].kind, Kind::Update);
        QCOMPARE(o[6].matchedBy, By::Email);
        QCOMPARE(o[6].matchedName, QStringLiteral("Lena Brandt"));
        QCOMPARE(o[6].matchedLine, 10);
        QVERIFY2(ImportOutcomeText::describe(o[6]).contains(QStringLiteral("Lena Brandt (line 10 of this file)")),
            qPrintable(ImportOutcomeText::describe(o[6])));

        QCOMPARE(o[7].kind, Kind::Skipped);
        QVERIFY2(o[7].reason.contains(QStringLiteral("identifies nobody")), qPrintable(o[7].reason));

        // The outcomes agree with the counts, and the real import does what the preview said.
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated, 3);
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(report.invalid, 2);
        const ImportReport real = run(net.database, path);
        QVERIFY2(real.written, qPrintable(real.error));
        QVERIFY(real.outcomes.isEmpty()); // not asked for
        QCOMPARE(real.created, report.created);
        QCOMPARE(real.updated, report.updated);
        QCOMPARE(real.unchanged, report.unchanged);
        QCOMPARE(real.keptTyped.size(), 1);
        QCOMPARE(real.possibleDuplicates.size(), 1);
    }

    void previewFollowsTheDuplicatePolicy()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact ada = sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Northwind"));
        ada.emails = {{QString(), QStringLiteral("ada@northwind.example")}};
        addImported(net, store, ada);
        const QString path
            = linkedIn(QStringLiteral("policy.csv"), {"Ada,Okafor,,ada@northwind.example,Northwind,Director,"});
        ImportOptions options;
        options.dryRun = true;
        options.collectOutcomes = true;
        options.onDuplicate = DuplicatePolicy::Skip;
        const ImportReport skip = run(net.database, path, options);
        QCOMPARE(skip.outcomes.size(), 1);
        QCOMPARE(skip.outcomes.first().kind, ImportRowOutcome::Kind::Skipped);
        QCOMPARE(ImportOutcomeText::describe(skip.outcomes.first()),
            QStringLiteral("skipped: matches Ada Okafor by e-mail, and you chose to leave the contacts you have "
                           "alone"));
        options.onDuplicate = DuplicatePolicy::Create;
        const ImportReport create = run(net.database, path, options);
        QCOMPARE(create.outcomes.first().kind, ImportRowOutcome::Kind::New);
        QCOMPARE(contactCount(net.database), 1);
    }

    void aRowLimitReadsTheStartOfTheFile_data()
    {
        QTest::addColumn<bool>("vcard");
        QTest::newRow("csv") << false;
        QTest::newRow("vcard") << true;
    }

    void aRowLimitReadsTheStartOfTheFile()
    {
        QFETCH(bool, vcard);
        QList<QByteArray> rows;
        QByteArray cards;
        for (int i = 1; i <= 10; ++i) {
            const QByteArray n = QByteArray::number(i);
            rows.append("Person" + n + ",Number" + n + ",,p" + n + "@example.org,,,");
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Number" + n + ";Person" + n + ";;;\r\nFN:Person" + n + " Number"
                + n + "\r\nEND:VCARD\r\n";
            if (i == 2) {
                rows.append(",,,,,,18 Sep 2016"); // a problem within the limit is reported
                cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n";
            }
            if (i == 6) {
                rows.append(",,,,,,19 Sep 2016"); // one beyond it is not
                cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody either\r\nEND:VCARD\r\n";
            }
        }
        const QString path
            = vcard ? write(QStringLiteral("limit.vcf"), cards) : linkedIn(QStringLiteral("limit.csv"), rows);
        TempNetwork net;
        ImportOptions options;
        options.dryRun = true;
        options.collectOutcomes = true;
        options.rowLimit = 4;
        const ImportReport report = run(net.database, path, options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.limited);
        // A vCard's bad cards are reported after its good ones, so it reads 4 good cards and the bad one among them.
        const int good = vcard ? 4 : 3;
        QCOMPARE(report.created, good);
        QCOMPARE(report.invalid, 1);
        QCOMPARE(report.rows, good + 1);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.outcomes.size(), good + 1);
        QCOMPARE(report.outcomes.at(2).kind, ImportRowOutcome::Kind::Skipped);
        QCOMPARE(report.outcomes.at(3).contact.firstName, QStringLiteral("Person3"));
        QCOMPARE(contactCount(net.database), 0);

        options.rowLimit = 0;
        const ImportReport whole = run(net.database, path, options);
        QVERIFY(!whole.limited);
        QCOMPARE(whole.outcomes.size(), 12);
        QCOMPARE(whole.created, 10);
    }

    // ---- middle names ----

    void aMiddleNameIsKeptAndMakesAnotherPerson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("google csv") << QStringLiteral("khan.csv")
                                    << QByteArray("First Name,Middle Name,Last Name,Organization Name,Labels\n"
                                                  "Ali,Bora,Khan,Acme,\nAli,Cem,Khan,Acme,\n");
        QTest::newRow("outlook csv") << QStringLiteral("khan-outlook.csv")
                                     << QByteArray("Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title\n"
                                                   ",Ali,Bora,Khan,,Acme,Analyst\n,Ali,Cem,Khan,,Acme,Analyst\n");
        QTest::newRow("google legacy csv")
            << QStringLiteral("khan-legacy.csv")
            << QByteArray(
                   "Name,Given Name,Additional Name,Family Name,Group Membership,Organization 1 - Name\n"
                   "Ali Bora Khan,Ali,Bora,Khan,* myContacts,Acme\nAli Cem Khan,Ali,Cem,Khan,* myContacts,Acme\n");
        QTest::newRow("vcard") << QStringLiteral("khan.vcf")
                               << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Khan;Ali;Bora;;\r\nFN:Ali Khan\r\n"
                                             "ORG:Acme\r\nEND:VCARD\r\n"
                                             "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Khan;Ali;Cem;;\r\nFN:Ali Khan\r\n"
                                             "ORG:Acme\r\nEND:VCARD\r\n");
    }

    void aMiddleNameIsKeptAndMakesAnotherPerson()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = write(name, content);
        TempNetwork net;
        const ImportReport report = run(net.database, path);
        QVERIFY2(report.written, qPrintable(lines(path, report).join(u'\n') + report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(contactCount(net.database), 2);
        QVERIFY(idOf(net.database, "Ali Bora", "Khan"));
        QVERIFY(idOf(net.database, "Ali Cem", "Khan"));
        // And again: each matches itself by name, the other stays apart.
        const ImportReport again = run(net.database, path);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, 2);
    }

    // ---- dry run and cancel ----

    void dryRunWritesNothingButCountsTheSame()
    {
        TempNetwork net;
        QVERIFY(run(net.database, fixture("linkedin_connections.csv")).written);
        const QStringList before = snapshot(net.database);
        ImportOptions dry;
        dry.dryRun = true;
        const ImportReport preview = run(net.database, fixture("outlook_desktop_utf16le.csv"), dry);
        QVERIFY(preview.error.isEmpty());
        QVERIFY(!preview.written);
        QCOMPARE(preview.batchId, 0);
        QCOMPARE(snapshot(net.database), before);
        QCOMPARE(batchCount(net.database), 1);
        QCOMPARE(ftsTriggerCount(net.database), schemaFtsTriggerCount());

        const ImportReport real = run(net.database, fixture("outlook_desktop_utf16le.csv"));
        QVERIFY(real.written);
        QCOMPARE(real.created, preview.created);
        QCOMPARE(real.updated, preview.updated);
        QCOMPARE(real.unchanged, preview.unchanged);
        QCOMPARE(real.referrals, preview.referrals);
        QCOMPARE(real.unresolvedReferrers, preview.unresolvedReferrers);
    }

    void cancelRollsBack_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cancelAt"); // the first percent at or above which Cancel is pressed
        QTest::newRow("while reading") << 3 << 0;
        QTest::newRow("while writing") << 3 << 41;
        QTest::newRow("at the end") << 3 << 100;
        QTest::newRow("bulk, while writing") << 600 << 41;
    }

    void cancelRollsBack()
    {
        QFETCH(int, rows);
        QFETCH(int, cancelAt);
        QList<QByteArray> lines;
        for (int i = 0; i < rows; ++i)
            lines.append(QStringLiteral("P%1,Q%1,https://www.linkedin.com/in/p%1,,Acme,X,15 Mar 2024").arg(i).toUtf8());
        const QString path = linkedIn(QStringLiteral("cancel.csv"), lines);
        TempNetwork net;
        QVERIFY(run(net.database, fixture("linkedin_connections.csv")).written);
        const QStringList before = snapshot(net.database);
        QList<int> seen;
        const ImportReport report = run(net.database, path, {}, [&](int percent) {
            seen.append(percent);
            return percent < cancelAt;
        });
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(snapshot(net.database), before);
        QCOMPARE(batchCount(net.database), 1);
        QCOMPARE(ftsTriggerCount(net.database), schemaFtsTriggerCount());
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.last() >= cancelAt);

        // Without Cancel, the same import goes through and reaches 100.
        seen.clear();
        QVERIFY(run(net.database, path, {}, [&](int percent) {
            seen.append(percent);
            return true;
        }).written);
        QCOMPARE(seen.last(), 100);
    }

    // ---- Referred By ----

    void referredByToleratesHonorificsAndLoneFamilyNames()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const qint64 eleanor = store.addContact(sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey")));
        store.addContact(sampleContact(QStringLiteral("Ann"), QStringLiteral("Lee")));
        store.addContact(sampleContact(QStringLiteral("Bo"), QStringLiteral("Lee")));
        const QString path = write(QStringLiteral("referred.csv"),
            "First Name,Last Name,E-mail Address,Referred By\n"
            "Samir,Haddad,s@x.org,Dr. Eleanor Maybrey\n"
            "Léa,Fontaine,l@x.org,Prof Maybrey\n"
            "Tom,Nobody,t@x.org,Lee\n");
        const ImportReport report = run(net.database, path);
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.referrals, 2);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral WHERE referrer_id = ?", {eleanor}), 2);
        QCOMPARE(report.unresolvedReferrers, QStringList {QStringLiteral("Lee")}); // two Lees: no guess
    }

    void linksReferredByToExactlyOnePerson()
    {
        TempNetwork net;
        QVERIFY(run(net.database, fixture("linkedin_connections.csv")).written); // brings Amara Nwosu
        ContactStore store(net.database);
        store.addContact(sampleContact(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("A")));
        store.addContact(sampleContact(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("B")));

        const ImportReport report = run(net.database, fixture("outlook_desktop_utf16le.csv"));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 5);
        // Samir <- Helen (in the same file), Léa <- Amara (already in the network).
        QCOMPARE(report.referrals, 2);
        QCOMPARE(names(report.unresolvedReferrers),
            (QStringList {QStringLiteral("John Smith"), QStringLiteral("Nobody Known")}));
        const qint64 helen = idOf(net.database, "Helen", "Maybrey");
        const qint64 samir = scalar(net.database,
            "SELECT contact_id FROM contact_email WHERE address = 'samir@pfizer.example'"); // two Samirs now
        const qint64 amara = idOf(net.database, "Amara", "Nwosu");
        const qint64 lea = idOf(net.database, "Léa", "Rousseau");
        QVERIFY(helen && samir && amara && lea);
        const char* link = "SELECT count(*) FROM referral WHERE referrer_id = ? AND referred_id = ? AND kind = "
                           "'referral' AND import_batch_id = ?";
        QCOMPARE(scalar(net.database, link, {helen, samir, report.batchId}), 1);
        QCOMPARE(scalar(net.database, link, {amara, lea, report.batchId}), 1);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral"), 2);

        // Importing again links nothing twice.
        const ImportReport again = run(net.database, fixture("outlook_desktop_utf16le.csv"));
        QCOMPARE(again.referrals, 0);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral"), 2);

        // Undo removes the links and the people the batch made, not those it found.
        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral"), 0);
        QVERIFY(idOf(net.database, "Amara", "Nwosu"));
        QCOMPARE(contactCount(net.database), 5);
    }

    void skippedDuplicatesGetNoReferralLinks()
    {
        // Skip leaves a known contact alone: a "Referred By" on its row links nothing.
        TempNetwork net;
        QVERIFY(run(net.database, fixture("outlook_desktop_utf16be.csv")).written); // Helen, and Samir <- Helen
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral"), 1);
        SqlStatement::run(net.database.connection(), QStringLiteral("DELETE FROM referral"));
        const ImportReport report
            = run(net.database, fixture("outlook_desktop_utf16be.csv"), policy(DuplicatePolicy::Skip));
        QCOMPARE(report.skipped, 2);
        QCOMPARE(report.referrals, 0);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM referral"), 0);
    }

    // ---- batches and undo ----

    void undoRemovesCreatedAndRestoresUpdated()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact samir = sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Old Pharma"));
        samir.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/samir-haddad");
        samir.title = QStringLiteral("Scientist");
        samir.emails = {{QStringLiteral("home"), QStringLiteral("samir@home.example")}};
        samir.phones = {{QStringLiteral("mobile"), QStringLiteral("555")}};
        samir.tags = {QStringLiteral("Pharma")};
        samir.location = QStringLiteral("Basel");
        samir.notes = QStringLiteral("Met at a conference");
        samir.stage = Stage::KeepWarm;
        samir.strength = 3;
        const qint64 id = addImported(net, store, samir);
        const Contact before = store.contact(id).value();
        const QStringList networkBefore = snapshot(net.database);

        const ImportReport report = run(net.database, fixture("linkedin_connections.csv"));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated, 1);
        QCOMPARE(store.contact(id)->organization, QStringLiteral("Meridian Therapeutics"));
        QCOMPARE(store.search(QStringLiteral("meridian")), QSet<qint64> {id});

        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
        QCOMPARE(contactCount(net.database), 1);
        const Contact restored = store.contact(id).value();
        QVERIFY(restored.sameContent(before));
        QCOMPARE(restored.uuid, before.uuid);
        QCOMPARE(restored.connectedOn, QDate());
        // Everything but the time of the last change is as it was.
        QStringList now = snapshot(net.database);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().section(u'|', 0, 11), networkBefore.first().section(u'|', 0, 11));
        QCOMPARE(now.first().section(u'|', 13), networkBefore.first().section(u'|', 13));
        // The search index follows.
        QVERIFY(store.search(QStringLiteral("meridian")).isEmpty());
        QCOMPARE(store.search(QStringLiteral("old pharma")), QSet<qint64> {id});

        const QList<ImportBatchInfo> batches = ImportHistory::list(net.database);
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.first().undone);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM import_batch_change"), 0);

        QString second;
        QVERIFY(!ImportHistory::undo(net.database, report.batchId, &second));
        QVERIFY(!second.isEmpty());
        QString missing;
        QVERIFY(!ImportHistory::undo(net.database, 999, &missing));
        QVERIFY(missing.contains(QLatin1String("999")));
        QCOMPARE(contactCount(net.database), 1);
    }

    void undoKeepsWhatTheUserChangedSince()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact samir = sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Old Pharma"));
        samir.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/samir-haddad");
        const qint64 id = store.addContact(samir);
        const ImportReport report = run(net.database, fixture("linkedin_connections.csv"));
        QCOMPARE(report.updated, 1);

        // After the import the user writes notes, moves the stage, and deletes one imported contact.
        Contact edited = store.contact(id).value();
        edited.notes = QStringLiteral("Talked for an hour");
        edited.stage = Stage::Met;
        edited.strength = 2;
        QVERIFY(store.updateContact(edited));
        QVERIFY(store.removeContact(idOf(net.database, "Amara", "Nwosu")));

        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
        const Contact after = store.contact(id).value();
        QCOMPARE(after.organization, QStringLiteral("Old Pharma"));
        QCOMPARE(after.notes, QStringLiteral("Talked for an hour"));
        QCOMPARE(after.stage, Stage::Met);
        QCOMPARE(after.strength, 2);
        QCOMPARE(contactCount(net.database), 1);
    }

    void undoesAnUpdatedContactDeletedSince()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact samir = sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"));
        samir.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/samir-haddad");
        const qint64 id = store.addContact(samir);
        const ImportReport report = run(net.database, fixture("linkedin_connections.csv"));
        QVERIFY(store.removeContact(id));
        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
        QCOMPARE(contactCount(net.database), 0);
    }

    // A large import lifts the tombstone of a contact it brings back (by its uuid) in one statement
    // instead of a trigger per row, and leaves the trigger as the schema has it.
    void aLargeImportBringsBackADeletedContact()
    {
        TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(sampleContact(QStringLiteral("Gone"), QStringLiteral("Before")));
        const QString uuid = store.contact(id)->uuid;
        QVERIFY(store.removeContact(id));
        const auto tombstones = [&net, &uuid] {
            return SqlStatement::scalar(net.database.connection(),
                QStringLiteral("SELECT count(*) FROM tombstone WHERE entity = 'contact' AND row_key = ?"), {uuid})
                .toInt();
        };
        QCOMPARE(tombstones(), 1);
        QByteArray cards;
        for (int i = 0; i < 600; ++i) // more than a small import: the bulk path
            cards += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Card " + QByteArray::number(i) + "\r\nN:" + QByteArray::number(i)
                + ";Card;;;\r\nEND:VCARD\r\n";
        cards += "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:" + uuid.toUtf8()
            + "\r\nFN:Gone Before\r\nN:Before;Gone;;;\r\nEND:VCARD\r\n";
        const ImportReport report = run(net.database, write(QStringLiteral("many.vcf"), cards));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 601);
        QCOMPARE(tombstones(), 0);
        QCOMPARE(SqlStatement::scalar(
                     net.database.connection(), QStringLiteral("SELECT count(*) FROM contact WHERE uuid = ?"), {uuid})
                     .toInt(),
            1);
        // The trigger is back, as the schema check wants it.
        QCOMPARE(SqlStatement::scalar(net.database.connection(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                                    "'contact_revived'"))
                     .toInt(),
            1);
        const QString path = net.path();
        net.database.close();
        Database again;
        QVERIFY2(again.open(path, Database::OpenMode::MustExist), qPrintable(again.errorString()));
    }

    void reimportsOurOwnUuids()
    {
        // A vCard we wrote carries our uuid as UID: it names the same contact, and a copy made
        // with the Create policy must not collide with it.
        TempNetwork net;
        ContactStore store(net.database);
        Contact ada = sampleContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
        const qint64 id = addImported(net, store, ada);
        const QString uuid = store.contact(id)->uuid;
        const QString path = write(QStringLiteral("ada.vcf"),
            QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:%1\r\nFN:Ada King\r\nN:King;Ada;;;\r\n"
                           "ORG:Analytical Engines\r\nEND:VCARD\r\n")
                .arg(uuid)
                .toUtf8());
        const ImportReport update = run(net.database, path);
        QVERIFY2(update.written, qPrintable(lines(path, update).join(u'\n') + update.error));
        QCOMPARE(update.updated, 1);
        QCOMPARE(store.contact(id)->lastName, QStringLiteral("King"));
        const ImportReport copy = run(net.database, path, policy(DuplicatePolicy::Create));
        QVERIFY2(copy.written, qPrintable(copy.error));
        QCOMPARE(copy.created, 1);
        QCOMPARE(contactCount(net.database), 2);
        QCOMPARE(scalar(net.database, "SELECT count(DISTINCT uuid) FROM contact"), 2);
    }

    // ---- the bulk path ----

    void bulkImportKeepsSearchWorking()
    {
        TempNetwork net;
        ContactStore store(net.database);
        Contact known = sampleContact(QStringLiteral("Known"), QStringLiteral("Person"), QStringLiteral("Initech"));
        known.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/person-7");
        known.title = QStringLiteral("Obsolete");
        const qint64 knownId = addImported(net, store, known);
        const qint64 untouched
            = addImported(net, store, sampleContact(QStringLiteral("Bystander"), QStringLiteral("Quiet")));

        QList<QByteArray> rows;
        for (int i = 0; i < 600; ++i) {
            const QString last = i == 417 ? QStringLiteral("Quixotic") : QStringLiteral("Last%1").arg(i);
            rows.append(
                QStringLiteral("First%1,%2,https://www.linkedin.com/in/person-%1,,Company %3,Engineer,15 Mar 2024")
                    .arg(i)
                    .arg(last)
                    .arg(i % 20)
                    .toUtf8());
        }
        const ImportReport report = run(net.database, linkedIn(QStringLiteral("bulk.csv"), rows));
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 599);
        QCOMPARE(report.updated, 1);
        QCOMPARE(contactCount(net.database), 601);
        QCOMPARE(ftsTriggerCount(net.database), schemaFtsTriggerCount());
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM contact_fts"), 601);
        // The bulk path switched foreign-key checks off for its insert: they are back on, and what it
        // wrote is consistent.
        QCOMPARE(scalar(net.database, "PRAGMA foreign_keys"), 1);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM pragma_foreign_key_check"), 0);

        const QSet<qint64> found = store.search(QStringLiteral("quixotic"));
        QCOMPARE(found.size(), 1);
        const qint64 quixotic = *found.cbegin();
        QCOMPARE(store.contact(quixotic)->firstName, QStringLiteral("First417"));
        QCOMPARE(store.search(QStringLiteral("company 13")).size(), 30);
        // The known contact updated in bulk is found by its new words, not its old ones.
        QVERIFY(store.search(QStringLiteral("obsolete")).isEmpty());
        QVERIFY(store.search(QStringLiteral("first7")).contains(knownId));
        QCOMPARE(store.search(QStringLiteral("bystander")), QSet<qint64> {untouched});

        // The triggers are back: a later edit still updates the index.
        Contact edit = store.contact(quixotic).value();
        edit.lastName = QStringLiteral("Zanzibar");
        QVERIFY(store.updateContact(edit));
        QVERIFY(store.search(QStringLiteral("quixotic")).isEmpty());
        QCOMPARE(store.search(QStringLiteral("zanzibar")), QSet<qint64> {quixotic});
        const qint64 added = store.addContact(sampleContact(QStringLiteral("Brand"), QStringLiteral("Newcomer")));
        QCOMPARE(store.search(QStringLiteral("newcomer")), QSet<qint64> {added});

        // Undo of a bulk batch leaves the index right too.
        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.batchId, &error), qPrintable(error));
        QCOMPARE(contactCount(net.database), 3);
        QVERIFY(store.search(QStringLiteral("zanzibar")).isEmpty());
        QCOMPARE(store.search(QStringLiteral("obsolete")), QSet<qint64> {knownId});
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM contact_fts"), 3);
    }

    void bulkUuidsAreVersion7AndOrdered()
    {
        static const QRegularExpression shape(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString uuid = BulkContactWriter::timeOrderedUuid();
            QVERIFY2(shape.match(uuid).hasMatch(), qPrintable(uuid));
            QVERIFY(!QUuid::fromString(uuid).isNull());
            QVERIFY(uuid.left(13) >= previous.left(13)); // milliseconds first: never going back
            QVERIFY(!seen.contains(uuid));
            seen.insert(uuid);
            previous = uuid;
        }
    }

    void bulkDryRunAndFailureKeepTheTriggers()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 700; ++i)
            rows.append(
                QStringLiteral("F%1,L%1,https://www.linkedin.com/in/x%1,,Acme,Engineer,15 Mar 2024").arg(i).toUtf8());
        const QString path = linkedIn(QStringLiteral("bulk-dry.csv"), rows);
        TempNetwork net;
        ImportOptions dry;
        dry.dryRun = true;
        const ImportReport report = run(net.database, path, dry);
        QCOMPARE(report.created, 700);
        QCOMPARE(contactCount(net.database), 0);
        QCOMPARE(ftsTriggerCount(net.database), schemaFtsTriggerCount());
        QCOMPARE(scalar(net.database, "PRAGMA foreign_keys"), 1);
        ContactStore store(net.database);
        const qint64 id = store.addContact(sampleContact(QStringLiteral("After"), QStringLiteral("Dryrun")));
        QCOMPARE(store.search(QStringLiteral("dryrun")), QSet<qint64> {id});
    }
};

QTEST_GUILESS_MAIN(TestContactImporter)
#include "tst_contactimporter.moc"
