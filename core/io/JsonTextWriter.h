// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <cstring>

namespace Rapport {

// Writes JSON text as it goes, indented by four spaces a level, so that a backup of 100,000
// contacts is never held as a QJsonDocument tree (which took most of an export's time and memory).
// Text is UTF-8 with only what JSON requires escaped: quote, backslash and control characters.
class JsonTextWriter
{
public:
    explicit JsonTextWriter(QByteArray& out);
    ~JsonTextWriter(); // `out` holds the text from here on
    JsonTextWriter(const JsonTextWriter&) = delete;
    JsonTextWriter& operator=(const JsonTextWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name); // plain ASCII, written as is
    void key(QByteArrayView utf8);

    void string(QByteArrayView utf8);
    void integer(qint64 value);
    void real(double value);
    void boolean(bool value);
    void null();

private:
    void beforeValue();
    void newLine(int depth);
    void escaped(QByteArrayView utf8);

    // While writing, `out` is kept larger than the text, which ends at m_at: appending is a copy,
    // not a call into QByteArray per piece (a large part of an export's time).
    char* room(qsizetype size) { return m_end - m_at >= size ? m_at : grow(size); }
    char* grow(qsizetype size);
    void append(char c)
    {
        *room(1) = c;
        ++m_at;
    }
    void append(const char* data, qsizetype size)
    {
        if (size > 0) // `data` may be null then
            std::memcpy(room(size), data, size_t(size));
        m_at += size;
    }

    QByteArray& m_out;
    char* m_at = nullptr;
    char* m_end = nullptr;
    QVarLengthArray<bool, 8> m_empty; // per open level: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Rapport
