#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Rapport {

// One open network file: a QSQLITE connection with foreign keys, WAL and a busy timeout,
// upgraded to the current schema (after a backup copy) when it is older.
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
    QSqlDatabase connection() const { return m_db; }

    // The default network file under the user's data directory.
    static QString defaultPath();

private:
    bool fail(const QString& message);
    bool configure();
    bool upgradeIfNeeded();

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    QString m_upgradeBackup;
};

} // namespace Rapport
