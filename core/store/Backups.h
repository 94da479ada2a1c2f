// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Rapport {

class Database;

struct BackupInfo {
    QString path;
    QDateTime taken; // local time
    QString reason; // daily, import, replaced (before a restore)...
    int contacts = -1; // -1 when the copy cannot be read
};

// Copies of a network, kept in "<name>.backups" beside it, readable by the user only:
// one a day when the network changed (the last 7 kept), one before every import, and one of
// the network a restore replaced (so restoring can itself be undone by restoring that copy).
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::Backups)

public:
    static constexpr int kDailyKept = 7;

    static QString folderFor(const QString& networkPath);
    // A consistent copy (VACUUM INTO). Returns its path, or an empty string with *error set.
    static QString take(Database& database, const QString& reason, QString* error);
    // The same from any connection to the network at networkPath (SchemaRepair's, which
    // Database refuses to open).
    static QString take(const QSqlDatabase& db, const QString& networkPath, const QString& reason, QString* error);
    // Takes the day's copy if none was taken today and the network changed since the last
    // one, then keeps only the last kDailyKept daily copies. Returns the new copy's path or "".
    static QString takeDailyIfDue(Database& database, QString* error);
    // The same through a read-only connection of its own, so a worker thread can take it while
    // the window opens.
    static QString takeDailyIfDue(const QString& networkPath, QString* error);
    // Newest first.
    static QList<BackupInfo> list(const QString& networkPath);

    // Recovering a network that cannot be opened (BackupRecovery.cpp). The newest copy that can
    // be read, if there is one.
    static std::optional<BackupInfo> latestUsable(const QString& networkPath);
    // Where the file that cannot be opened is kept: "<file>.damaged-<date>-<time>", beside it.
    static QString damagedPathFor(const QString& networkPath, const QDateTime& now);
    // Moves the network (and its -wal and -shm) to damagedPath, then copies backup in its place,
    // readable by the user only. False with *error when either step fails; nothing is deleted.
    static bool replaceDamaged(
        const QString& networkPath, const BackupInfo& backup, const QString& damagedPath, QString* error);
    // Replaces the open network's content with a copy's, in one step (SQLite's backup API):
    // readers see the old or the new network, never a mix. An older copy is upgraded after.
    // A copy whose schema is not the one Rapport made (SchemaCheck) is refused.
    static bool restore(Database& database, const QString& backupPath, QString* error);
};

} // namespace Rapport
