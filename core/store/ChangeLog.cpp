// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChangeLog.h"

#include "SqlStatement.h"

namespace Rapport::ChangeLog {

void touch(const QSqlDatabase& db, const QString& entity, const QString& rowKey, const QString& field)
{
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO field_change (entity, row_key, field, changed_at) "
                       "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
                       "ON CONFLICT (entity, row_key, field) DO UPDATE SET changed_at = excluded.changed_at, "
                       "source = 'typed', import_batch_id = NULL"),
        {entity, rowKey, field});
}

} // namespace Rapport::ChangeLog
