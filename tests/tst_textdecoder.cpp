// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoder.h"

#include <QBuffer>
#include <QTest>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::TextDecoder::Encoding)

namespace {

// "Chloé paid €5 for “quotes”" as Windows-1252 bytes.
const QByteArray kWindows1252Bytes("Chlo\xE9 paid \x80"
                                   "5 for \x93quotes\x94");
const QString kWindows1252Text = QStringLiteral("Chloé paid €5 for “quotes”");

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

// Decodes bytes fed `chunkSize` at a time, as a file read in small pieces would be.
QString decodeInChunks(TextDecoder& decoder, const QByteArray& bytes, qsizetype chunkSize)
{
    QString text;
    for (qsizetype i = 0; i < bytes.size(); i += chunkSize)
        text += decoder.decode(QByteArrayView(bytes).sliced(i, qMin(chunkSize, bytes.size() - i)));
    decoder.finish();
    return text;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextDecoder::Encoding>("expected");
        QTest::newRow("ascii") << QByteArray("First Name,Last Name\r\n") << TextDecoder::Encoding::Utf8;
        QTest::newRow("utf-8") << QStringLiteral("Zoë,Nguyễn,😀").toUtf8() << TextDecoder::Encoding::Utf8;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFName") << TextDecoder::Encoding::Utf8WithBom;
        QTest::newRow("utf-16 le") << utf16(QStringLiteral("Title"), true) << TextDecoder::Encoding::Utf16LittleEndian;
        QTest::newRow("utf-16 be") << utf16(QStringLiteral("Title"), false) << TextDecoder::Encoding::Utf16BigEndian;
        QTest::newRow("windows-1252") << kWindows1252Bytes << TextDecoder::Encoding::Windows1252;
        // Valid UTF-8 until the last byte, which starts a sequence that never ends.
        QTest::newRow("truncated utf-8") << QByteArray("Zo\xC3\xAB,\xC3") << TextDecoder::Encoding::Windows1252;
        QTest::newRow("empty") << QByteArray() << TextDecoder::Encoding::Utf8;
        // UTF-16 without a byte-order mark: the NULs in every other byte give it and its byte order away.
        const QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Nguyễn 😀\r\nEND:VCARD\r\n");
        QTest::newRow("utf-16 le, no bom") << utf16(card, true).sliced(2) << TextDecoder::Encoding::Utf16LittleEndian;
        QTest::newRow("utf-16 be, no bom") << utf16(card, false).sliced(2) << TextDecoder::Encoding::Utf16BigEndian;
        QTest::newRow("utf-16 le, no bom, one letter")
            << utf16(QStringLiteral("A"), true).sliced(2) << TextDecoder::Encoding::Utf16LittleEndian;
        // Mostly Cyrillic and Arabic, whose letters have no NUL byte: the markup around them still has.
        const QString names = QStringLiteral("N:Фарук;Лейла;;;\r\nFN:ليلى فاروق\r\nORG:Институт\r\n");
        QTest::newRow("utf-16 le, no bom, non-latin")
            << utf16(names, true).sliced(2) << TextDecoder::Encoding::Utf16LittleEndian;
        QTest::newRow("utf-16 be, no bom, non-latin")
            << utf16(names, false).sliced(2) << TextDecoder::Encoding::Utf16BigEndian;
        // A stray NUL or two in UTF-8 text is no UTF-16: they are far too few, and in both byte positions.
        QTest::newRow("utf-8 with stray NULs")
            << QByteArrayLiteral("First Name,Last Name\r\nAda,Love\0lace\r\nGrace,\0Hopper\r\n")
            << TextDecoder::Encoding::Utf8;
        // Binary-looking bytes with NULs everywhere are not UTF-16 either.
        QTest::newRow("NULs in both positions")
            << QByteArrayLiteral("a\0\0b\0\0c\0\0d\0\0") << TextDecoder::Encoding::Utf8;
    }

