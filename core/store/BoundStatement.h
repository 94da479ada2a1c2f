// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SqlStatement.h"
#include "SqliteHandle.h"

#include <optional>

namespace Rapport {

// A prepared statement with SqlStatement's interface and binding rule (an invalid QVariant is
// NULL, a null QString is ''), that talks to SQLite directly when the connection's raw handle is
// reachable (sqliteHandle()) and through QSqlQuery otherwise. For loops that run a statement per
// row, where QSqlQuery's per-value work costs more than SQLite's own (a restore of 100,000
// contacts). Values read come back as qint64, double, QString or QByteArray; NULL as QVariant().
// Throws DatabaseError.
class BoundStatement
{
public:
    BoundStatement(const QSqlDatabase& db, const QString& sql);

    BoundStatement& exec(const QVariantList& values = {});
    bool next();
    QVariant value(int column) const;
    qint64 lastInsertId() const;
    // Lets go of a read that stopped before its last row.
    void finish();

private:
    std::optional<SqliteStatement> m_direct;
    std::optional<SqlStatement> m_query;
    // The text values of one exec(), as UTF-8 one after another, read by SQLite in place.
    QByteArray m_utf8;
    bool m_rowWaiting = false; // exec() stepped to a row that next() has yet to hand out
    bool m_onRow = false;
};

} // namespace Rapport
