// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScheduleClash.h"

namespace Rapport::ScheduleClash {

std::optional<Meeting> find(const QList<Meeting>& meetings, const QDate& day, const QDateTime& now)
{
    std::optional<Meeting> ahead;
    for (const Meeting& m : meetings) {
        if (m.status != MeetingStatus::Planned)
            continue;
        if (m.start.toLocalTime().date() == day)
            return m;
        if (m.start >= now && (!ahead || m.start < ahead->start))
            ahead = m;
    }
    return ahead;
}

} // namespace Rapport::ScheduleClash
