// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvReader.h"
#include "TextDecoder.h"

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

// The bytes of a file, decoded as an import decodes them, fed `chunkSize` bytes at a time (0: all at once).
Parsed parseBytes(const QByteArray& bytes, qsizetype chunkSize = 0)
{
    TextDecoder decoder(TextDecoder::detect(bytes));
    QString text;
    if (chunkSize <= 0) {
        text = decoder.decode(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunkSize)
            text += decoder.decode(QByteArrayView(bytes).sliced(i, qMin(chunkSize, bytes.size() - i)));
    }
    decoder.finish();
    if (decoder.hasError())
        qFatal("undecodable test input");
    return parse(text, chunkSize);
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
        QCOMPARE(p.records.at(0).fields, fields("a", "b"));
        QCOMPARE(p.records.at(1).fields, fields("c", "d"));
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

    // csv-spectrum's quoting cases (github.com/max-mapper/csv-spectrum), in fixtures of our own of
    // the same shapes, and the other shapes real exports take. Each goes from the file's bytes
    // through encoding detection and decoding, as an import reads it, and in every chunking.
    void readsCsvSpectrumCases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<int>>("expectedLines");
        const auto row = [](std::initializer_list<const char*> cells) {
            QStringList list;
            for (const char* cell : cells)
                list.append(QString::fromUtf8(cell));
            return list;
        };
        using Records = QList<QStringList>;
        using Lines = QList<int>;

        QTest::newRow("comma_in_quotes") << QByteArray("first,last,address,city,zip\n"
                                                       "Ana,Lopez,12 Elm St.,\"Springfield, OR\",97477\n")
                                         << Records {row({"first", "last", "address", "city", "zip"}),
                                                row({"Ana", "Lopez", "12 Elm St.", "Springfield, OR", "97477"})}
                                         << Lines {1, 2};
        QTest::newRow("empty") << QByteArray("a,b,c\n1,\"\",\"\"\n2,3,4\n")
                               << Records {row({"a", "b", "c"}), row({"1", "", ""}), row({"2", "3", "4"})}
                               << Lines {1, 2, 3};
        QTest::newRow("empty_crlf") << QByteArray("a,b,c\r\n1,\"\",\"\"\r\n2,3,4\r\n")
                                    << Records {row({"a", "b", "c"}), row({"1", "", ""}), row({"2", "3", "4"})}
                                    << Lines {1, 2, 3};
        QTest::newRow("escaped_quotes") << QByteArray("a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n")
                                        << Records {row({"a", "b"}), row({"1", "ha \"ha\" ha"}), row({"3", "4"})}
                                        << Lines {1, 2, 3};
        QTest::newRow("json") << QByteArray("key,val\n1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": "
                                            "[102.0, 0.5]}\"\n")
                              << Records {row({"key", "val"}),
                                     row({"1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"})}
                              << Lines {1, 2};
        QTest::newRow("location_coordinates")
            << QByteArray("Contact Phone Number,Cities,Latitude,Longitude\n"
                          "5555550100,\"Thunder Bay, ON\",48.3809,-89.2477\n")
            << Records {row({"Contact Phone Number", "Cities", "Latitude", "Longitude"}),
                   row({"5555550100", "Thunder Bay, ON", "48.3809", "-89.2477"})}
            << Lines {1, 2};
        QTest::newRow("newlines") << QByteArray("a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n")
                                  << Records {row({"a", "b", "c"}), row({"1", "2", "3"}),
                                         row({"Once upon \na time", "5", "6"}), row({"7", "8", "9"})}
                                  << Lines {1, 2, 3, 5};
        QTest::newRow("newlines_crlf") << QByteArray("a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n")
                                       << Records {row({"a", "b", "c"}), row({"1", "2", "3"}),
                                              row({"Once upon \r\na time", "5", "6"}), row({"7", "8", "9"})}
                                       << Lines {1, 2, 3, 5};
        QTest::newRow("quotes_and_newlines")
            << QByteArray("a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n")
            << Records {row({"a", "b"}), row({"1", "ha \n\"ha\" \nha"}), row({"3", "4"})} << Lines {1, 2, 5};
        QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << Records {row({"a", "b", "c"}), row({"1", "2", "3"})}
                                << Lines {1, 2};
        QTest::newRow("simple_crlf") << QByteArray("a,b,c\r\n1,2,3\r\n")
                                     << Records {row({"a", "b", "c"}), row({"1", "2", "3"})} << Lines {1, 2};
        QTest::newRow("utf8") << QByteArray("a,b,c\n1,2,3\n4,5,\xCA\xA4\n")
                              << Records {row({"a", "b", "c"}), row({"1", "2", "3"}), row({"4", "5", "ʤ"})}
                              << Lines {1, 2, 3};
        // Beyond csv-spectrum.
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF\"a\",b\n1,2\n")
                                         << Records {row({"a", "b"}), row({"1", "2"})} << Lines {1, 2};
        QTest::newRow("no final line end")
            << QByteArray("a,b\n1,\"2\"") << Records {row({"a", "b"}), row({"1", "2"})} << Lines {1, 2};
        QTest::newRow("no final line end, empty last field")
            << QByteArray("a,b\n1,") << Records {row({"a", "b"}), row({"1", ""})} << Lines {1, 2};
        QTest::newRow("cr only (old Mac)")
            << QByteArray("a,b\r1,\"x\ry\"\r3,4\r") << Records {row({"a", "b"}), row({"1", "x\ry"}), row({"3", "4"})}
            << Lines {1, 2, 4};
        // Text after a closing quote is kept as it is, as Python's csv module and spreadsheets do;
        // the import then trims the value.
        QTest::newRow("quoted field followed by spaces")
            << QByteArray("a,b\n\"x, y\"  ,z\n") << Records {row({"a", "b"}), row({"x, y  ", "z"})} << Lines {1, 2};
        // Spaces are data (RFC 4180): kept around plain fields, and a quote after a space is text.
        QTest::newRow("spaces around fields")
            << QByteArray(" a , b \n 1 ,\" 2 \", \"3\"\n")
            << Records {row({" a ", " b "}), row({" 1 ", " 2 ", " \"3\""})} << Lines {1, 2};
        QTest::newRow("tabs are data") << QByteArray("a\t,\tb\n\t1,\"\t2\t\"\n")
                                       << Records {row({"a\t", "\tb"}), row({"\t1", "\t2\t"})} << Lines {1, 2};
        // A NUL byte is a character like any other: it must neither end the field nor the file.
        QTest::newRow("NUL byte") << QByteArray("a,b\n1\0002,\"x\000y\"\n3,4\n", 18)
                                  << Records {row({"a", "b"}),
                                         {QStringLiteral("1") + QChar(0) + QStringLiteral("2"),
                                             QStringLiteral("x") + QChar(0) + QStringLiteral("y")},
                                         row({"3", "4"})}
                                  << Lines {1, 2, 3};
        QTest::newRow("quote only field") << QByteArray("a,b\n\"\"\"\",\"\"\"\"\"\"\"\"\n")
                                          << Records {row({"a", "b"}), row({"\"", "\"\"\""})} << Lines {1, 2};
        QTest::newRow("blank lines kept as records")
            << QByteArray("a,b\n\n1,2\n\r\n") << Records {row({"a", "b"}), row({""}), row({"1", "2"}), row({""})}
            << Lines {1, 2, 3, 4};
        QTest::newRow("non-BMP, combining and right-to-left")
            << QByteArray("a,b\n\"\xF0\x9F\x98\x80, e\xCC\x81\",\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\n")
            << Records {row({"a", "b"}), row({"\xF0\x9F\x98\x80, e\xCC\x81", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"})}
            << Lines {1, 2};
    }

    void readsCsvSpectrumCases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<int>, expectedLines);
        for (const qsizetype chunk : {0, 1, 2, 3, 5}) {
            const Parsed p = parseBytes(bytes, chunk);
            QVERIFY2(!p.error, qPrintable(p.error ? p.error->message : QString()));
            QList<QStringList> records;
            for (const CsvRecord& r : p.records)
                records.append(r.fields);
            QCOMPARE(records, expected);
            QCOMPARE(lines(p), expectedLines);
        }
    }

    void anUnterminatedQuoteIsAFileErrorAtTheLineItOpens_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("recordsBefore");
        QTest::newRow("at the end") << QByteArray("a,b\n1,\"open") << 2 << 1;
        QTest::newRow("swallowing lines") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << 3 << 2;
        QTest::newRow("after a quoted newline, crlf")
            << QByteArray("a,b\r\n\"x\r\ny\",2\r\n3,\"\"\"open\r\n4,5\r\n") << 4 << 2;
        QTest::newRow("cr only") << QByteArray("a,b\r1,2\r\"open\r3,4\r") << 3 << 2;
        QTest::newRow("an escaped quote at the end") << QByteArray("a,b\n1,\"x\"\"") << 2 << 1;
    }

    void anUnterminatedQuoteIsAFileErrorAtTheLineItOpens()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, recordsBefore);
        for (const qsizetype chunk : {0, 1, 4}) {
            const Parsed p = parseBytes(bytes, chunk);
            QVERIFY(p.error);
            QCOMPARE(p.error->line, line);
            QVERIFY2(p.error->message.contains(QLatin1String("never closed")), qPrintable(p.error->message));
            QCOMPARE(p.records.size(), recordsBefore);
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
