// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "VCardLines.h"

#include <QByteArray>
#include <QStringDecoder>

namespace Rapport::VCardLines {

QList<QStringView> splitPhysicalLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

bool isCardBoundary(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith("BEGIN:VCARD"_L1, Qt::CaseInsensitive) || t.startsWith("END:VCARD"_L1, Qt::CaseInsensitive);
}

qsizetype valueSeparator(QStringView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted)
            return i;
    }
    return line.indexOf(u':'); // an unbalanced quote: the first colon is the best guess
}

QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"') {
            quoted = !quoted;
        } else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QStringView unquoted(QStringView value)
{
    if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"')
        return value.sliced(1, value.size() - 2);
    return value;
}

std::optional<Property> parseProperty(const QString& line)
{
    const qsizetype colon = valueSeparator(line);
    if (colon < 0)
        return std::nullopt;
    Property p;
    p.value = line.mid(colon + 1);
    const QList<QStringView> parts = splitOutsideQuotes(QStringView(line).first(colon), u';');
    QStringView name = parts.front().trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0) {
        p.group = name.first(dot).toString().toLower();
        name = name.sliced(dot + 1);
    }
    p.name = name.toString().toUpper();
    for (qsizetype k = 1; k < parts.size(); ++k) {
        const QStringView param = parts[k].trimmed();
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0) { // vCard 2.1 bare parameter: an encoding or a type
            const QString bare = param.toString().toLower();
            if (bare == "quoted-printable"_L1 || bare == "base64"_L1 || bare == "b"_L1 || bare == "8bit"_L1
                || bare == "7bit"_L1)
                p.encoding = bare;
            else if (!bare.isEmpty())
                p.types.append(bare);
            continue;
        }
        const QString key = param.first(eq).trimmed().toString().toUpper();
        const QStringView value = unquoted(param.sliced(eq + 1).trimmed());
        if (key == "TYPE"_L1) {
            for (const QStringView type : value.split(u','))
                if (!type.trimmed().isEmpty())
                    p.types.append(type.trimmed().toString().toLower());
        } else if (key == "ENCODING"_L1) {
            p.encoding = value.toString().toLower();
        } else if (key == "CHARSET"_L1) {
            p.charset = value.toString();
        } else if (key == "VALUE"_L1) {
            p.valueType = value.toString().toLower();
        } else if (key == "X-SERVICE-TYPE"_L1) {
            p.serviceType = value.toString().toLower();
        }
    }
    return p;
}

QList<QStringView> splitUnescaped(QStringView value, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\') {
            ++i;
        } else if (value[i] == separator) {
            parts.append(value.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(value.sliced(start));
    return parts;
}

QString unescape(QStringView value, bool version21)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\' || i + 1 == value.size()) {
            result += value[i];
            continue;
        }
        const QChar next = value[++i];
        if (next == u'n' || next == u'N')
            result += u'\n';
        else if (next == u'\\' || next == u',' || next == u';' || next == u':' || !version21)
            result += next;
        else
            result.append(u'\\').append(next);
    }
    return result;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString decodeBytes(const QByteArray& bytes, const QString& charset)
{
    const bool utf8Named = charset.isEmpty() || charset.compare("UTF-8"_L1, Qt::CaseInsensitive) == 0
        || charset.compare("UTF8"_L1, Qt::CaseInsensitive) == 0;
    if (!utf8Named) {
        QStringDecoder named(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (named.isValid()) {
            QString text = named(bytes);
            if (!named.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

QString decodeQuotedPrintable(QStringView value, const QString& charset)
{
    const QByteArray raw = value.toUtf8();
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '=' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            bytes.append(char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
            i += 2;
        } else if (raw[i] == '=' && i + 1 == raw.size()) {
            break; // a soft line break left at the very end
        } else {
            bytes.append(raw[i]);
        }
    }
    return decodeBytes(bytes, charset);
}

QString decodeText(QStringView raw, const Property& p)
{
    if (p.encoding == "quoted-printable"_L1) {
        QString text = decodeQuotedPrintable(raw, p.charset); // may hold encoded line breaks: =0D=0A
        text.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
        return unescape(text, p.version21);
    }
    return unescape(raw, p.version21);
}

QString component(const QList<QStringView>& parts, qsizetype index, const Property& p)
{
    return index < parts.size() ? decodeText(parts[index], p).trimmed() : QString();
}

} // namespace Rapport::VCardLines
