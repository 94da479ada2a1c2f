// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Rapport {

// The raw sqlite3* behind a QSQLITE connection, for hot paths where QSqlQuery's per-value
// QVariant work dominates (bulk import). Null unless the driver is QSQLITE and runs on the same
// SQLite library we link (CMake checks Qt's plugin links the system libsqlite3; this checks the
// versions at run time too), so callers fall back to QSqlQuery when it is null.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Turns on SQLITE_DBCONFIG_DEFENSIVE for the connection: no writable_schema, no direct writes
// to shadow tables or sqlite_dbpage, nothing SQL can use to corrupt the file on purpose. False
// when the raw handle is out of reach (see sqliteHandle()); the schema check (SchemaCheck) is
// what keeps a file's own triggers and views from running, with or without it.
bool setDefensive(const QSqlDatabase& db);
void setDefensive(sqlite3* db);

// One prepared statement on a raw handle: bind by position, run, reset. Throws DatabaseError.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int index, const QString& text); // null QString binds '' (same rule as SqlStatement)
    void bind(int index, qint64 value);
    void bind(int index, double value);
    // UTF-8 that SQLite reads in place: the bytes must stay as they are until the statement has run.
    void bindUtf8InPlace(int index, QByteArrayView utf8);
    void bindNull(int index);
    // Steps to completion (or to the first row, returned as true) and resets for the next use.
    bool run();
    // After run() returned true: steps to the next row; false (and reset) when there is none.
    bool next();
    qint64 columnInt64(int column) const; // after run() returned true, before the next bind
    QString columnText(int column) const; // a null QString for SQL NULL
    bool columnIsNull(int column) const;
    QByteArrayView columnUtf8(int column) const; // valid until the next step
    // By the value's own type: qint64, double, QString or QByteArray; QVariant() for NULL.
    QVariant columnValue(int column) const;
    qint64 lastInsertId() const;
    // Lets go of a read that stopped before its last row (run() and bind() also do this).
    void reset() { finishRow(); }

private:
    void check(int code) const;
    void finishRow();

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    bool m_hasRow = false;
};

} // namespace Rapport
