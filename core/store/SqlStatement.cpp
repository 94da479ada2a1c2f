// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqlStatement.h"

#include "DatabaseError.h"

#include <QDate>
#include <QSqlError>

namespace Rapport {

namespace {
// SQLite's own sentence ("file is not a database") without the driver's "Unable to fetch row".
QString messageOf(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw DatabaseError(messageOf(m_query.lastError()));
}

SqlStatement& SqlStatement::exec(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // A null QString is still text (''); only an invalid QVariant stands for SQL NULL.
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, value);
    }
    if (!m_query.exec())
        throw DatabaseError(messageOf(m_query.lastError()));
    return *this;
}

bool SqlStatement::next()
{
    if (m_query.next())
        return true;
    // exec() cleared the error: one set now is this step's.
    if (m_query.lastError().isValid())
        throw DatabaseError(messageOf(m_query.lastError()));
    return false;
}

qint64 SqlStatement::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

QVariant SqlStatement::scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    SqlStatement statement(db, sql);
    statement.exec(values);
    return statement.next() ? statement.value(0) : QVariant();
}

void SqlStatement::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    SqlStatement(db, sql).exec(values);
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace Rapport
