// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rapport {

// What a meeting is; stored by key ("informational_interview", "coffee"...).
enum class MeetingKind { InformationalInterview, Coffee, Call, VideoCall, Email, Event, ThankYou, Other };
// Where a meeting stands; stored as "planned", "done" and "cancelled".
enum class MeetingStatus { Planned, Held, Cancelled };
// What the user took from a meeting about the path it showed; stored as "", "drawn", "unsure", "not_for_me".
enum class Reflection { None, DrawnToIt, Unsure, NotForMe };
// Why a follow-up exists; stored as "", "thank_you", "linkedin", "tell_referrer", "check_in".
enum class FollowUpKind { Plain, ThankYou, LinkedIn, TellReferrer, CheckIn };
// How two people are linked; stored as "referral" (directed) and "knows" (undirected).
enum class LinkKind { Referral, Knows };
// What an outreach template is for; stored as "request", "thank_you", "check_in" and "other".
enum class TemplateKind { Request, ThankYou, CheckIn, Other };

// The one place that turns these types into the keys the file stores and the words the user reads.
// A key Rapport does not know reads as nullopt; the file's CHECK constraints keep those out.
class MeetingTypes
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::MeetingTypes)

public:
    static QString key(MeetingKind kind);
    static QString key(MeetingStatus status);
    static QString key(Reflection reflection);
    static QString key(FollowUpKind kind);
    static QString key(LinkKind kind);
    static QString key(TemplateKind kind);

    static std::optional<MeetingKind> meetingKind(QStringView key);
    static std::optional<MeetingStatus> meetingStatus(QStringView key);
    static std::optional<Reflection> reflection(QStringView key);
    static std::optional<FollowUpKind> followUpKind(QStringView key);
    static std::optional<LinkKind> linkKind(QStringView key);
    static std::optional<TemplateKind> templateKind(QStringView key);

    // Labels as a list or a menu shows them ("Informational interview", "Held").
    static QString label(MeetingKind kind);
    static QString label(MeetingStatus status);
    static QString label(Reflection reflection);
    static QString label(FollowUpKind kind);
    static QString label(LinkKind kind);

    // Every value, in the order menus offer them.
    static QList<MeetingKind> meetingKinds();
    static QList<MeetingStatus> meetingStatuses();
    static QList<Reflection> reflections(); // without None
};

} // namespace Rapport
