#include "JsonTextWriter.h"

#include <QLocale>

namespace Rapport {

JsonTextWriter::JsonTextWriter(QByteArray& out, int depth)
    : m_out(out)
    , m_base(depth)
{ }

void JsonTextWriter::newLine(int depth)
{
    static const QByteArray spaces(4 * 16, ' ');
    m_out.append('\n');
    for (int left = 4 * depth; left > 0; left -= int(spaces.size()))
        m_out.append(spaces.constData(), qMin(left, int(spaces.size())));
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
        m_out.append(',');
    m_empty.last() = false;
    newLine(m_base + int(m_empty.size()));
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_empty.append(true);
}

void JsonTextWriter::endObject()
{
    const bool empty = m_empty.last();
    m_empty.removeLast();
    if (!empty)
        newLine(m_base + int(m_empty.size()));
    m_out.append('}');
}

void JsonTextWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_empty.append(true);
}

void JsonTextWriter::endArray()
{
    const bool empty = m_empty.last();
    m_empty.removeLast();
    if (!empty)
        newLine(m_base + int(m_empty.size()));
    m_out.append(']');
}

void JsonTextWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name.data(), name.size()); // our own keys: plain ASCII
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void JsonTextWriter::key(const QString& name)
{
    beforeValue();
    escaped(name);
    m_out.append(": ", 2);
    m_afterKey = true;
}

void JsonTextWriter::escaped(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    // Runs of bytes that need no escape go in whole; most text is one run.
    const char* run = utf8.constData();
    const char* const end = run + utf8.size();
    for (const char* c = run; c != end; ++c) {
        const auto byte = static_cast<unsigned char>(*c);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(run, c - run);
        run = c + 1;
        switch (byte) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default: {
            const char unicode[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
            m_out.append(unicode, 6);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
}

void JsonTextWriter::string(const QString& text)
{
    beforeValue();
    escaped(text);
}

void JsonTextWriter::integer(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
}

void JsonTextWriter::real(double value)
{
    beforeValue();
    // The shortest text that reads back as the same double, as QJsonDocument writes it.
    m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void JsonTextWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonTextWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
}

void JsonTextWriter::raw(const QByteArray& json)
{
    beforeValue();
    m_out.append(json);
}

} // namespace Rapport
