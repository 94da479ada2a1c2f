// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonEntryReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

namespace Rapport {

namespace {

constexpr qint64 kBlockBytes = 1 << 20;

// Thrown inside the scan, with the offset it stopped at; open() turns it into a line.
struct ScanError {
    qint64 offset;
    QString message;
};

// Reads the file a block at a time, a byte at a time for the scan.
class ByteScanner
{
public:
    explicit ByteScanner(QFile& file)
        : m_file(file)
    { }

    int peek()
    {
        if (m_at == m_buffer.size() && !refill())
            return -1;
        return static_cast<unsigned char>(m_buffer.at(m_at));
    }
    int get()
    {
        const int c = peek();
        if (c >= 0)
            ++m_at;
        return c;
    }
    qint64 offset() const { return m_start + m_at; }

    static bool isSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skipSpace()
    {
        while (isSpace(peek()))
            ++m_at;
    }
    void expect(char wanted)
    {
        skipSpace();
        const qint64 at = offset();
        if (get() != wanted)
            throw ScanError {at, JsonEntryReader::tr("expected \"%1\"").arg(QLatin1Char(wanted))};
    }
    // From the opening quote to past the closing one; the text when `text` is set.
    void skipString(QByteArray* text = nullptr)
    {
        const qint64 begin = offset();
        expect('"');
        for (;;) {
            if (m_at == m_buffer.size() && !refill())
                throw ScanError {begin, JsonEntryReader::tr("a text is not closed")};
            // Most of a backup is text: look for its end a block at a time, not a byte at a time.
            const char* data = m_buffer.constData();
            const char* end = data + m_buffer.size();
            const char* p = data + m_at;
            while (p != end && *p != '"' && *p != '\\')
                ++p;
            if (text)
                text->append(data + m_at, p - (data + m_at));
            m_at = p - data;
            if (p == end)
                continue;
            ++m_at;
            if (*p == '"')
                return;
            const int escaped = get(); // after a backslash, even a quote is text
            if (text) {
                text->append('\\');
                if (escaped >= 0)
                    text->append(char(escaped));
            }
        }
    }
    // One value, whatever it is; its own syntax is left to Qt's parser.
    void skipValue()
    {
        skipSpace();
        const qint64 begin = offset();
        const int first = peek();
        if (first == '"') {
            skipString();
            return;
        }
        if (first == '{' || first == '[') {
            QVarLengthArray<char, 16> closers; // what each open object or list must end with
            for (;;) {
                const int c = peek();
                if (c < 0)
                    throw ScanError {begin, JsonEntryReader::tr("a list or an object is not closed")};
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    closers.append(c == '{' ? '}' : ']');
                } else if (c == '}' || c == ']') {
                    if (c != closers.last())
                        throw ScanError {
                            offset(), JsonEntryReader::tr("expected \"%1\"").arg(QLatin1Char(closers.last()))};
                    closers.removeLast();
                }
                ++m_at;
                if (closers.isEmpty())
                    return;
            }
        }
        for (int c = peek(); c >= 0 && c != ',' && c != ']' && c != '}' && !isSpace(c); c = peek())
            ++m_at;
        if (offset() == begin)
            throw ScanError {begin, JsonEntryReader::tr("expected a value")};
    }

private:
    bool refill()
    {
        m_start += m_buffer.size();
        m_buffer = m_file.read(kBlockBytes);
        m_at = 0;
        return !m_buffer.isEmpty();
    }

