// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"
#include "ContactStore.h"
#include "ContentSniffer.h"
#include "ImportSource.h"
#include "RandomText.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace Rapport;

namespace {

// Names with letters from Latin-1, from the rest of Windows-1252 (š, Œ) and, for the Unicode
// encodings only, from beyond it.
const QStringList kWesternNames = {QStringLiteral("Zoë"), QStringLiteral("José"), QStringLiteral("Ørjan"),
    QStringLiteral("Françoise"), QStringLiteral("Müller"), QStringLiteral("Núñez"), QStringLiteral("Šimon"),
    QStringLiteral("Œlaf"), QStringLiteral("Ada"), QStringLiteral("Lovelace")};
const QStringList kOtherNames = {QStringLiteral("Łukasz"), QStringLiteral("Dvořák"), QStringLiteral("Ἀθηνᾶ"),
    QStringLiteral("Сергей"), QStringLiteral("美咲"), QStringLiteral("Nguyễn")};

QByteArray toWindows1252(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == u'Š')
            out.append('\x8A');
        else if (c == u'š')
            out.append('\x9A');
        else if (c == u'Œ')
            out.append('\x8C');
        else if (c.unicode() < 0x100)
            out.append(char(c.unicode()));
        else
            qFatal("not in Windows-1252: %s", qPrintable(QString(c)));
    }
    return out;
}

QByteArray encoded(const QString& text, QStringConverter::Encoding encoding)
{
    // Without the byte-order mark: the encoding is found from the bytes alone.
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

} // namespace

// A file that cannot be a contacts file is refused before its columns are guessed; the kinds of
// file that can (UTF-16 without a mark, vCards, plain lists, untidy CSVs) still import. Generated
// from a seed: RAPPORT_SEED and RAPPORT_CASES replay a failure.
class TestImportSniffing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QRandomGenerator m_random {Test::baseSeed()};
    int m_files = 0;

    QString write(const QString& suffix, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1.%2").arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray randomBytes(int size, uchar low, uchar high)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& b : bytes)
            b = char(low + m_random.bounded(int(high) - low + 1));
        return bytes;
    }

    QString pick(const QStringList& list) { return list.at(m_random.bounded(int(list.size()))); }

    // A CSV of `rows` contacts with the given names; returns the names the network should show.
    QString contactsCsv(int rows, const QStringList& names, QStringList* expected)
    {
        QString text = QStringLiteral("First Name,Last Name,Email,Company\r\n");
        for (int i = 0; i < rows; ++i) {
            const QString first = i == 0 ? names.first() : pick(names); // one letter beyond ASCII at least
            const QString last = pick(names);
            text += QStringLiteral("%1,%2,person%3@example.org,Acme\r\n").arg(first, last).arg(i);
            expected->append(first + QLatin1Char(' ') + last);
        }
        return text;
    }

    // Refused by every way in: the importer (the CLI's), and the wizard's second try that lets the
    // user map the columns. Nothing is written.
    void expectRefused(const QString& path, ContentSniffer::Kind kind, const QString& says)
    {
        for (const bool wizard : {false, true}) {
            ImportSource source;
            source.setAllowUnmappedColumns(wizard);
            ImportProblem problem;
            QVERIFY2(!source.open(path, wizard ? ImportFormat::Csv : ImportFormat::Auto, &problem), qPrintable(path));
            QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
            QCOMPARE(source.contentKind(), kind);
            QCOMPARE(problem.line, 0);
        }
        Test::TempNetwork net;
        const ImportReport report = ContactImporter::run(net.database, path, {});
        QVERIFY(!report.written);
        QVERIFY2(report.error.contains(says), qPrintable(report.error));
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT count(*) FROM import_batch"))
                     .toInt(),
            0);
    }

    // Imported whole: one contact per expected name, with the name as it was written.
    void expectImported(const QString& path, QStringList expected)
    {
        Test::TempNetwork net;
        const ImportReport report = ContactImporter::run(net.database, path, {});
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, int(expected.size()));
        QStringList names;
        for (const ContactSummary& s : ContactStore(net.database).summaries())
            names.append(s.name);
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

