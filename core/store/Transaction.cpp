// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Transaction.h"

#include "SqlStatement.h"

#include <QSqlQuery>

namespace Rapport {

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    SqlStatement::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    SqlStatement::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace Rapport
