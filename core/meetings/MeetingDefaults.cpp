// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingDefaults.h"

namespace Rapport::MeetingDefaults {

int usualMinutes(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Email:
    case MeetingKind::ThankYou:
        return 5;
    case MeetingKind::Event:
        return 60;
    case MeetingKind::InformationalInterview:
    case MeetingKind::Coffee:
    case MeetingKind::Call:
    case MeetingKind::VideoCall:
    case MeetingKind::Other:
        break;
    }
    return 30;
}

int lengthAfterKindChange(int minutes, MeetingKind from, MeetingKind to)
{
    return minutes == usualMinutes(from) ? usualMinutes(to) : minutes;
}

} // namespace Rapport::MeetingDefaults
