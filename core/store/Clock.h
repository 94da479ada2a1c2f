// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace Rapport {

// The one place core asks for "now", so tests can move time (as KeePassXC's Clock does).
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    static QDate currentDate();

    // Replaces the clock for the whole process; nullptr restores the system clock.
    // The caller keeps ownership.
    static void setInstance(Clock* clock);

protected:
    virtual QDateTime nowUtc() const = 0;
};

} // namespace Rapport
