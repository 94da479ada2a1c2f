// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Rapport {

// Where a contact stands in the informational-interview loop (DESIGN.md, "Stages").
enum class Stage {
    ToContact,
    ReachedOut,
    Replied, // they answered: now schedule (issue 17)
    Scheduled,
    Met,
    FollowingUp,
    KeepWarm,
    NotPursuing,
};

QList<Stage> allStages();
// The stable key stored in the database and written to JSON, e.g. "reached_out".
QString stageKey(Stage stage);
// The translated label shown to the user, e.g. "Reached out".
QString stageLabel(Stage stage);
// Returns false for an unknown key and leaves *stage alone.
bool stageFromKey(const QString& key, Stage* stage);

} // namespace Rapport
