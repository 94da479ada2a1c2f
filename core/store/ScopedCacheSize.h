// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QVariant>

namespace Rapport {

// A bulk write touches far more pages than SQLite's default 2 MB cache holds; spilling them to
// the WAL mid-transaction and reading them back costs most of the time. This gives the connection
// a larger cache for as long as it lives, then the previous size back: the cache belongs to the
// connection, not the transaction, and the rest of the session keeps its own.
class ScopedCacheSize
{
public:
    ScopedCacheSize(const QSqlDatabase& db, int kibibytes); // throws DatabaseError
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize&) = delete;
    ScopedCacheSize& operator=(const ScopedCacheSize&) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_previous;
};

} // namespace Rapport
