// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvDate.h"

#include "Clock.h"

#include <QRegularExpression>

namespace Rapport {

namespace {

int monthNumber(const QString& name)
{
    static const char* const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString prefix = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

int yearOf(const QString& digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? CsvDate::fullYear(year, Clock::currentDate()) : year;
}

} // namespace

int CsvDate::fullYear(int twoDigitYear, const QDate& today)
{
    const int century = today.year() / 100 * 100;
    const int year = century + twoDigitYear;
    return year > today.year() ? year - 100 : year;
}

QDate CsvDate::parse(const QString& text)
{
    // "6:14 PM", "18:14" or "18:14:05" after the date, with or without a comma: the day is what counts.
    static const QRegularExpression time(
        QStringLiteral(",?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?$"));
    QString t = text.trimmed();
    t.remove(time);
    if (const QDate iso = QDate::fromString(t, Qt::ISODate); iso.isValid())
        return iso;
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        return month ? QDate(m.captured(3).toInt(), month, m.captured(1).toInt()) : QDate();
    }
    if (const auto m = monthFirst.match(t); m.hasMatch()) {
        const int month = monthNumber(m.captured(1));
        return month ? QDate(m.captured(3).toInt(), month, m.captured(2).toInt()) : QDate();
    }
    if (const auto m = numeric.match(t); m.hasMatch()) {
        int month = m.captured(1).toInt();
        int day = m.captured(3).toInt();
        // Dots are the day-first countries' separator; a first number above 12 is a day anyway.
        if (m.captured(2) == QLatin1String(".") || month > 12)
            std::swap(month, day);
        return QDate(yearOf(m.captured(4)), month, day);
    }
    return {};
}

} // namespace Rapport
