// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StageRules.h"

namespace Rapport::StageRules {

bool isConversation(MeetingKind kind)
{
    return kind != MeetingKind::Email && kind != MeetingKind::ThankYou && kind != MeetingKind::Other;
}

Stage afterMeeting(Stage current, std::optional<MeetingStatus> statusBefore, std::optional<MeetingStatus> statusAfter,
    bool otherPlanned, bool otherDone, bool conversation)
{
    if (!conversation) // an e-mail or note: it can mark a first contact, never undo a meeting
        return statusAfter == MeetingStatus::Held && current == Stage::ToContact ? Stage::ReachedOut : current;
    const bool early = current == Stage::ToContact || current == Stage::ReachedOut || current == Stage::Replied;
    if (statusAfter == MeetingStatus::Held)
        return early || current == Stage::Scheduled ? Stage::Met : current;
    if (statusAfter == MeetingStatus::Planned)
        return early ? Stage::Scheduled : current;
    // Cancelled or removed: undo what this meeting did, unless another meeting still does it.
    if (current == Stage::Scheduled && statusBefore == MeetingStatus::Planned && !otherPlanned)
        return otherDone ? Stage::Met : Stage::ReachedOut;
    if (current == Stage::Met && statusBefore == MeetingStatus::Held && !otherDone)
        return otherPlanned ? Stage::Scheduled : Stage::ReachedOut;
    return current;
}

} // namespace Rapport::StageRules
