// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LastContact.h"

namespace Rapport::LastContact {

QString sql(const QString& contactIdSql)
{
    // SQLite's max() of several values is NULL when any is: each side stands in as '' instead.
    return QStringLiteral("nullif(max(ifnull((SELECT max(start_at) FROM interaction WHERE contact_id = %1 AND "
                          "status = 'done'), ''), ifnull((SELECT max(sent_at) FROM message WHERE contact_id = %1), "
                          "'')), '')")
        .arg(contactIdSql);
}

} // namespace Rapport::LastContact
