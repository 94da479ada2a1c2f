// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace Rapport::RecentNetworks {

constexpr int MaxEntries = 8;

// Most recent first; files that no longer exist are left out.
QStringList list();
void add(const QString& path);
void remove(const QString& path);
void clear();

} // namespace Rapport::RecentNetworks
