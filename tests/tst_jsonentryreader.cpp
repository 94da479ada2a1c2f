// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonEntryReader: a JSON backup read one entry at a time must read exactly what Qt's parser
// reads from the whole file, and name the line of any syntax error.
#include "JsonEntryReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

namespace {

// Text heavy in what a scanner of JSON could trip on: quotes, backslashes, brackets, commas and
// colons inside strings, control characters, and characters beyond ASCII.
QString randomText(QRandomGenerator& random)
{
    static const QString alphabet = QStringLiteral("ab\"\\{}[],: \t\n\x01/éü漢😀");
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        const qsizetype at = random.bounded(alphabet.size());
        text += alphabet.at(at);
        if (alphabet.at(at).isHighSurrogate()) // keep the emoji whole
            text += alphabet.at(at + 1);
        else if (alphabet.at(at).isLowSurrogate())
            text.chop(1);
    }
    return text;
}

// A member's name: Rapport asks for members by Latin-1 name, but any may need escaping.
QString randomKey(QRandomGenerator& random, int index)
{
    static const QString alphabet = QStringLiteral("ab\"\\{}[],: /\t\u00e9");
    QString key = QString::number(index);
    for (int i = random.bounded(6); i > 0; --i)
        key += alphabet.at(random.bounded(alphabet.size()));
    return key;
}

