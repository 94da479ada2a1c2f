// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Database.h"

#include "DatabaseError.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace Rapport {

namespace {
QAtomicInt g_connectionCounter;

QString sqliteMessage(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("rapport-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("rapport/network.rapport"));
}

QString Database::newerVersionMessage(const QString& path, int version)
{
    return tr("%1: this network was saved by a newer version of Rapport (schema %2, this version reads "
              "up to %3). Please update Rapport.")
        .arg(path, QString::number(version), QString::number(Schema::CurrentVersion));
}

bool Database::fail(const QString& message)
{
    m_error = message;
    close();
    return false;
}

bool Database::open(const QString& path, OpenMode mode)
{
    close();
    m_error.clear();
    m_upgradeBackup.clear();
    m_schemaProblems.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return fail(tr("%1: is a folder, not a network file").arg(path));
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return fail(tr("%1: no such network file").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("%1: cannot create the folder %2").arg(path, info.absolutePath()));
        // Created here, empty and private to the user, before SQLite sees it; its WAL files inherit the mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return fail(tr("%1: cannot create the file: %2").arg(path, file.errorString()));
    } else if (!info.isReadable()) {
        return fail(tr("%1: cannot read the file (permission denied)").arg(path));
    } else if (!info.isWritable()) {
        // Every edit is saved as it is made, so a network must be writable; say so plainly
        // rather than let SQLite fail later with "attempt to write a readonly database".
        return fail(tr("%1: the file is read-only. Rapport saves every change as you make it, so it needs to "
                       "write to the file: check its permissions, or copy it to a folder of yours.")
                        .arg(path));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite keeps its journal (NAME-wal, NAME-shm) beside the file.
        return fail(tr("%1: the folder %2 is read-only. Rapport keeps a journal beside the network while it is "
                       "open: copy the file to a folder of yours.")
                        .arg(path, info.absolutePath()));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(tr("%1: cannot open: %2").arg(path, sqliteMessage(m_db.lastError())));
    setDefensive(m_db);

    try {
        if (!configure() || !upgradeIfNeeded())
            return false;
    } catch (const DatabaseError& e) {
        return fail(tr("%1: %2").arg(path, e.message()));
    }
    return true;
}

bool Database::configure()
{
    // Reading the header first tells a foreign or damaged file apart before anything is written.
    QVariant appId;
    try {
        appId = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA application_id"));
    } catch (const DatabaseError& e) {
        // An SQLite header that cannot be read further is a damaged network (cut short, or
        // overwritten part-way), not a foreign file: say so, so the user looks for a backup.
        QFile file(m_path);
        const bool sqliteHeader
            = file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
        if (sqliteHeader)
            return fail(tr("%1: the network file is damaged and cannot be read (%2). A backup may replace it: "
                           "see the backups folder beside it.")
                            .arg(m_path, e.message()));
        return fail(tr("%1: not a Rapport network (%2)").arg(m_path, e.message()));
    }
    const int version = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
    const int tables = SqlStatement::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    if (appId.toInt() != Schema::ApplicationId && (version != 0 || tables != 0))
        return fail(tr("%1: not a Rapport network (it is some other SQLite database)").arg(m_path));
    if (version > Schema::CurrentVersion)
        return fail(newerVersionMessage(m_path, version));
    // Before anything is written or upgraded, against the schema of the file's own version: a
    // trigger the file brought along would run on Rapport's writes (the upgrade's included).
    m_schemaProblems = SchemaCheck::problems(m_db, version);
    if (!m_schemaProblems.isEmpty())
        return fail(SchemaCheck::message(m_path, m_schemaProblems));

    SqlStatement::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL: readers never block the writer. NORMAL sync: an app crash loses nothing (DESIGN.md).
    SqlStatement::run(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    SqlStatement::run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

bool Database::upgradeIfNeeded()
{
    const int version = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version == Schema::CurrentVersion)
        return true;

    if (version > 0) {
        // A consistent copy before touching an older network; VACUUM INTO cannot run in a transaction.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backup = QStringLiteral("%1.schema-v%2-%3.bak").arg(m_path, QString::number(version), stamp);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.schema-v%2-%3-%4.bak")
                         .arg(m_path, QString::number(version), stamp, QString::number(n));
        SqlStatement::run(m_db, QStringLiteral("VACUUM INTO ?"), {backup});
        QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
        m_upgradeBackup = backup;
    }

    Schema::upgradeInTransaction(m_db, version);
    return true;
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace Rapport
