// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace Rapport {

// How much a network holds, as `rapport demo` reports it.
struct NetworkCounts {
    qint64 contacts = 0;
    qint64 referrals = 0; // every link, "knows" included
    qint64 meetings = 0;
    qint64 followUps = 0;

    // Throws DatabaseError.
    static NetworkCounts read(const QSqlDatabase& db);
};

} // namespace Rapport
