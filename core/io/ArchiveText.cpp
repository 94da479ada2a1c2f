// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveText.h"

#include "CsvDate.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace Rapport::ArchiveText {

namespace {

// Windows-1252 puts printable characters where Latin-1 has controls (0x80-0x9F). Text read as
// 1252 shows them, so they are mapped back to their bytes too ("â€™" is E2 80 99, a ’).
int windows1252Byte(char16_t c)
{
    static const char16_t kHigh[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    if (c < 0x100)
        return c;
    for (int i = 0; i < 32; ++i) {
        if (kHigh[i] == c)
            return 0x80 + i;
    }
    return -1;
}

} // namespace

QString repairDoubleEncoding(const QString& text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    bool high = false;
    for (const QChar c : text) {
        const int byte = windows1252Byte(c.unicode());
        if (byte < 0)
            return text; // a character no single byte stands for: not double-encoded
        high = high || byte >= 0x80;
        bytes.append(char(byte));
    }
    if (!high)
        return text;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    if (utf8.hasError() || decoded.contains(QChar::ReplacementCharacter))
        return text; // genuine Latin-1 text ("Müller") is no valid UTF-8
    return decoded;
}

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype end = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
        if (end < 0 || end - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, end - i - 1);
        char32_t code = 0;
        if (name == u"amp")
            code = '&';
        else if (name == u"lt")
            code = '<';
        else if (name == u"gt")
            code = '>';
        else if (name == u"quot")
            code = '"';
        else if (name == u"apos")
            code = '\'';
        else if (name == u"nbsp")
            code = 0xA0;
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                code = value;
        }
        if (!code) {
            out.append(c); // not a reference we know: kept as typed
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = end;
    }
    return out;
}

QDateTime parseTime(const QString& text)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String(" UTC"), Qt::CaseInsensitive))
        value.chop(4);
    else if (value.endsWith(QLatin1Char('Z')))
        value.chop(1);
    value = value.trimmed();
    const QTimeZone utc = QTimeZone::utc();
    for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm"}) {
        QDateTime time = QDateTime::fromString(value, QString::fromLatin1(format));
        if (time.isValid()) {
            time.setTimeZone(utc);
            return time;
        }
    }
    if (const QDate date = QDate::fromString(value, Qt::ISODate); date.isValid())
        return QDateTime(date, QTime(0, 0), utc);
    // Month first, as LinkedIn writes them: "9/25/26, 8:52 AM", "07/22/2026 04:02".
    static const QRegularExpression us(QStringLiteral(
        R"(^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)"));
    const QRegularExpressionMatch match = us.match(value);
    if (!match.hasMatch())
        return {};
    int month = match.captured(1).toInt();
    int day = match.captured(2).toInt();
    if (month > 12) // then it can only be day first
        std::swap(month, day);
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2)
        year = CsvDate::fullYear(year, QDate::currentDate());
    int hour = match.captured(4).toInt();
    const QString half = match.captured(7).toUpper();
    if (!half.isEmpty() && (hour < 1 || hour > 12))
        return {};
    if (half == QLatin1String("PM") && hour < 12)
        hour += 12;
    else if (half == QLatin1String("AM") && hour == 12)
        hour = 0;
    const QDate date(year, month, day);
    const QTime time(hour, match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, utc);
}

} // namespace Rapport::ArchiveText
