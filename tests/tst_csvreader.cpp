#include "CsvReader.h"

#include <QTest>

using namespace Rapport;

namespace {

struct Parsed {
    QList<CsvRecord> records;
    std::optional<ImportProblem> error;
};

// Feeds text `chunkSize` characters at a time (0: all at once).
Parsed parse(const QString& text, qsizetype chunkSize = 0, QChar delimiter = QLatin1Char(','))
{
    Parsed parsed;
    CsvReader reader(delimiter);
    const CsvReader::Sink sink = [&parsed](CsvRecord&& record) { parsed.records.append(std::move(record)); };
    if (chunkSize <= 0) {
        reader.feed(text, sink);
    } else {
        for (qsizetype i = 0; i < text.size(); i += chunkSize)
            reader.feed(QStringView(text).sliced(i, qMin(chunkSize, text.size() - i)), sink);
    }
    reader.finish(sink);
    parsed.error = reader.error();
    return parsed;
}

QStringList fields(const char* a, const char* b = nullptr, const char* c = nullptr)
{
    QStringList list {QString::fromUtf8(a)};
    for (const char* s : {b, c}) {
        if (s)
            list.append(QString::fromUtf8(s));
    }
    return list;
}

QList<int> lines(const Parsed& parsed)
{
    QList<int> result;
    for (const CsvRecord& r : parsed.records)
        result.append(r.line);
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsPlainRecords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lf") << QStringLiteral("a,b\nc,d\n");
        QTest::newRow("crlf") << QStringLiteral("a,b\r\nc,d\r\n");
        QTest::newRow("cr") << QStringLiteral("a,b\rc,d\r");
        QTest::newRow("no final line end") << QStringLiteral("a,b\nc,d");
        QTest::newRow("no final line end, crlf") << QStringLiteral("a,b\r\nc,d");
    }