private slots:
    void randomBytesAreRefused_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("any byte, NUL included") << 0 << 255;
        QTest::newRow("no NUL") << 1 << 255;
        QTest::newRow("high bit only") << 0x80 << 0xFF;
        QTest::newRow("printable ASCII and high bit") << 0x20 << 0xFF;
        QTest::newRow("ASCII with controls (valid UTF-8)") << 0 << 0x7F;
    }

    void randomBytesAreRefused()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        const QStringList suffixes
            = {QStringLiteral("csv"), QStringLiteral("vcf"), QStringLiteral("json"), QStringLiteral("txt")};
        const int cases = Test::caseCount(12);
        for (int i = 0; i < cases; ++i) {
            QByteArray bytes = randomBytes(256 + m_random.bounded(8192), uchar(low), uchar(high));
            if (i % 3 == 0)
                bytes.prepend('{'); // a JSON backup starts so: the bytes decide, not the brace
            const QString path = write(pick(suffixes), bytes);
            expectRefused(
                path, ContentSniffer::Kind::Binary, QStringLiteral("not a contacts file: it looks like binary"));
            if (QTest::currentTestFailed())
                qWarning("seed %u, case %d", Test::baseSeed(), i);
        }
    }

    // Bytes with a NUL in most odd places pass for UTF-16 without a byte-order mark: decoded, they
    // are no text either.
    void binaryThatPassesForUtf16IsRefused()
    {
        const int cases = Test::caseCount(12);
        for (int i = 0; i < cases; ++i) {
            QByteArray bytes = randomBytes(2 * (128 + m_random.bounded(4096)), 0, 255);
            for (qsizetype at = 1; at < bytes.size(); at += 2) {
                if (m_random.bounded(4) != 0)
                    bytes[at] = '\0';
            }
            const QString path = write(QStringLiteral("csv"), bytes);
            QCOMPARE(TextDecoder::detect(bytes), TextDecoder::Encoding::Utf16LittleEndian);
            expectRefused(
                path, ContentSniffer::Kind::Binary, QStringLiteral("not a contacts file: it looks like binary"));
        }
    }

    void knownFileTypesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const auto binary = int(ContentSniffer::Kind::Binary);
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") << QStringLiteral("csv") << binary
                             << QStringLiteral("not a contacts file: it looks like binary data (a PDF document)");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n") << QStringLiteral("csv") << binary
                             << QStringLiteral("(a PNG image)");
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0") << QStringLiteral("vcf") << binary
                              << QStringLiteral("(a JPEG image)");
        QTest::newRow("ELF") << QByteArray("\x7F"
                                           "ELF")
                             << QStringLiteral("csv") << binary << QStringLiteral("(an executable program)");
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08") << QStringLiteral("csv") << binary
                              << QStringLiteral("not a contacts file: it is compressed (gzip)");
        QTest::newRow("ZIP") << QByteArray("PK\x03\x04") << QStringLiteral("zip") << int(ContentSniffer::Kind::Zip)
                             << QStringLiteral("is a ZIP archive; unzip it and import the CSV inside");
        QTest::newRow("empty ZIP") << QByteArray("PK\x05\x06") << QStringLiteral("csv")
                                   << int(ContentSniffer::Kind::Zip) << QStringLiteral("is a ZIP archive");
        QTest::newRow("Excel workbook, by its name")
            << QByteArrayLiteral("PK\x03\x04\x14\0\0\0\x08\0") << QStringLiteral("xlsx")
            << int(ContentSniffer::Kind::Spreadsheet) << QStringLiteral("is a spreadsheet workbook, not a CSV file");
        QTest::newRow("Excel workbook, by its entries")
            << QByteArrayLiteral("PK\x03\x04\x14\0\0\0\x08\0[Content_Types].xml\0xl/workbook.xml")
            << QStringLiteral("zip") << int(ContentSniffer::Kind::Spreadsheet) << QStringLiteral("save it as CSV");
    }

    // Each magic number is followed by text that would pass for a CSV: the magic number decides.
    void knownFileTypesAreNamed()
    {
        QFETCH(QByteArray, magic);
        QFETCH(QString, suffix);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const QByteArray csv = "Name,Email\nAda Lovelace,ada@example.org\nGrace Hopper,grace@example.org\n";
        const QString path = write(suffix, magic + csv + randomBytes(64, 0x20, 0x7E));
        expectRefused(path, ContentSniffer::Kind(kind), says);
        if (kind != int(ContentSniffer::Kind::Binary)) {
            ImportSource source;
            ImportProblem problem;
            source.open(path, ImportFormat::Auto, &problem);
            QVERIFY2(!problem.message.contains(QStringLiteral("not a contacts file")), qPrintable(problem.message));
        }
    }

    void textThatIsNoTableIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("a letter") << QByteArray("Dear Ana\n"
                                                "Thank you, again, for the time you gave me on Tuesday.\n"
                                                "Your advice on the move from the lab to industry, and on whom to ask, "
                                                "was a great help.\n"
                                                "I will write to Samir, as you suggested, next week.\n"
                                                "With best wishes, and thanks,\nBo\n");
        QTest::newRow("a staircase of fields") << QByteArray("a\nb,c\nd,e,f\ng,h,i,j\nk,l,m,n,o\n");
    }

    void textThatIsNoTableIsRefused()
    {
        QFETCH(QByteArray, text);
        expectRefused(write(QStringLiteral("txt"), text), ContentSniffer::Kind::NotTable,
            QStringLiteral("not a contacts file: it is text but not a table; its lines do not have a consistent "
                           "number of fields (separated by commas)"));
    }

    // Generated prose: a title, then sentences of one to six commas each.
    void proseIsRefused()
    {
        const QStringList words = {QStringLiteral("career"), QStringLiteral("the"), QStringLiteral("interview"),
            QStringLiteral("Zoë"), QStringLiteral("and"), QStringLiteral("lab"), QStringLiteral("industry")};
        const int cases = Test::caseCount(8);
        for (int i = 0; i < cases; ++i) {
            QString text = QStringLiteral("Notes from the week\n");
            for (int line = 20 + m_random.bounded(30); line > 0; --line) {
                QStringList clauses;
                for (int clause = 2 + m_random.bounded(6); clause > 0; --clause)
                    clauses.append(pick(words) + QLatin1Char(' ') + pick(words));
                text += clauses.join(QStringLiteral(", ")) + QStringLiteral(".\n");
            }
            expectRefused(write(QStringLiteral("txt"), text.toUtf8()), ContentSniffer::Kind::NotTable,
                QStringLiteral("not a contacts file: it is text but not a table"));
        }
    }

    // A title line above the table is no header, but the rows under it agree with each other.
    void aTitleAboveATableIsNoReasonToRefuse()
    {
        const QString path = write(QStringLiteral("csv"),
            "Exported from the alumni office\nWho,Where,Reach\nAna Lopez,Acme,ana@example.org\n"
            "Bo Ek,Beacon,bo@example.org\nCy Young,,cy@example.org\n");
        ImportSource source;
        source.setAllowUnmappedColumns(true);
        ImportProblem problem;
        QVERIFY2(source.open(path, ImportFormat::Csv, &problem), qPrintable(problem.message));
        QCOMPARE(source.contentKind(), ContentSniffer::Kind::Text);
    }

    void unicodeWithoutAMarkImports_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("encodingName");
        QTest::newRow("UTF-16LE") << int(QStringConverter::Utf16LE) << false << QStringLiteral("UTF-16 little-endian");
        QTest::newRow("UTF-16BE") << int(QStringConverter::Utf16BE) << false << QStringLiteral("UTF-16 big-endian");
        QTest::newRow("UTF-8") << int(QStringConverter::Utf8) << false << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM") << int(QStringConverter::Utf8) << true
                                        << QStringLiteral("UTF-8 (with byte-order mark)");
    }

    void unicodeWithoutAMarkImports()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, encodingName);
        const int cases = Test::caseCount(4);
        for (int i = 0; i < cases; ++i) {
            QStringList expected;
            const QString text = contactsCsv(1 + m_random.bounded(40), kWesternNames + kOtherNames, &expected);
            QByteArray bytes = encoded(text, QStringConverter::Encoding(encoding));
            if (bom)
                bytes.prepend("\xEF\xBB\xBF");
            const QString path = write(QStringLiteral("csv"), bytes);
            ImportSource source;
            ImportProblem problem;
            QVERIFY2(source.open(path, ImportFormat::Auto, &problem), qPrintable(problem.message));
            QCOMPARE(TextDecoder::displayName(source.encoding()), encodingName);
            expectImported(path, expected);
        }
    }

    void windows1252Imports()
    {
        const int cases = Test::caseCount(4);
        for (int i = 0; i < cases; ++i) {
            QStringList expected;
            const QString text = contactsCsv(1 + m_random.bounded(40), kWesternNames, &expected);
            const QString path = write(QStringLiteral("csv"), toWindows1252(text));
            ImportSource source;
            ImportProblem problem;
            QVERIFY2(source.open(path, ImportFormat::Auto, &problem), qPrintable(problem.message));
            QCOMPARE(source.encoding(), TextDecoder::Encoding::Windows1252);
            expectImported(path, expected);
        }
    }

    void vCardsGoToTheVCardReader()
    {
        QStringList expected;
        QByteArray cards;
        const int count = 1 + m_random.bounded(10);
        for (int i = 0; i < count; ++i) {
            const QString first = pick(kWesternNames + kOtherNames);
            const QString last = pick(kWesternNames + kOtherNames);
            cards += QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%2;%1;;;\r\nFN:%1 %2\r\nEMAIL:p%3@example.org\r\n"
                                    "END:VCARD\r\n")
                         .arg(first, last)
                         .arg(i)
                         .toUtf8();
            expected.append(first + QLatin1Char(' ') + last);
        }
        // By its name, and by its first line whatever its name.
        for (const QString& suffix : {QStringLiteral("vcf"), QStringLiteral("txt")}) {
            const QString path = write(suffix, cards);
            ImportSource source;
            ImportProblem problem;
            QVERIFY2(source.open(path, ImportFormat::Auto, &problem), qPrintable(problem.message));
            QVERIFY(source.isVCard());
            expectImported(path, expected);
        }
    }

    void aListOfNamesIsATable()
    {
        QStringList names;
        const int count = 2 + m_random.bounded(30);
        for (int i = 0; i < count; ++i)
            names.append(pick(kWesternNames) + QLatin1Char(' ') + pick(kOtherNames));
        names.removeDuplicates();
        // With a header naming the column, it imports as it is.
        const QString named
            = write(QStringLiteral("csv"), (QStringLiteral("Name\n") + names.join(QLatin1Char('\n')) + u'\n').toUtf8());
        expectImported(named, names);
        // Without one, the wizard shows it, for the user to say what the column holds.
        const QString bare = write(QStringLiteral("txt"), names.join(QLatin1Char('\n')).toUtf8());
        ImportSource source;
        source.setAllowUnmappedColumns(true);
        ImportProblem problem;
        QVERIFY2(source.open(bare, ImportFormat::Csv, &problem), qPrintable(problem.message));
        QCOMPARE(source.contentKind(), ContentSniffer::Kind::Text);
        QCOMPARE(source.sampleRows(100).size(), names.size() - 1);
    }

    // Blank rows, rows of only commas, and extra empty cells at the end: untidy, but a table.
    void untidyCsvIsATable()
    {
        const int cases = Test::caseCount(8);
        for (int i = 0; i < cases; ++i) {
            QByteArray csv = "First Name,Last Name,Email\r\n";
            QStringList expected;
            const int rows = 1 + m_random.bounded(30);
            for (int row = 0; row < rows; ++row) {
                for (int blanks = m_random.bounded(3); blanks > 0; --blanks)
                    csv += m_random.bounded(2) ? "\r\n" : ",,,\r\n";
                const QString first = pick(kWesternNames);
                const QString last = pick(kOtherNames);
                csv += QStringLiteral("%1,%2,r%3@example.org").arg(first, last).arg(row).toUtf8();
                csv += QByteArray(m_random.bounded(4), ',') + "\r\n";
                expected.append(first + QLatin1Char(' ') + last);
            }
            expectImported(write(QStringLiteral("csv"), csv), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportSniffing)
#include "tst_importsniffing.moc"
