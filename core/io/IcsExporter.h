// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace Rapport {

// Meetings as an iCalendar file (RFC 5545), written by libical: correct escaping, line
// folding and UTC times. Cancelled meetings are left out. Each event's UID is the meeting's
// own uuid, so re-importing an updated export updates the calendar instead of duplicating.
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::IcsExporter)

public:
    // Throws DatabaseError.
    static QByteArray write(const QSqlDatabase& db);
};

} // namespace Rapport
