// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Clock.h"

namespace Rapport {

namespace {
Clock* g_clock = nullptr;
}

QDateTime Clock::currentDateTimeUtc()
{
    return g_clock ? g_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QDate Clock::currentDate()
{
    return currentDateTimeUtc().toLocalTime().date();
}

void Clock::setInstance(Clock* clock)
{
    g_clock = clock;
}

} // namespace Rapport
