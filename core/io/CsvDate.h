// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

namespace Rapport {

// Reads the dates contact exports write, whatever the user's locale: "15 Mar 2024", "Mar 15, 2024",
// ISO "2024-03-15", and the numeric "1/8/18, 6:14 PM" of older LinkedIn exports (month first, as
// LinkedIn writes it, unless the first number cannot be a month). A time after the date is ignored.
class CsvDate
{
public:
    static QDate parse(const QString& text);

    // A two-digit year is in this century unless that is after `today`'s year: a connection or a
    // birthday is never in the future ("18" is 2018, "85" is 1985). Qt reads "yy" as 19yy.
    static int fullYear(int twoDigitYear, const QDate& today);
};

} // namespace Rapport
