// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

class Database;

// Fills an empty network with the demo story (DemoData) in one transaction: people,
// referral chains rooted at Me, meetings with notes, follow-ups and the user's profile.
// Dates are relative to today (Clock), so the demo always looks current.
class DemoNetwork
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::DemoNetwork)

public:
    // Returns false with *error set, and writes nothing, when the network is not empty.
    static bool fill(Database& database, QString* error);
};

} // namespace Rapport
