// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqliteRowReader.h"

#include "DatabaseError.h"
#include "SqlStatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace Rapport {

namespace {

// True when SQLite's UTF-16 form of `text` (what QSqlQuery reads), back in UTF-8, is the same
// bytes: valid UTF-8 without U+FFFE or U+FFFF, which SQLite's conversion turns into U+FFFD.
bool readsBackAsIs(QByteArrayView text)
{
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return true;
    if (!text.isValidUtf8())
        return false;
    for (qsizetype at = text.indexOf('\xEF'); at >= 0 && at + 2 < text.size(); at = text.indexOf('\xEF', at + 1)) {
        if (text.at(at + 1) == '\xBF' && (text.at(at + 2) == '\xBE' || text.at(at + 2) == '\xBF'))
            return false;
    }
    return true;
}

// Straight from SQLite, for a Qt that runs on the SQLite library we link.
class DirectReader final : public SqliteRowReader
{
public:
    DirectReader(sqlite3* db, const QString& sql)
        : m_db(db)
    {
        const QByteArray text = sql.toUtf8();
        check(sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr));
    }
    ~DirectReader() override { sqlite3_finalize(m_statement); }

    bool next() override
    {
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_DONE)
            return false;
        if (code != SQLITE_ROW)
            check(code);
        return true;
    }

    // What QSQLITE makes of the value (its default numerical precision policy).
    QVariant value(int column) override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                sqlite3_column_bytes(m_statement, column));
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_statement, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_statement, column);
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return QString(static_cast<const QChar*>(sqlite3_column_text16(m_statement, column)),
                sqlite3_column_bytes16(m_statement, column) / 2);
        }
    }

    bool isNull(int column) override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

    qint64 integer(int column) override
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_INTEGER)
            return sqlite3_column_int64(m_statement, column);
        return SqliteRowReader::integer(column);
    }

    double real(int column) override
    {
        const int type = sqlite3_column_type(m_statement, column);
        if (type == SQLITE_FLOAT || type == SQLITE_INTEGER)
            return sqlite3_column_double(m_statement, column);
        return SqliteRowReader::real(column);
    }

    QByteArrayView utf8(int column) override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_TEXT: {
            const QByteArrayView text(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                sqlite3_column_bytes(m_statement, column));
            if (readsBackAsIs(text))
                return text;
            break;
        }
        default:
            break;
        }
        return SqliteRowReader::utf8(column); // numbers and odd text: Qt's own conversion
    }

private:
    void check(int code) const
    {
        if (code != SQLITE_OK)
            throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

// Through QSqlQuery: the portable way.
class QtSqlReader final : public SqliteRowReader
{
public:
    QtSqlReader(const QSqlDatabase& db, const QString& sql)
        : m_statement(db, sql)
    {
        m_statement.exec();
    }

    bool next() override { return m_statement.next(); }
    QVariant value(int column) override { return m_statement.value(column); }

private:
    SqlStatement m_statement;
};

} // namespace

std::unique_ptr<SqliteRowReader> SqliteRowReader::open(const QSqlDatabase& db, sqlite3* handle, const QString& sql)
{
    if (handle)
        return std::make_unique<DirectReader>(handle, sql);
    return std::make_unique<QtSqlReader>(db, sql);
}

QByteArrayView SqliteRowReader::utf8(int column)
{
    m_converted = value(column).toString().toUtf8();
    return m_converted;
}

} // namespace Rapport
