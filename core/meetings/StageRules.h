// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Stage.h"

#include "MeetingTypes.h"

#include <QString>

#include <optional>

namespace Rapport::StageRules {

// Where a contact stands after one of their meetings changes status (statusBefore is none
// for a new meeting, statusAfter none for a removed one). A stage the user chose later in
// the loop (following up, keep warm, not pursuing) is never pulled back.
// otherPlanned / otherDone: whether the contact has other meetings in those states.
// A logged e-mail or note is not a conversation: it counts as reaching out, not as meeting.
Stage afterMeeting(Stage current, std::optional<MeetingStatus> statusBefore, std::optional<MeetingStatus> statusAfter,
    bool otherPlanned, bool otherDone, bool conversation = true);
// Whether a kind of interaction is a conversation (an interview, coffee, call, event...).
bool isConversation(MeetingKind kind);

} // namespace Rapport::StageRules
