// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqliteHandle.h"

#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace Rapport {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
#if RAPPORT_QT_USES_SYSTEM_SQLITE
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Same library, same version: the handle is safe to use with our sqlite3_* calls.
    const QString version = SqlStatement::scalar(db, QStringLiteral("SELECT sqlite_version()")).toString();
    if (version != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

bool setDefensive(const QSqlDatabase& db)
{
    sqlite3* handle = nullptr;
    try {
        handle = sqliteHandle(db);
    } catch (const DatabaseError&) {
        return false; // a connection that cannot run a statement; whoever uses it next says why
    }
    if (!handle)
        return false;
    setDefensive(handle);
    return true;
}

void setDefensive(sqlite3* db)
{
    // trusted_schema stays ON (SQLite's default): the FTS5 triggers Rapport itself creates write
    // the search index through a virtual table, which trusted_schema=OFF refuses ("unsafe use of
    // virtual table"). Foreign triggers and views never get that far: SchemaCheck refuses them.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int code) const
{
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE)
        throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::finishRow()
{
    // A statement that returned a row is still active: it must be reset before new values are bound.
    if (m_hasRow) {
        sqlite3_reset(m_statement);
        m_hasRow = false;
    }
}

void SqliteStatement::bind(int index, const QString& text)
{
    finishRow();
    // SQLite converts UTF-16 to the database's UTF-8 itself; no QByteArray per value.
    static const char16_t empty = 0;
    const void* data = text.isNull() ? static_cast<const void*>(&empty) : static_cast<const void*>(text.utf16());
    check(sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_TRANSIENT));
}

void SqliteStatement::bind(int index, qint64 value)
{
    finishRow();
    check(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteStatement::bind(int index, double value)
{
    finishRow();
    check(sqlite3_bind_double(m_statement, index, value));
}

void SqliteStatement::bindUtf8InPlace(int index, QByteArrayView utf8)
{
    finishRow();
    check(sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindNull(int index)
{
    finishRow();
    check(sqlite3_bind_null(m_statement, index));
}

bool SqliteStatement::run()
{
    finishRow();
    const int code = sqlite3_step(m_statement);
    m_hasRow = code == SQLITE_ROW;
    if (!m_hasRow) {
        const int reset = sqlite3_reset(m_statement);
        check(code == SQLITE_DONE ? reset : code);
    }
    return m_hasRow;
}

bool SqliteStatement::next()
{
    if (!m_hasRow)
        return false;
    const int code = sqlite3_step(m_statement);
    m_hasRow = code == SQLITE_ROW;
    if (!m_hasRow) {
        const int reset = sqlite3_reset(m_statement);
        check(code == SQLITE_DONE ? reset : code);
    }
    return m_hasRow;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const void* text = sqlite3_column_text16(m_statement, column);
    if (!text)
        return {};
    return QString(static_cast<const QChar*>(text), sqlite3_column_bytes16(m_statement, column) / 2);
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QVariant SqliteStatement::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(columnText(column));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace Rapport
