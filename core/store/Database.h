// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SchemaCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Rapport {

// One open network file: a QSQLITE connection with foreign keys, WAL, a busy timeout and SQLite's
// defensive mode, upgraded to the current schema (after a backup copy) when it is older. A file
// whose schema is not the one Rapport made for its version is refused before anything is written
// (SchemaCheck): its own triggers and views would run on Rapport's writes and reads.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::Database)

public:
    enum class OpenMode {
        CreateIfMissing, // a new network file is made when none exists
        MustExist, // a missing file is an error (commands that only read)
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Returns false with errorString() set; the file is never written when it is not ours.
    bool open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // The backup copy taken before the last schema upgrade, if one was.
    QString upgradeBackupPath() const { return m_upgradeBackup; }
    // When open() failed because the file holds what Rapport did not create (or lacks or changed
    // what it did): each difference. Empty otherwise. SchemaRepair can put some of them right.
    QList<SchemaProblem> schemaProblems() const { return m_schemaProblems; }
    QSqlDatabase connection() const { return m_db; }

    // The default network file under the user's data directory.
    static QString defaultPath();
    // "PATH: this network was saved by a newer version of Rapport…"
    static QString newerVersionMessage(const QString& path, int version);

private:
    bool fail(const QString& message);
    bool configure();
    bool upgradeIfNeeded();

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    QString m_upgradeBackup;
    QList<SchemaProblem> m_schemaProblems;
};

} // namespace Rapport
