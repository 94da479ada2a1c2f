#pragma once

#include "Stage.h"

#include <QString>

namespace Rapport::StageRules {

// Where a contact stands after one of their meetings changes status (statusBefore is empty
// for a new meeting, statusAfter empty for a removed one). A stage the user chose later in
// the loop (following up, keep warm, not pursuing) is never pulled back.
// otherPlanned / otherDone: whether the contact has other meetings in those states.
Stage afterMeeting(
    Stage current, const QString& statusBefore, const QString& statusAfter, bool otherPlanned, bool otherDone);

} // namespace Rapport::StageRules
