// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkCounts.h"

#include "SqlStatement.h"

namespace Rapport {

NetworkCounts NetworkCounts::read(const QSqlDatabase& db)
{
    SqlStatement counts(db,
        QStringLiteral("SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM referral), "
                       "(SELECT count(*) FROM interaction), (SELECT count(*) FROM follow_up)"));
    counts.exec();
    NetworkCounts result;
    if (counts.next()) {
        result.contacts = counts.value(0).toLongLong();
        result.referrals = counts.value(1).toLongLong();
        result.meetings = counts.value(2).toLongLong();
        result.followUps = counts.value(3).toLongLong();
    }
    return result;
}

} // namespace Rapport
