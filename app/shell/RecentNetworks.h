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