    void readsPlainRecords()
    {
        QFETCH(QString, text);
        const Parsed p = parse(text);
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(0).fields, fields("a", "b"));
        QCOMPARE(p.records.at(1).fields, fields("c", "d"));
        QCOMPARE(lines(p), (QList<int> {1, 2}));
    }

    void keepsEmptyFields()
    {
        const Parsed p = parse(QStringLiteral(",a,\n,,\n\"\",\"\"\na,"));
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records.at(0).fields, fields("", "a", ""));
        QCOMPARE(p.records.at(1).fields, fields("", "", ""));
        QCOMPARE(p.records.at(2).fields, fields("", ""));
        QCOMPARE(p.records.at(3).fields, fields("a", ""));
    }

    void readsQuotedFields()
    {
        const Parsed p = parse(QStringLiteral("\"Associate Director, Biology\",\"She said \"\"hi\"\"\",\"\"\"\"\n"));
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.first().fields, fields("Associate Director, Biology", "She said \"hi\"", "\""));
    }

    void keepsAStrayQuoteInsideAnUnquotedField()
    {
        // Spreadsheets write 5'10" or O"Brien unquoted; the quote is text.
        const Parsed p = parse(QStringLiteral("5'10\",O\"Brien\n"));
        QVERIFY(!p.error);
        QCOMPARE(p.records.first().fields, fields("5'10\"", "O\"Brien"));
    }

    void keepsNewlinesInsideQuotes()
    {
        // Line numbers count physical lines, so later records still name the right line.
        const QString text = QStringLiteral("name,notes\r\n"
                                            "Ada,\"line one\r\nline two\r\n\r\nline four\"\r\n"
                                            "Bo,\"lf\nonly\"\r\n"
                                            "Cy,\"cr\ronly\"\r\n"
                                            "Di,plain\r\n");
        const Parsed p = parse(text);
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 5);
        QCOMPARE(p.records.at(1).fields.at(1), QStringLiteral("line one\r\nline two\r\n\r\nline four"));
        QCOMPARE(p.records.at(2).fields.at(1), QStringLiteral("lf\nonly"));
        QCOMPARE(p.records.at(3).fields.at(1), QStringLiteral("cr\ronly"));
        QCOMPARE(lines(p), (QList<int> {1, 2, 6, 8, 10}));
    }

    void countsALineFeedThatStartsAQuotedField()
    {
        // The first field ends in CR; the LF that opens the next quoted field is a new line, not
        // the second half of that CR.
        const Parsed p = parse(QStringLiteral("\"x\r\",\"\ny\"\nz\n"));
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(0).fields, fields("x\r", "\ny"));
        QCOMPARE(lines(p), (QList<int> {1, 4}));

        // The same with an escaped quote between the CR and the LF.
        const Parsed escaped = parse(QStringLiteral("\"x\r\"\"\ny\"\nz\n"));
        QCOMPARE(escaped.records.at(0).fields, fields("x\r\"\ny"));
        QCOMPARE(lines(escaped), (QList<int> {1, 4}));
    }

    void reportsAnUnterminatedQuoteWhereItOpens()
    {
        const Parsed p = parse(QStringLiteral("a,b\nc,d\ne,\"never closed\nf,g\nh,i\n"));
        QVERIFY(p.error);
        QCOMPARE(p.error->line, 3);
        QCOMPARE(p.records.size(), 2); // the records before it
    }

    void readsTheSameInAnyChunks()
    {
        QString text = QStringLiteral("\xFEFF"
                                      "First Name,Last Name,Notes\r\n"
                                      "Zoë,\"Nguyễn, PhD\",\"multi\r\nline \"\"quoted\"\" 😀\"\r\n"
                                      "שלום,مرحبا,\"\"\r\n"
                                      "\r\n"
                                      "last,row,");
        text += QString(5000, QLatin1Char('x')) + QStringLiteral("\r\n");
        const Parsed whole = parse(text);
        QVERIFY(!whole.error);
        QCOMPARE(whole.records.size(), 5);
        QCOMPARE(whole.records.at(1).fields.at(2), QStringLiteral("multi\r\nline \"quoted\" 😀"));
        QCOMPARE(whole.records.at(2).fields, (QStringList {QStringLiteral("שלום"), QStringLiteral("مرحبا"), {}}));
        QVERIFY(whole.records.at(3).isBlank());
        QCOMPARE(whole.records.at(4).fields.at(2).size(), 5000);
        QCOMPARE(lines(whole), (QList<int> {1, 2, 4, 5, 6}));
        for (const qsizetype chunk : {1, 2, 3, 7, 64}) {
            const Parsed chunked = parse(text, chunk);
            QVERIFY(!chunked.error);
            QCOMPARE(chunked.records.size(), whole.records.size());
            for (qsizetype i = 0; i < whole.records.size(); ++i) {
                QCOMPARE(chunked.records.at(i).fields, whole.records.at(i).fields);
                QCOMPARE(chunked.records.at(i).line, whole.records.at(i).line);
            }
        }
    }

    void splitsOnOtherDelimiters()
    {
        const Parsed semicolon = parse(QStringLiteral("a;\"b;c\";d,e\n"), 0, QLatin1Char(';'));
        QCOMPARE(semicolon.records.first().fields, fields("a", "b;c", "d,e"));
        const Parsed tab = parse(QStringLiteral("a\t\"b\tc\"\td,e\n"), 0, QLatin1Char('\t'));
        QCOMPARE(tab.records.first().fields, fields("a", "b\tc", "d,e"));
    }

    void recognisesBlankRecords()
    {
        const Parsed p = parse(QStringLiteral("a\n\n  \n,,\n\"\"\n"));
        QCOMPARE(p.records.size(), 5);
        QVERIFY(!p.records.at(0).isBlank());
        QVERIFY(p.records.at(1).isBlank());
        // Spreadsheets end files with rows of spaces or of empty cells; those hold no data either.
        QVERIFY(p.records.at(2).isBlank());
        QVERIFY(p.records.at(3).isBlank());
        QVERIFY(p.records.at(4).isBlank());
    }

    void readsNothingFromNothing()
    {
        QVERIFY(parse(QString()).records.isEmpty());
        QVERIFY(!parse(QString()).error);
    }

    void sniffsTheDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("expected");
        QTest::newRow("comma") << QStringLiteral("First Name,Last Name,Company\nA,B,C\nD,E,F\n") << QChar(u',');
        QTest::newRow("semicolon, commas in data")
            << QStringLiteral("Name;Company;Notes\nAda;\"Acme, Inc\";a, b, c\nBo;X;y, z\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("Name\tCompany\tNotes\nAda\tAcme, Inc\t;\nBo\tX\ty\n") << QChar(u'\t');
        QTest::newRow("linkedin preamble")
            << QStringLiteral("Notes:\r\n\"When exporting your connection data, you may notice that some; of the\"\r\n"
                              "\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                              "A,B,u,,C,\"P; Q\",15 Mar 2024\r\n")
            << QChar(u',');
        QTest::newRow("single column") << QStringLiteral("Name\nAda\nBo\n") << QChar(u',');
    }

    void sniffsTheDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, expected);
        QCOMPARE(CsvReader::sniffDelimiter(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
