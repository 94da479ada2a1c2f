// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace Rapport {

// Streams bytes and tells whether they are valid UTF-8, including a complete final sequence.
class Utf8Validator
{
public:
    void feed(QByteArrayView bytes);
    bool isValid() const { return m_valid && m_pending == 0; }
    bool failed() const { return !m_valid; }
    // Offset from the start of everything fed of the first byte of the first bad sequence; -1 while valid.
    qint64 failurePosition() const { return m_valid ? -1 : m_sequenceStart; }

private:
    bool m_valid = true;
    qint64 m_fed = 0; // bytes fed before the current chunk
    qint64 m_sequenceStart = 0; // offset of the lead byte of the current (or failed) sequence
    int m_pending = 0; // continuation bytes still expected
    uchar m_lower = 0x80; // allowed range of the next continuation byte
    uchar m_upper = 0xBF;
};

// Turns an import file's bytes into text. The encoding comes from a byte-order mark, from the NUL
// bytes that UTF-16 without a mark puts in every other byte, or from checking that every byte is
// valid UTF-8; text that is not falls back to Windows-1252, which
// is what spreadsheet programs on Windows write. Decoding is streamed chunk by chunk.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::TextDecoder)

public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    // Reads the whole device once (in chunks, without keeping it) and rewinds it.
    static Encoding detect(QIODevice& device);
    static Encoding detect(QByteArrayView bytes);
    static QString displayName(Encoding encoding);

    explicit TextDecoder(Encoding encoding);
    // Decodes the next chunk; a sequence split across chunks is completed by the next call.
    // At undecodable bytes it returns only the text before them and sets hasError(), so the
    // caller can tell the line they are on.
    QString decode(QByteArrayView chunk);
    // Call after the last chunk: a character cut off by the end of the input is an error too.
    void finish();
    // True once undecodable bytes were met (only possible in UTF-16 or in UTF-8 after a BOM).
    bool hasError() const { return m_error; }

private:
    QString decodeUtf8(QByteArrayView chunk);
    QString decodeUtf16(QByteArrayView chunk);

    Encoding m_encoding;
    QStringDecoder m_decoder;
    Utf8Validator m_validator; // finds where bad UTF-8 starts: Qt's decoder only says that it met some
    qint64 m_bytes = 0;
    bool m_skipBom;
    bool m_highSurrogatePending = false;
    bool m_error = false;
};

} // namespace Rapport
