// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Rapport::ScheduleClash {

// The planned meeting a new one on `day` would double, among a contact's meetings: one planned
// for that same day, else the soonest planned one still ahead of `now`. Scheduling is only warned,
// never refused: a second meeting may be what the user wants.
std::optional<Meeting> find(const QList<Meeting>& meetings, const QDate& day, const QDateTime& now);

} // namespace Rapport::ScheduleClash
