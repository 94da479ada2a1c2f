// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingTypes.h"

#include <span>

// The raw content of the demo network: a postdoc exploring industry, science policy and
// science writing. DemoNetwork turns these tables into rows; keeping the words apart from the
// code lets writers improve the story without touching the logic.
namespace Rapport::DemoData {

struct Person {
    const char* firstName;
    const char* lastName;
    const char* organization; // "" for none
    const char* title;
    const char* location;
    const char* email; // "" for none
    const char* phone; // "" for none
    const char* linkedinSlug; // becomes https://www.linkedin.com/in/<slug>; "" for none
    const char* stage; // to_contact, reached_out, scheduled, met, following_up, keep_warm, not_pursuing
    int strength; // 0..5
    const char* tags; // comma-separated, lower case, e.g. "industry,biotech"
    int referredBy; // index into people(); Me = -1 (the user found them); -2 = nobody (a plain connection)
    int knows; // index of someone they know (an undirected "knows" link), or -1
    int connectedDaysAgo; // when the user first connected; 0 = unknown
    const char* notes; // a sentence or two, or ""
};

struct Meeting {
    int person; // index into people()
    MeetingKind kind;
    int dayOffset; // days from today: negative = past, positive = upcoming
    int hour; // local time
    int minute;
    int durationMinutes;
    MeetingStatus status;
    const char* place; // a place or a video link
    const char* notes; // Markdown, a few sentences; "" for planned meetings is fine
    Reflection reflection; // None when not done
    const char* takeaway; // one line, or ""
};

struct FollowUp {
    int person; // index into people()
    int meeting; // index into meetings(), or -1
    int dueDayOffset; // days from today
    const char* text;
    bool done;
    // The standard steps carry their kind, as the app's own would: Today and the prep sheet count
    // them as done, and marking a meeting held does not propose them again. Like the app's, a
    // "tell the referrer" step belongs to the person met (not the referrer), and no LinkedIn
    // invitation goes to someone already connected there.
    FollowUpKind kind = FollowUpKind::Plain;
};

std::span<const Person> people();
std::span<const Meeting> meetings();
std::span<const FollowUp> followUps();

} // namespace Rapport::DemoData