    QFile& m_file;
    QByteArray m_buffer;
    qint64 m_start = 0; // the file offset of m_buffer's first byte
    qsizetype m_at = 0;
};

// A member's name as JSON text (the quotes and escapes read), decoded by Qt's parser.
QString decodedKey(const QByteArray& raw)
{
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

} // namespace

bool JsonEntryReader::open(const QString& path, SyntaxError* error)
{
    m_file.close();
    m_file.setFileName(path);
    m_members.clear();
    m_block.clear();
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = {0, tr("cannot read the file: %1").arg(m_file.errorString())};
        return false;
    }
    ByteScanner scan(m_file);
    try {
        if (m_file.peek(3) == "\xEF\xBB\xBF") {
            for (int i = 0; i < 3; ++i)
                scan.get();
        }
        scan.expect('{');
        scan.skipSpace();
        if (scan.peek() == '}') {
            scan.get();
        } else {
            for (;;) {
                scan.skipSpace();
                QByteArray raw;
                scan.skipString(&raw);
                scan.expect(':');
                scan.skipSpace();
                Member member;
                member.value.begin = scan.offset();
                member.isList = scan.peek() == '[';
                if (member.isList) {
                    scan.get();
                    scan.skipSpace();
                    while (scan.peek() != ']') {
                        scan.skipSpace();
                        const qint64 begin = scan.offset();
                        scan.skipValue();
                        member.entries.append({begin, scan.offset()});
                        scan.skipSpace();
                        if (scan.peek() != ']') {
                            scan.expect(',');
                            scan.skipSpace();
                            if (scan.peek() == ']') // Qt's parser refuses a comma before the end too
                                throw ScanError {scan.offset(), tr("expected a value")};
                        }
                    }
                    scan.get();
                } else {
                    scan.skipValue();
                }
                member.value.end = scan.offset();
                m_members.insert(decodedKey(raw), member);
                scan.skipSpace();
                if (scan.peek() == '}') {
                    scan.get();
                    break;
                }
                scan.expect(',');
            }
        }
        scan.skipSpace();
        if (scan.peek() >= 0)
            throw ScanError {scan.offset(), tr("text after the end of the object")};
    } catch (const ScanError& e) {
        *error = {lineAt(e.offset), e.message};
        return false;
    }
    return true;
}

bool JsonEntryReader::contains(QLatin1StringView key) const
{
    return m_members.contains(key);
}

QJsonValue JsonEntryReader::value(QLatin1StringView key) const
{
    const auto found = m_members.constFind(key);
    return found == m_members.cend() ? QJsonValue(QJsonValue::Undefined) : parse(found->value);
}

qsizetype JsonEntryReader::size(QLatin1StringView key) const
{
    const auto found = m_members.constFind(key);
    return found == m_members.cend() || !found->isList ? -1 : found->entries.size();
}

void JsonEntryReader::forEach(
    QLatin1StringView key, const std::function<void(qsizetype, const QJsonValue&)>& visit) const
{
    const auto found = m_members.constFind(key);
    if (found == m_members.cend() || !found->isList)
        return;
    for (qsizetype i = 0; i < found->entries.size(); ++i)
        visit(i, parse(found->entries.at(i)));
}

QByteArray JsonEntryReader::bytes(const Span& span) const
{
    const qint64 length = span.end - span.begin;
    if (span.begin < m_blockStart || span.end > m_blockStart + m_block.size()) {
        m_file.seek(span.begin);
        m_block = m_file.read(qMax(kBlockBytes, length));
        m_blockStart = span.begin;
        if (m_block.size() < length)
            throw SyntaxError {lineAt(span.begin), tr("the file changed while it was read")};
    }
    return QByteArray::fromRawData(m_block.constData() + (span.begin - m_blockStart), length);
}

QJsonValue JsonEntryReader::parse(const Span& span) const
{
    const QByteArray text = bytes(span);
    // Qt's parser reads objects and lists; a bare value is read as the one item of a list.
    const bool bare = !text.startsWith('{') && !text.startsWith('[');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bare ? '[' + text + ']' : text, &error);
    if (error.error != QJsonParseError::NoError)
        throw SyntaxError {lineAt(span.begin + qMax(0, error.offset - (bare ? 1 : 0))), error.errorString()};
    if (bare)
        return document.array().at(0);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

int JsonEntryReader::lineAt(qint64 offset) const
{
    m_file.seek(0);
    int line = 1;
    for (qint64 left = offset; left > 0;) {
        const QByteArray block = m_file.read(qMin(left, kBlockBytes));
        if (block.isEmpty())
            break;
        line += int(block.count('\n'));
        left -= block.size();
    }
    return line;
}

} // namespace Rapport
