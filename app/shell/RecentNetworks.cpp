// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecentNetworks.h"

#include <QFileInfo>
#include <QSettings>

namespace Rapport::RecentNetworks {

namespace {
const QString kKey = QStringLiteral("recentNetworks");

void store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}
} // namespace

QStringList list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void add(const QString& path)
{
    QStringList paths = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, MaxEntries));
}

void remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void clear()
{
    store({});
}

} // namespace Rapport::RecentNetworks
