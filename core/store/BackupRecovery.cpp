// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Backups' part that puts a copy in place of a network that cannot be opened.
#include "Backups.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Rapport {

std::optional<BackupInfo> Backups::latestUsable(const QString& networkPath)
{
    if (!QFileInfo(networkPath).isFile())
        return std::nullopt;
    const QList<BackupInfo> backups = list(networkPath);
    const auto usable
        = std::find_if(backups.cbegin(), backups.cend(), [](const BackupInfo& b) { return b.contacts >= 0; });
    if (usable == backups.cend())
        return std::nullopt;
    return *usable;
}

QString Backups::damagedPathFor(const QString& networkPath, const QDateTime& now)
{
    return networkPath + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool Backups::replaceDamaged(
    const QString& networkPath, const BackupInfo& backup, const QString& damagedPath, QString* error)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(networkPath + suffix) && !QFile::rename(networkPath + suffix, damagedPath + suffix)) {
            *error = tr("%1 could not be moved aside.").arg(networkPath);
            return false;
        }
    }
    if (!QFile::copy(backup.path, networkPath)) {
        *error = tr("The backup could not be copied to %1.").arg(networkPath);
        return false;
    }
    QFile::setPermissions(networkPath, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace Rapport
