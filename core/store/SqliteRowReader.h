// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace Rapport {

// The rows of one SELECT, read either straight from SQLite (when sqliteHandle() reaches it) or
// through QSqlQuery. Both give every value as QSqlQuery::value() converts it, so what is written
// from them never depends on which one ran; the direct one just skips the QVariant and UTF-16
// steps for the values stored as their column expects (a large export's time). Throws DatabaseError.
class SqliteRowReader
{
public:
    // `handle`: the connection's raw handle, or null to read through QSqlQuery.
    static std::unique_ptr<SqliteRowReader> open(const QSqlDatabase& db, sqlite3* handle, const QString& sql);
    virtual ~SqliteRowReader() = default;

    virtual bool next() = 0;
    virtual QVariant value(int column) = 0; // as QSqlQuery::value()
    virtual bool isNull(int column) { return value(column).isNull(); }
    virtual qint64 integer(int column) { return value(column).toLongLong(); }
    virtual double real(int column) { return value(column).toDouble(); }
    bool boolean(int column) { return value(column).toInt() != 0; }
    // value(column).toString() as UTF-8; valid until the next call or row.
    virtual QByteArrayView utf8(int column);

protected:
    QByteArray m_converted;
};

} // namespace Rapport
