// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoder.h"

#include <QIODevice>

#include <algorithm>
#include <optional>

namespace Rapport {

namespace {

constexpr qint64 kChunkSize = 1 << 16;

// Windows-1252's bytes 0x80–0x9F; the five unassigned ones map to the C1 controls, as browsers do.
constexpr char16_t kWindows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QStringConverter::Encoding converterEncoding(TextDecoder::Encoding encoding)
{
    switch (encoding) {
    case TextDecoder::Encoding::Utf16LittleEndian:
        return QStringConverter::Utf16LE;
    case TextDecoder::Encoding::Utf16BigEndian:
        return QStringConverter::Utf16BE;
    default:
        return QStringConverter::Utf8;
    }
}

std::optional<TextDecoder::Encoding> fromBom(QByteArrayView start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        return TextDecoder::Encoding::Utf8WithBom;
    if (start.startsWith("\xFF\xFE"))
        return TextDecoder::Encoding::Utf16LittleEndian;
    if (start.startsWith("\xFE\xFF"))
        return TextDecoder::Encoding::Utf16BigEndian;
    return std::nullopt;
}

// UTF-16 written without a byte-order mark (some Windows address books do) is valid UTF-8 as far as the
// validator can tell: ASCII text with a NUL after (little-endian) or before (big-endian) every character.
// Text files hold no NULs of their own, so NULs in one byte of each pair, and hardly ever in the other,
// tell UTF-16 and its byte order. Letters outside Latin-1 have no NUL byte, but the markup around them
// (property names, separators, line ends) does, hence a share of an eighth rather than all.
std::optional<TextDecoder::Encoding> fromNulPattern(QByteArrayView start)
{
    const qsizetype pairs = start.size() / 2;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += start[2 * i] == '\0' ? 1 : 0;
        oddNuls += start[2 * i + 1] == '\0' ? 1 : 0;
    }
    const auto dominates = [pairs](qsizetype mostly, qsizetype rarely) {
        return mostly > 0 && mostly * 8 >= pairs && rarely * 8 <= mostly;
    };
    if (dominates(oddNuls, evenNuls))
        return TextDecoder::Encoding::Utf16LittleEndian;
    if (dominates(evenNuls, oddNuls))
        return TextDecoder::Encoding::Utf16BigEndian;
    return std::nullopt;
}

} // namespace

void Utf8Validator::feed(QByteArrayView bytes)
{
    const qint64 chunkStart = m_fed;
    m_fed += bytes.size();
    for (qsizetype i = 0; i < bytes.size() && m_valid; ++i) {
        const auto b = static_cast<uchar>(bytes[i]);
        if (m_pending > 0) {
            if (b < m_lower || b > m_upper) {
                m_valid = false;
                return;
            }
            --m_pending;
            m_lower = 0x80;
            m_upper = 0xBF;
            continue;
        }
        m_sequenceStart = chunkStart + i;
        if (b < 0x80)
            continue;
        // Lead bytes, with the tighter first-continuation ranges that exclude overlong forms,
        // surrogates and code points above U+10FFFF (RFC 3629).
        if (b >= 0xC2 && b <= 0xDF) {
            m_pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_pending = 2;
            if (b == 0xE0)
                m_lower = 0xA0;
            if (b == 0xED)
                m_upper = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_pending = 3;
            if (b == 0xF0)
                m_lower = 0x90;
            if (b == 0xF4)
                m_upper = 0x8F;
        } else {
            m_valid = false;
        }
    }
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView bytes)
{
    if (const auto bom = fromBom(bytes))
        return *bom;
    if (const auto utf16 = fromNulPattern(bytes.first(std::min<qsizetype>(bytes.size(), kChunkSize))))
        return *utf16;
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.isValid() ? Encoding::Utf8 : Encoding::Windows1252;
}

TextDecoder::Encoding TextDecoder::detect(QIODevice& device)
{
    device.seek(0);
    const QByteArray start = device.peek(kChunkSize);
    if (const auto bom = fromBom(start))
        return *bom;
    if (const auto utf16 = fromNulPattern(start))
        return *utf16;
    Utf8Validator validator;
    while (!device.atEnd() && !validator.failed()) {
        const QByteArray chunk = device.read(kChunkSize);
        if (chunk.isEmpty())
            break;
        validator.feed(chunk);
    }
    const bool valid = validator.isValid();
    device.seek(0);
    return valid ? Encoding::Utf8 : Encoding::Windows1252;
}

QString TextDecoder::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8WithBom:
        return tr("UTF-8 (with byte-order mark)");
    case Encoding::Utf16LittleEndian:
        return tr("UTF-16 little-endian");
    case Encoding::Utf16BigEndian:
        return tr("UTF-16 big-endian");
    case Encoding::Windows1252:
        return tr("Windows-1252");
    }
    return {};
}

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_decoder(converterEncoding(encoding), QStringConverter::Flag::Default)
    , m_skipBom(encoding != Encoding::Utf8 && encoding != Encoding::Windows1252)
{ }

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (m_error)
        return {};
    m_bytes += chunk.size();
    if (m_encoding == Encoding::Windows1252) {
        QString text(chunk.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (const char c : chunk) {
            const auto b = static_cast<uchar>(c);
            *out++ = b >= 0x80 && b < 0xA0 ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
        }
        return text;
    }
    QString text
        = m_encoding == Encoding::Utf8 || m_encoding == Encoding::Utf8WithBom ? decodeUtf8(chunk) : decodeUtf16(chunk);
    if (m_skipBom && !text.isEmpty()) {
        // Qt's UTF-8 decoder drops the BOM itself; the UTF-16 ones may not.
        if (text.front() == QChar(0xFEFF))
            text.remove(0, 1);
        m_skipBom = false;
    }
    return text;
}

QString TextDecoder::decodeUtf8(QByteArrayView chunk)
{
    const qint64 chunkStart = m_bytes - chunk.size();
    m_validator.feed(chunk);
    if (!m_validator.failed()) {
        QString text = m_decoder.decode(chunk);
        m_error = m_decoder.hasError();
        return text;
    }
    // Decode what comes before the bad sequence (its start may lie in an earlier chunk).
    m_error = true;
    return m_decoder.decode(chunk.first(qMax<qint64>(0, m_validator.failurePosition() - chunkStart)));
}

QString TextDecoder::decodeUtf16(QByteArrayView chunk)
{
    QString text = m_decoder.decode(chunk);
    // Qt passes unpaired surrogates through; they are not text, so stop before them.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (m_highSurrogatePending) {
            m_highSurrogatePending = false;
            if (c.isLowSurrogate())
                continue;
            m_error = true;
            text.truncate(qMax<qsizetype>(0, i - 1));
            return text;
        }
        if (c.isHighSurrogate()) {
            m_highSurrogatePending = true;
        } else if (c.isLowSurrogate()) {
            m_error = true;
            text.truncate(i);
            return text;
        }
    }
    return text;
}

void TextDecoder::finish()
{
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        if (!m_validator.isValid())
            m_error = true;
        break;
    case Encoding::Utf16LittleEndian:
    case Encoding::Utf16BigEndian:
        if (m_bytes % 2 != 0 || m_highSurrogatePending)
            m_error = true;
        break;
    case Encoding::Windows1252:
        break;
    }
}

} // namespace Rapport
