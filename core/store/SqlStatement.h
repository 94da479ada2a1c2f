// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Rapport {

// A prepared statement with positional bound values that throws DatabaseError on failure.
// Every value goes through bindValue(): SQL is never built by concatenating user data.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase& db, const QString& sql);

    SqlStatement& exec(const QVariantList& values = {});
    // The next row, or false at the end. A step that fails part-way (a damaged page, an I/O
    // error) throws: it must not pass for the end of the rows, or a failed read looks like a short list.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& query() { return m_query; }

    // Runs one statement with values and returns the first column of the first row (or null).
    static QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    static void run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Binding rule: an invalid QVariant() is SQL NULL; a null QString is the empty text ''.
// An invalid QVariant for an empty string, so optional text columns stay NULL.
QVariant nullIfEmpty(const QString& text);
// ISO date text, or NULL for an invalid date.
QVariant dateOrNull(const QDate& date);

} // namespace Rapport