    void detectsTheEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextDecoder::Encoding, expected);
        QCOMPARE(TextDecoder::detect(bytes), expected);

        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(TextDecoder::detect(buffer), expected);
        QCOMPARE(buffer.pos(), 0); // rewound for the real read
    }

    void decodesUtf16WithoutAByteOrderMark_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("little-endian") << true;
        QTest::newRow("big-endian") << false;
    }

    void decodesUtf16WithoutAByteOrderMark()
    {
        QFETCH(bool, littleEndian);
        const QString text = QStringLiteral("BEGIN:VCARD\r\nFN:Zoë Nguyễn 😀\r\nEND:VCARD\r\n");
        const QByteArray bytes = utf16(text, littleEndian).sliced(2);
        const TextDecoder::Encoding encoding = TextDecoder::detect(bytes);
        QCOMPARE(
            encoding, littleEndian ? TextDecoder::Encoding::Utf16LittleEndian : TextDecoder::Encoding::Utf16BigEndian);
        TextDecoder decoder(encoding);
        QCOMPARE(decodeInChunks(decoder, bytes, 3), text);
        QVERIFY(!decoder.hasError());
    }

    void detectsWindows1252PastTheFirstChunk()
    {
        // Only the last line, far beyond the first read, has a byte that is not UTF-8.
        QByteArray bytes = QByteArray("Name,Company\n") + QByteArray(200000, 'a') + "\nCl\xE9mence,X\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(TextDecoder::detect(buffer), TextDecoder::Encoding::Windows1252);
    }

    void decodesWindows1252()
    {
        TextDecoder decoder(TextDecoder::Encoding::Windows1252);
        QCOMPARE(decoder.decode(kWindows1252Bytes), kWindows1252Text);
        QVERIFY(!decoder.hasError());
        // Every byte maps to a character, the unassigned ones to the C1 controls.
        const QString all = TextDecoder(TextDecoder::Encoding::Windows1252).decode(QByteArray("\x81\x8D\x9F\xFF"));
        QCOMPARE(all, QStringLiteral("\u0081\u008D\u0178\u00FF"));
    }

    void dropsTheByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextDecoder::Encoding>("encoding");
        const QString text = QStringLiteral("Zoë,Nguyễn,😀\r\nשלום,مرحبا\r\n");
        QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << TextDecoder::Encoding::Utf8WithBom;
        QTest::newRow("utf-16 le") << utf16(text, true) << TextDecoder::Encoding::Utf16LittleEndian;
        QTest::newRow("utf-16 be") << utf16(text, false) << TextDecoder::Encoding::Utf16BigEndian;
    }

    void dropsTheByteOrderMark()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextDecoder::Encoding, encoding);
        const QString expected = QStringLiteral("Zoë,Nguyễn,😀\r\nשלום,مرحبا\r\n");
        TextDecoder whole(encoding);
        QCOMPARE(whole.decode(bytes), expected);
        whole.finish();
        QVERIFY(!whole.hasError());
        // One byte at a time splits the BOM, every multi-byte character and the surrogate pair.
        for (const qsizetype chunk : {1, 2, 3, 5}) {
            TextDecoder decoder(encoding);
            QCOMPARE(decodeInChunks(decoder, bytes, chunk), expected);
            QVERIFY(!decoder.hasError());
        }
    }

    void keepsAByteOrderMarkOnlyOnce()
    {
        // A second U+FEFF later in the text is content (a zero-width no-break space), not a mark.
        TextDecoder decoder(TextDecoder::Encoding::Utf16LittleEndian);
        const QString text = QStringLiteral("a\uFEFFb");
        QCOMPARE(decodeInChunks(decoder, utf16(text, true), 2), text);
    }

    void decodesUtf8SplitAcrossChunks()
    {
        const QByteArray bytes = QStringLiteral("Zoë Nguyễn 😀 Chloé").toUtf8();
        for (const qsizetype chunk : {1, 2, 3, 4}) {
            TextDecoder decoder(TextDecoder::Encoding::Utf8);
            QCOMPARE(decodeInChunks(decoder, bytes, chunk), QStringLiteral("Zoë Nguyễn 😀 Chloé"));
            QVERIFY(!decoder.hasError());
        }
    }

    void reportsInvalidUtf8AfterAByteOrderMark()
    {
        TextDecoder decoder(TextDecoder::Encoding::Utf8WithBom);
        const QString text = decoder.decode(QByteArray("\xEF\xBB\xBF"
                                                       "ok\nChlo\xE9\nmore"));
        QVERIFY(decoder.hasError());
        // The text before the bad byte comes out, so the reader can tell the line it is on.
        QCOMPARE(text, QStringLiteral("ok\nChlo"));
    }

    void reportsInvalidUtf8SplitAcrossChunks()
    {
        // E2 82 is the start of "€" (E2 82 AC); here the third byte is a letter.
        TextDecoder decoder(TextDecoder::Encoding::Utf8WithBom);
        QString text = decoder.decode(QByteArray("\xEF\xBB\xBF"
                                                 "a\n\xE2"));
        QVERIFY(!decoder.hasError());
        text += decoder.decode(QByteArray("\x82"));
        QVERIFY(!decoder.hasError());
        text += decoder.decode(QByteArray("x\n"));
        QVERIFY(decoder.hasError());
        QCOMPARE(text, QStringLiteral("a\n"));
    }

    void reportsATruncatedLastCharacter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextDecoder::Encoding>("encoding");
        QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF"
                                             "ab\xE2\x82")
                               << TextDecoder::Encoding::Utf8WithBom;
        QTest::newRow("utf-16 odd byte") << utf16(QStringLiteral("ab"), true) + 'c'
                                         << TextDecoder::Encoding::Utf16LittleEndian;
        QTest::newRow("utf-16 high surrogate")
            << utf16(QStringLiteral("ab") + QChar(0xD83D), false) << TextDecoder::Encoding::Utf16BigEndian;
    }

    void reportsATruncatedLastCharacter()
    {
        // The default stateful decoders drop an unfinished last character without a word.
        QFETCH(QByteArray, bytes);
        QFETCH(TextDecoder::Encoding, encoding);
        TextDecoder decoder(encoding);
        QVERIFY(decoder.decode(bytes).startsWith(QStringLiteral("ab")));
        QVERIFY(!decoder.hasError());
        decoder.finish();
        QVERIFY(decoder.hasError());
    }

    void reportsALoneSurrogateInUtf16()
    {
        QString text;
        text.append(QLatin1Char('a'));
        text.append(QChar(0xDC00)); // a low surrogate with no high one before it
        text.append(QLatin1Char('b'));
        TextDecoder decoder(TextDecoder::Encoding::Utf16LittleEndian);
        QCOMPARE(decoder.decode(utf16(text, true)), QStringLiteral("a"));
        QVERIFY(decoder.hasError());
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
        QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC") << true;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("largest") << QByteArray("\xF4\x8F\xBF\xBF") << true;
        QTest::newRow("overlong two") << QByteArray("\xC0\x80") << false;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\x80") << false;
        QTest::newRow("overlong four") << QByteArray("\xF0\x80\x80\x80") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xE2\x82") << false;
        QTest::newRow("interrupted") << QByteArray("\xE2\x82x") << false;
    }

    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        Utf8Validator whole;
        whole.feed(bytes);
        QCOMPARE(whole.isValid(), valid);
        Utf8Validator byByte;
        for (const char c : bytes)
            byByte.feed(QByteArrayView(&c, 1));
        QCOMPARE(byByte.isValid(), valid);
    }

    void namesEveryEncoding()
    {
        for (const auto e :
            {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf8WithBom, TextDecoder::Encoding::Utf16LittleEndian,
                TextDecoder::Encoding::Utf16BigEndian, TextDecoder::Encoding::Windows1252})
            QVERIFY(!TextDecoder::displayName(e).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
