// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonTextWriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>

namespace Rapport {

JsonTextWriter::JsonTextWriter(QByteArray& out)
    : m_out(out)
{
    m_at = m_end = m_out.data() + m_out.size();
}

JsonTextWriter::~JsonTextWriter()
{
    m_out.truncate(m_at - m_out.data());
}

char* JsonTextWriter::grow(qsizetype size)
{
    // At least doubling: a 90 MB backup is moved a few times in all, however many pieces it has.
    const qsizetype used = m_at - m_out.data();
    m_out.resize(std::max({used + size, 2 * m_out.size(), qsizetype(64 * 1024)}));
    m_at = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
    return m_at;
}

void JsonTextWriter::newLine(int depth)
{
    const qsizetype size = 1 + 4 * qsizetype(depth);
    char* at = room(size);
    *at = '\n';
    std::memset(at + 1, ' ', size_t(size - 1));
    m_at += size;
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return; // the top-level value
    if (!m_empty.last())
        append(',');
    m_empty.last() = false;
    newLine(int(m_empty.size()));
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    append('{');
    m_empty.append(true);
}

void JsonTextWriter::endObject()
{
    const bool empty = m_empty.last();
    m_empty.removeLast();
    if (!empty)
        newLine(int(m_empty.size()));
    append('}');
}

void JsonTextWriter::beginArray()
{
    beforeValue();
    append('[');
    m_empty.append(true);
}

void JsonTextWriter::endArray()
{
    const bool empty = m_empty.last();
    m_empty.removeLast();
    if (!empty)
        newLine(int(m_empty.size()));
    append(']');
}

void JsonTextWriter::key(QLatin1StringView name)
{
    beforeValue();
    append('"');
    append(name.data(), name.size()); // our own keys: plain ASCII
    append("\": ", 3);
    m_afterKey = true;
}

void JsonTextWriter::key(QByteArrayView utf8)
{
    beforeValue();
    escaped(utf8);
    append(": ", 2);
    m_afterKey = true;
}

void JsonTextWriter::escaped(QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    append('"');
    // Runs of bytes that need no escape go in whole; most text is one run.
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* c = run; c != end; ++c) {
        const auto byte = static_cast<unsigned char>(*c);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        append(run, c - run);
        run = c + 1;
        switch (byte) {
        case '"':
            append("\\\"", 2);
            break;
        case '\\':
            append("\\\\", 2);
            break;
        case '\n':
            append("\\n", 2);
            break;
        case '\r':
            append("\\r", 2);
            break;
        case '\t':
            append("\\t", 2);
            break;
        default: {
            const char unicode[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
            append(unicode, 6);
        }
        }
    }
    append(run, end - run);
    append('"');
}

void JsonTextWriter::string(QByteArrayView utf8)
{
    beforeValue();
    escaped(utf8);
}

void JsonTextWriter::integer(qint64 value)
{
    beforeValue();
    constexpr int kDigits = 20; // and a sign
    char* at = room(kDigits + 1);
    m_at = std::to_chars(at, at + kDigits + 1, value).ptr;
}

void JsonTextWriter::real(double value)
{
    beforeValue();
    // The shortest text that reads back as the same double, as QJsonDocument writes it.
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    append(text.constData(), text.size());
}

void JsonTextWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        append("true", 4);
    else
        append("false", 5);
}

void JsonTextWriter::null()
{
    beforeValue();
    append("null", 4);
}

} // namespace Rapport
