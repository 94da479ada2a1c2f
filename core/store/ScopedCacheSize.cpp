// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScopedCacheSize.h"

#include "DatabaseError.h"
#include "SqlStatement.h"

namespace Rapport {

ScopedCacheSize::ScopedCacheSize(const QSqlDatabase& db, int kibibytes)
    : m_db(db)
    , m_previous(SqlStatement::scalar(db, QStringLiteral("PRAGMA cache_size")))
{
    // PRAGMAs take no bound values; the number is our own.
    SqlStatement::run(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
}

ScopedCacheSize::~ScopedCacheSize()
{
    try {
        SqlStatement::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    } catch (const DatabaseError&) {
        // Not a read: failing only leaves the session a larger cache, and a destructor must not throw.
    }
}

} // namespace Rapport
