// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace Rapport {

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran.
// IMMEDIATE takes the write lock up front, so two writers wait for each other
// (busy_timeout) instead of failing half-way through.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit(); // throws DatabaseError

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Rapport
