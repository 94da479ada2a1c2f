// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Backups.h"

#include "Database.h"
#include "DatabaseError.h"
#include "ReadOnlyConnection.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

#include <sqlite3.h>

namespace Rapport {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// "<name>-<stamp>-<reason>.rapport"
BackupInfo describe(const QFileInfo& file)
{
    BackupInfo info;
    info.path = file.absoluteFilePath();
    const QStringList parts = file.completeBaseName().split(QLatin1Char('-'));
    if (parts.size() >= 4) {
        info.reason = parts.last();
        info.taken = QDateTime::fromString(
            parts.at(parts.size() - 3) + QLatin1Char('-') + parts.at(parts.size() - 2), kStampFormat);
    }
    if (!info.taken.isValid())
        info.taken = file.lastModified();
    return info;
}

int contactsIn(const QString& path)
{
    int count = -1;
    QString error;
    ReadOnlyConnection::run(path, &error, [&count](const QSqlDatabase& db) {
        count = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toInt();
    });
    return count;
}

} // namespace

QString Backups::folderFor(const QString& networkPath)
{
    const QFileInfo network(networkPath);
    return network.absoluteDir().filePath(network.completeBaseName() + QStringLiteral(".backups"));
}

namespace {

QString takeCopy(const QSqlDatabase& db, const QString& networkPath, const QString& reason, QString* error)
{
    const QString folder = Backups::folderFor(networkPath);
    if (!QDir().mkpath(folder)) {
        *error = Backups::tr("%1: cannot create the backup folder").arg(folder);
        return {};
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString base = QFileInfo(networkPath).completeBaseName();
    const QString stamp = QDateTime::currentDateTime().toString(kStampFormat);
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.rapport").arg(base, stamp, reason));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2%3-%4.rapport").arg(base, stamp, QString::number(n), reason));
    try {
        SqlStatement::run(db, QStringLiteral("VACUUM INTO ?"), {path});
    } catch (const DatabaseError& e) {
        QFile::remove(path);
        *error = e.message();
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString dailyIfDue(const QSqlDatabase& db, const QString& networkPath, QString* error)
{
    const QList<BackupInfo> existing = Backups::list(networkPath);
    // Opening creates an empty -wal; only one with content means the network changed.
    const QFileInfo wal(networkPath + QStringLiteral("-wal"));
    const QDateTime changed = wal.size() > 0 ? std::max(QFileInfo(networkPath).lastModified(), wal.lastModified())
                                             : QFileInfo(networkPath).lastModified();
    QDateTime lastDaily;
    for (const BackupInfo& b : existing) {
        if (b.reason == QLatin1String("daily")) {
            lastDaily = b.taken;
            break;
        }
    }
    const QDateTime lastAny = existing.isEmpty() ? QDateTime() : existing.first().taken;
    const bool doneToday = lastDaily.isValid() && lastDaily.date() == QDate::currentDate();
    const bool unchanged = lastAny.isValid() && changed.isValid() && changed <= lastAny;
    if (doneToday || unchanged)
        return {};
    try { // an empty network has nothing to keep
        if (SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toInt() == 0)
            return {};
    } catch (const DatabaseError& e) {
        *error = e.message();
        return {};
    }
    const QString path = takeCopy(db, networkPath, QStringLiteral("daily"), error);
    int kept = 0;
    for (const BackupInfo& b : Backups::list(networkPath)) {
        if (b.reason == QLatin1String("daily") && ++kept > Backups::kDailyKept)
            QFile::remove(b.path);
    }
    return path;
}

} // namespace

QString Backups::take(Database& database, const QString& reason, QString* error)
{
    return takeCopy(database.connection(), database.path(), reason, error);
}

QString Backups::take(const QSqlDatabase& db, const QString& networkPath, const QString& reason, QString* error)
{
    return takeCopy(db, networkPath, reason, error);
}

QString Backups::takeDailyIfDue(Database& database, QString* error)
{
    return dailyIfDue(database.connection(), database.path(), error);
}

QString Backups::takeDailyIfDue(const QString& networkPath, QString* error)
{
    QString path;
    ReadOnlyConnection::run(
        networkPath, error, [&](const QSqlDatabase& db) { path = dailyIfDue(db, networkPath, error); });
    return path;
}

QList<BackupInfo> Backups::list(const QString& networkPath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(networkPath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.rapport")}, QDir::Files)) {
        BackupInfo info = describe(file);
        info.contacts = contactsIn(info.path);
        backups.append(info);
    }
    std::sort(
        backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.taken > b.taken; });
    return backups;
}

bool Backups::restore(Database& database, const QString& backupPath, QString* error)
{
    sqlite3* destination = sqliteHandle(database.connection());
    if (!destination) {
        *error = tr("restoring needs Qt's SQLite driver to use the system SQLite library");
        return false;
    }
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        *error = tr("%1: cannot open the backup").arg(backupPath);
        sqlite3_close(source);
        return false;
    }
    setDefensive(source);
    // Only our own networks, never a newer schema.
    const auto pragma = [source](const char* sql) {
        sqlite3_stmt* statement = nullptr;
        int value = -1;
        if (sqlite3_prepare_v2(source, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    };
    const int version = pragma("PRAGMA user_version");
    if (pragma("PRAGMA application_id") != Schema::ApplicationId || version < 1 || version > Schema::CurrentVersion) {
        *error = tr("%1: not a backup of a Rapport network this version can read").arg(backupPath);
        sqlite3_close(source);
        return false;
    }
    // The copy's schema becomes the network's: what Rapport did not create stays out (a read-only
    // connection checks it, and runs nothing more).
    if (!ReadOnlyConnection::run(backupPath, error, [](const QSqlDatabase&) {})) {
        sqlite3_close(source);
        return false;
    }
    sqlite3_backup* copy = sqlite3_backup_init(destination, "main", source, "main");
    int code = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(destination);
    if (copy)
        sqlite3_backup_finish(copy);
    sqlite3_close(source);
    if (code != SQLITE_DONE) {
        *error = tr("the backup could not be restored: %1").arg(QString::fromUtf8(sqlite3_errstr(code)));
        return false;
    }
    if (version < Schema::CurrentVersion) {
        try {
            Schema::upgradeInTransaction(database.connection(), version);
        } catch (const DatabaseError& e) {
            *error = e.message();
            return false;
        }
    }
    return true;
}

} // namespace Rapport
