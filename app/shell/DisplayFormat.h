// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

class QPalette;

namespace Rapport::DisplayFormat {

// A date and time as people read them in lists: the locale's short date and its hours and
// minutes, never seconds ("6 Nov 2026 13:00", "11/6/26 1:00 PM").
QString shortDateTime(const QDateTime& time);
QString shortDate(const QDate& date);
// The same pattern, for QDateTimeEdit::setDisplayFormat.
QString shortDateTimePattern();
// A tooltip that shows text exactly as typed. Qt reads any tooltip that looks like HTML as HTML,
// so a contact named "<b>x</b>" (or one whose notes hold an <img>) would be rendered, not shown.
QString plainToolTip(const QString& text);

// The colour for warnings and overdue dates in this palette: a deep red on light backgrounds,
// a light one on dark backgrounds, readable on both (contrast above 4.5:1 on Qt's palettes).
QColor warningColor(const QPalette& palette);

} // namespace Rapport::DisplayFormat