QJsonValue randomValue(QRandomGenerator& random, int depth)
{
    switch (random.bounded(depth > 2 ? 5 : 7)) {
    case 0:
        return randomText(random);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return QJsonValue::Null;
    case 3:
        return double(random.bounded(-100000, 100000)) / 8;
    case 4:
        return random.bounded(1000000);
    case 5: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    default: {
        QJsonArray array;
        for (int i = random.bounded(5); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    }
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes)
{
    static int count = 0;
    const QString path = dir.filePath(QStringLiteral("file%1.json").arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestJsonEntryReader : public QObject
{
    Q_OBJECT

private slots:
    // Seeded random documents, large enough that entries and strings straddle the reader's
    // 1 MiB blocks, written compact and indented, with and without a byte-order mark.
    void readsWhatQtReadsFromTheWholeFile_data()
    {
        QTest::addColumn<quint32>("seed");
        const quint32 first = QRandomGenerator::global()->generate();
        for (quint32 i = 0; i < 6; ++i)
            QTest::addRow("seed %u", first + i) << first + i;
    }
    void readsWhatQtReadsFromTheWholeFile()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QJsonObject root;
        const auto format = random.bounded(2) ? QJsonDocument::Indented : QJsonDocument::Compact;
        QByteArray bytes;
        // Lists and other members until the file spans more than one of the reader's blocks.
        for (int i = 0; bytes.size() < 3 << 19; ++i) {
            if (random.bounded(3) == 0) {
                root.insert(randomKey(random, i), randomValue(random, 0));
            } else {
                QJsonArray list;
                for (int n = random.bounded(40000); n > 0; --n)
                    list.append(randomValue(random, 1));
                root.insert(randomKey(random, i), list);
            }
            bytes = QJsonDocument(root).toJson(format);
        }
        if (random.bounded(2))
            bytes.prepend("\xEF\xBB\xBF");
        QTemporaryDir dir;
        JsonEntryReader reader;
        JsonEntryReader::SyntaxError error;
        QVERIFY2(reader.open(writeFile(dir, bytes), &error), qPrintable(error.message));
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = it.key();
            const QByteArray latin1 = key.toLatin1();
            const QLatin1StringView name(latin1);
            QVERIFY(reader.contains(name));
            QCOMPARE(reader.value(name), it.value());
            if (!it.value().isArray()) {
                QCOMPARE(reader.size(name), -1);
                continue;
            }
            const QJsonArray expected = it.value().toArray();
            QCOMPARE(reader.size(name), expected.size());
            qsizetype visited = 0;
            reader.forEach(name, [&](qsizetype index, const QJsonValue& entry) {
                if (index != visited || entry != expected.at(index))
                    QFAIL(qPrintable(QStringLiteral("seed %1: entry %2 of a list differs").arg(seed).arg(index)));
                ++visited;
            });
            QCOMPARE(visited, expected.size());
        }
    }

    void readsSmallShapes()
    {
        QTemporaryDir dir;
        JsonEntryReader reader;
        JsonEntryReader::SyntaxError error;
        QVERIFY(reader.open(writeFile(dir, " {}\n"), &error));
        QVERIFY(!reader.contains(QLatin1StringView("contacts")));
        QVERIFY(reader.value(QLatin1StringView("contacts")).isUndefined());
        QCOMPARE(reader.size(QLatin1StringView("contacts")), -1);

        QVERIFY(
            reader.open(writeFile(dir, "{\"a\":[],\"b\" : [ 1 , \"x]\" ,null,{\"c\":[]} ],\"e\\\"f\":true}"), &error));
        QCOMPARE(reader.size(QLatin1StringView("a")), 0);
        QCOMPARE(reader.size(QLatin1StringView("b")), 4);
        QCOMPARE(reader.value(QLatin1StringView("e\"f")), QJsonValue(true));
        QList<QJsonValue> entries;
        reader.forEach(QLatin1StringView("b"), [&](qsizetype, const QJsonValue& entry) { entries.append(entry); });
        QCOMPARE(entries,
            (QList<QJsonValue> {
                1, QStringLiteral("x]"), QJsonValue::Null, QJsonObject {{QStringLiteral("c"), QJsonArray()}}}));
    }

    void namesTheLineOfASyntaxError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addRow("a list closed by a brace") << QByteArray("{\n\"a\": [\n{\"x\": [1,\n2}\n]}") << 4;
        QTest::addRow("an object closed by a bracket") << QByteArray("{\n  \"a\": [\n    {\"id\": 1,\n  ]\n}\n") << 4;
        QTest::addRow("a text not closed") << QByteArray("{\n\"a\": [\n\"abc\n\n") << 3;
        QTest::addRow("no comma between members") << QByteArray("{\"a\": 1\n\n\"b\": 2}") << 3;
        QTest::addRow("a comma before the end of a list") << QByteArray("{\"a\": [1,\n]}") << 2;
        QTest::addRow("no colon") << QByteArray("{\n\"a\" 1}") << 2;
        QTest::addRow("text after the object") << QByteArray("{}\n\nx") << 3;
        QTest::addRow("not an object") << QByteArray("\n[1, 2]") << 2;
        QTest::addRow("empty") << QByteArray("") << 1;
    }
    void namesTheLineOfASyntaxError()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QTemporaryDir dir;
        JsonEntryReader reader;
        JsonEntryReader::SyntaxError error;
        QVERIFY(!reader.open(writeFile(dir, json), &error));
        QCOMPARE(error.line, line);
        QVERIFY(!error.message.isEmpty());
    }

    // The scan only follows strings and brackets; what is inside an entry is Qt's parser's to
    // judge, when the entry is read, and the error still names its line.
    void anEntryThatIsNotJsonThrowsWithItsLine()
    {
        QTemporaryDir dir;
        JsonEntryReader reader;
        JsonEntryReader::SyntaxError error;
        QVERIFY(
            reader.open(writeFile(dir, "{\"version\": 2,\n\"contacts\": [\n{\"a\": 1},\n{\"a\": tru}\n]}"), &error));
        QCOMPARE(reader.value(QLatin1StringView("version")), QJsonValue(2));
        int read = 0;
        try {
            reader.forEach(QLatin1StringView("contacts"), [&](qsizetype, const QJsonValue&) { ++read; });
            QFAIL("a broken entry was read");
        } catch (const JsonEntryReader::SyntaxError& e) {
            QCOMPARE(e.line, 4);
        }
        QCOMPARE(read, 1);
    }

    void aFileThatCannotBeReadSaysSo()
    {
        JsonEntryReader reader;
        JsonEntryReader::SyntaxError error;
        QVERIFY(!reader.open(QStringLiteral("/nonexistent/backup.json"), &error));
        QCOMPARE(error.line, 0);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonEntryReader)
#include "tst_jsonentryreader.moc"
