// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace Rapport {

// Keeps SQLite's temporary storage in memory for as long as it lives. A bulk write runs an
// insert per row, and each insert that fires triggers keeps a statement journal; on disk, each
// spilled to a temporary file, row after row (9% of a 100k restore). SQLite takes this setting
// only between transactions: make one before the transaction begins.
class ScopedTempStore
{
public:
    explicit ScopedTempStore(const QSqlDatabase& db); // throws DatabaseError
    ~ScopedTempStore();
    ScopedTempStore(const ScopedTempStore&) = delete;
    ScopedTempStore& operator=(const ScopedTempStore&) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace Rapport
