// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingTypes.h"

namespace Rapport::MeetingDefaults {

// How long a meeting of this kind usually takes, in minutes: half an hour for a conversation
// (the 20–30 minutes an informational interview asks for), five for an e-mail or a note.
int usualMinutes(MeetingKind kind);
// The length after the kind changes from `from` to `to`: a length still at from's usual one was
// never chosen by the user, so it takes to's usual length; any other is the user's and stays.
int lengthAfterKindChange(int minutes, MeetingKind from, MeetingKind to);

} // namespace Rapport::MeetingDefaults
