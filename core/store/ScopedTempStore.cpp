// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScopedTempStore.h"

#include "DatabaseError.h"
#include "SqlStatement.h"

namespace Rapport {

ScopedTempStore::ScopedTempStore(const QSqlDatabase& db)
    : m_db(db)
{
    SqlStatement::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

ScopedTempStore::~ScopedTempStore()
{
    try {
        SqlStatement::run(m_db, QStringLiteral("PRAGMA temp_store = DEFAULT"));
    } catch (const DatabaseError&) {
        // Not a read: failing only leaves the session's temporary tables in memory.
    }
}

} // namespace Rapport
