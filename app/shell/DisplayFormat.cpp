// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DisplayFormat.h"

#include <QPalette>

#include <QLocale>

namespace Rapport::DisplayFormat {

namespace {
QString timePattern()
{
    QString pattern = QLocale().timeFormat(QLocale::ShortFormat);
    pattern.remove(QStringLiteral(":ss"));
    pattern.remove(QStringLiteral(".ss"));
    return pattern;
}
} // namespace

QString shortDateTimePattern()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timePattern();
}

QString shortDateTime(const QDateTime& time)
{
    return QLocale().toString(time, shortDateTimePattern());
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + html + QStringLiteral("</p>");
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QColor warningColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace Rapport::DisplayFormat
