// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContentSniffer.h"

#include "CsvReader.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>

namespace Rapport {

namespace {

using namespace Qt::StringLiterals;

enum class MagicKind { Binary, Compressed, Zip, OfficeLegacy };

struct Magic {
    QByteArrayView bytes;
    MagicKind kind;
    const char* what; // translated in ContentSniffer's context
};

// The first bytes of the file types people mistake for, or keep next to, a contacts export.
// Printable ones ("MZ", "BZh") are left to the control-character test: a CSV may start with them.
const std::array kMagics = {
    Magic {"%PDF-", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a PDF document")},
    Magic {"\x89PNG\r\n\x1A\n", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a PNG image")},
    Magic {"\xFF\xD8\xFF", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a JPEG image")},
    Magic {"GIF87a", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a GIF image")},
    Magic {"GIF89a", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a GIF image")},
    Magic {QByteArrayView("II*\0", 4), MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a TIFF image")},
    Magic {QByteArrayView("MM\0*", 4), MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "a TIFF image")},
    Magic {"\x7F"
           "ELF",
        MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an executable program")},
    Magic {
        "\xCF\xFA\xED\xFE", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an executable program")},
    Magic {
        "\xCE\xFA\xED\xFE", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an executable program")},
    Magic {
        "\xCA\xFE\xBA\xBE", MagicKind::Binary, QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an executable program")},
    Magic {QByteArrayView("SQLite format 3\0", 16), MagicKind::Binary,
        QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an SQLite database")},
    Magic {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", MagicKind::OfficeLegacy,
        QT_TRANSLATE_NOOP("Rapport::ContentSniffer", "an older Microsoft Office document")},
    Magic {"\x1F\x8B", MagicKind::Compressed, "gzip"},
    Magic {QByteArrayView("\xFD"
                          "7zXZ\0",
               6),
        MagicKind::Compressed, "xz"},
    Magic {"7z\xBC\xAF\x27\x1C", MagicKind::Compressed, "7-Zip"}, Magic {"Rar!\x1A\x07", MagicKind::Compressed, "RAR"},
    Magic {"PK\x03\x04", MagicKind::Zip, nullptr}, Magic {"PK\x05\x06", MagicKind::Zip, nullptr}, // an empty archive
    Magic {"PK\x07\x08", MagicKind::Zip, nullptr}, // the first part of a split one
};

bool hasSuffix(const QString& path, std::initializer_list<QLatin1StringView> suffixes)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const QLatin1StringView s : suffixes) {
        if (suffix.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ContentSniffer::Verdict binary(const QString& what)
{
    return {ContentSniffer::Kind::Binary,
        ContentSniffer::tr("not a contacts file: it looks like binary data (%1)").arg(what)};
}

// Control characters that text files do hold: tab, line ends, form feed, vertical tab (FileMaker's
// line break inside a cell) and SUB (the end-of-file mark old DOS programs wrote).
bool isControl(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v' && c != 0x1A;
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ContentSniffer::tr("semicolons");
    if (delimiter == u'\t')
        return ContentSniffer::tr("tabs");
    return ContentSniffer::tr("commas");
}

} // namespace

ContentSniffer::Verdict ContentSniffer::sniffBytes(QByteArrayView start, const QString& path)
{
    for (const Magic& magic : kMagics) {
        if (!start.startsWith(magic.bytes))
            continue;
        switch (magic.kind) {
        case MagicKind::Binary:
            return binary(tr(magic.what));
        case MagicKind::Compressed:
            return {Kind::Binary,
                tr("not a contacts file: it is compressed (%1); extract it and import the contacts file inside")
                    .arg(QLatin1StringView(magic.what))};
        case MagicKind::OfficeLegacy:
            if (hasSuffix(path, {"xls"_L1}))
                break;
            return binary(tr(magic.what));
        case MagicKind::Zip:
            // Office Open XML and OpenDocument files are ZIP archives too; their entries' names
            // come first in the file. The user wants to hear "save it as CSV" for those.
            if (hasSuffix(path, {"xlsx"_L1, "xlsm"_L1, "ods"_L1, "numbers"_L1}) || start.contains("xl/workbook")
                || start.contains("opendocument.spreadsheet"))
                break;
            // The LinkedIn data export is a ZIP archive: its reader will take this kind of file.
            return {Kind::Zip, tr("is a ZIP archive; unzip it and import the CSV inside")};
        }
        return {Kind::Spreadsheet,
            tr("is a spreadsheet workbook, not a CSV file; save it as CSV (comma-separated values) in your "
               "spreadsheet program and import that")};
    }
    return {};
}

ContentSniffer::Verdict ContentSniffer::sniffText(QStringView text, TextDecoder::Encoding encoding)
{
    qsizetype nuls = 0;
    qsizetype controls = 0;
    qsizetype unassigned = 0;
    qsizetype high = 0;
    qsizetype visible = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        nuls += u == 0 ? 1 : 0;
        controls += isControl(u) ? 1 : 0;
        high += u >= 0x80 ? 1 : 0;
        visible += c.isSpace() ? 0 : 1;
        if (u < 0x80)
            continue;
        // Binary data that passed for UTF-16 (NULs in every other byte) decodes to code points no
        // text uses: unassigned ones, private use, halves of pairs.
        char32_t point = u;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            point = QChar::surrogateToUcs4(c, text[++i]);
        const QChar::Category category = QChar::category(point);
        unassigned += category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse
                || category == QChar::Other_Surrogate
            ? 1
            : 0;
    }
    // A few stray control characters are damage a reader can pass on (a NUL in a cell); one in a
    // hundred characters is not text (random bytes have one in eight).
    if (controls >= 4 && controls * 100 > text.size()) {
        return binary(nuls > 0 ? tr("it holds NUL bytes, which text does not have")
                               : tr("it holds control characters, which text does not have"));
    }
    if (unassigned >= 4 && unassigned * 100 > text.size())
        return binary(tr("it holds characters that no text uses"));
    // Windows-1252 takes any bytes; text in it is mostly ASCII with accented letters between.
    // Mostly bytes above ASCII that are not UTF-8 are binary, or Cyrillic, Greek or CJK text in a
    // code page Rapport cannot tell apart.
    if (encoding == TextDecoder::Encoding::Windows1252 && high >= 16 && high * 5 > visible * 2) {
        return {Kind::Binary,
            tr("not a contacts file: it looks like binary data, or text in an encoding Rapport does not read "
               "(it reads UTF-8, UTF-16 and Windows-1252)")};
    }
    return {};
}

ContentSniffer::Verdict ContentSniffer::sniffDecoded(QByteArrayView start, TextDecoder::Encoding encoding)
{
    if (encoding == TextDecoder::Encoding::Windows1252)
        return sniffText(TextDecoder(encoding).decode(start), encoding);
    // Qt's decoders go on past bad input (a lone surrogate, a bad UTF-8 byte) where TextDecoder
    // stops: the whole sample counts, not what came before its first flaw.
    QStringDecoder decoder(encoding == TextDecoder::Encoding::Utf16LittleEndian ? QStringConverter::Utf16LE
            : encoding == TextDecoder::Encoding::Utf16BigEndian                 ? QStringConverter::Utf16BE
                                                                                : QStringConverter::Utf8);
    const QString text = decoder.decode(start);
    return sniffText(text, encoding);
}

bool ContentSniffer::looksLikeText(QByteArrayView start)
{
    if (!sniffBytes(start).isText())
        return false;
    // Text that starts a JSON backup is UTF-8. A short start may cut its last character in two,
    // which the validator leaves pending rather than failed.
    Utf8Validator utf8;
    utf8.feed(start);
    if (utf8.failed())
        return false;
    QString ascii;
    ascii.reserve(start.size());
    for (const char c : start)
        ascii.append(static_cast<uchar>(c) < 0x80 ? QChar(char16_t(c)) : QChar(u' '));
    return sniffText(ascii, TextDecoder::Encoding::Utf8).isText();
}

ContentSniffer::Verdict ContentSniffer::sniffTable(QStringView text, QChar delimiter, int headerLine, bool complete)
{
    // A table's rows have the header's number of fields, or fewer (spreadsheets drop empty cells
    // at the end of a row), or more that are empty (extra commas). Rows wider than the header still
    // make a table when most agree with each other (the "header" was a title line above it).
    // Prose, code and logs have lines of any width.
    constexpr int kSampleRows = 200;
    qsizetype headerFields = -1;
    int rows = 0;
    int wider = 0;
    QHash<qsizetype, int> widths; // filled fields -> rows
    const CsvReader::Sink sink = [&](CsvRecord&& record) {
        if (rows == kSampleRows || record.isBlank() || record.line < headerLine)
            return;
        if (headerFields < 0) {
            headerFields = record.fields.size();
            return;
        }
        qsizetype filled = record.fields.size();
        while (filled > 0 && record.fields.at(filled - 1).trimmed().isEmpty())
            --filled;
        ++rows;
        ++widths[filled];
        wider += filled > headerFields ? 1 : 0;
    };
    CsvReader reader(delimiter);
    reader.feed(text, sink);
    if (complete)
        reader.finish(sink);
    const int agreeing = widths.isEmpty() ? 0 : *std::max_element(widths.cbegin(), widths.cend());
    if (wider * 2 <= rows || agreeing * 3 >= rows * 2)
        return {};
    return {Kind::NotTable,
        tr("not a contacts file: it is text but not a table; its lines do not have a consistent number of fields "
           "(separated by %1)")
            .arg(delimiterName(delimiter))};
}

} // namespace Rapport
