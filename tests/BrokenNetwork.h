// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sqlite3.h>

namespace Rapport::Test {

// Ways to make reading a network fail for real, so tests can check that the user is told and
// that no empty list stands in for the failure. Each goes through a connection of its own
// (the sqlite3 C API, as another program would), never through Rapport's.

namespace Detail {
inline bool exec(sqlite3* db, const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    qWarning("%s: %s", qPrintable(sql), message);
    sqlite3_free(message);
    return false;
}
} // namespace Detail

// Runs statements that change the schema (DROP TABLE, ALTER TABLE … DROP COLUMN) while the network
// may be open in Rapport: its next statement on what changed fails ("no such table"). This
// happens after the network was opened (and checked), as it would if another program damaged
// the file under a running window.
[[nodiscard]] inline bool alterSchema(const QString& path, const QStringList& statements)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    sqlite3_busy_timeout(db, 5000);
    for (const QString& sql : statements)
        ok = ok && Detail::exec(db, sql);
    sqlite3_close(db);
    return ok;
}

[[nodiscard]] inline bool dropTables(const QString& path, const QStringList& tables)
{
    QStringList statements;
    for (const QString& table : tables)
        statements.append(QStringLiteral("DROP TABLE %1").arg(table));
    return alterSchema(path, statements);
}

// Overwrites the first page of a table's b-tree with garbage: the schema stays exactly as it
// was (so the network still opens), but reading the table fails with "database disk image is
// malformed", as a damaged disk would make it. The network must not be open anywhere.
[[nodiscard]] inline bool corruptTable(const QString& path, const QString& table)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    // Everything into the main file first: the page is overwritten there.
    bool ok = Detail::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qint64 pageSize = 0, rootPage = 0;
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql
        = QStringLiteral("SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_schema "
                         "WHERE type = 'table' AND name = '%1'")
              .arg(table)
              .toUtf8();
    if (ok && sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        pageSize = sqlite3_column_int64(statement, 0);
        rootPage = sqlite3_column_int64(statement, 1);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (pageSize <= 0 || rootPage <= 1)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize))
        return false;
    return file.write(QByteArray(int(pageSize), char(0xA5))) == pageSize;
}

} // namespace Rapport::Test
