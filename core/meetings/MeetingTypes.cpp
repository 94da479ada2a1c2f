// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingTypes.h"

#include <array>
#include <utility>

namespace Rapport {

namespace {

template <typename Enum, std::size_t N>
QString keyIn(const std::array<std::pair<Enum, const char*>, N>& keys, Enum value)
{
    for (const auto& [each, key] : keys) {
        if (each == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, const char*>, N>& keys, QStringView key)
{
    for (const auto& [each, text] : keys) {
        if (key == QLatin1StringView(text))
            return each;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<MeetingKind, const char*>, 8> kKindKeys {{
    {MeetingKind::InformationalInterview, "informational_interview"},
    {MeetingKind::Coffee, "coffee"},
    {MeetingKind::Call, "call"},
    {MeetingKind::VideoCall, "video_call"},
    {MeetingKind::Email, "email"},
    {MeetingKind::Event, "event"},
    {MeetingKind::ThankYou, "thank_you"},
    {MeetingKind::Other, "other"},
}};

constexpr std::array<std::pair<MeetingStatus, const char*>, 3> kStatusKeys {{
    {MeetingStatus::Planned, "planned"},
    {MeetingStatus::Held, "done"},
    {MeetingStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<Reflection, const char*>, 4> kReflectionKeys {{
    {Reflection::None, ""},
    {Reflection::DrawnToIt, "drawn"},
    {Reflection::Unsure, "unsure"},
    {Reflection::NotForMe, "not_for_me"},
}};

constexpr std::array<std::pair<FollowUpKind, const char*>, 5> kFollowUpKeys {{
    {FollowUpKind::Plain, ""},
    {FollowUpKind::ThankYou, "thank_you"},
    {FollowUpKind::LinkedIn, "linkedin"},
    {FollowUpKind::TellReferrer, "tell_referrer"},
    {FollowUpKind::CheckIn, "check_in"},
}};

constexpr std::array<std::pair<LinkKind, const char*>, 2> kLinkKeys {{
    {LinkKind::Referral, "referral"},
    {LinkKind::Knows, "knows"},
}};

constexpr std::array<std::pair<TemplateKind, const char*>, 4> kTemplateKeys {{
    {TemplateKind::Request, "request"},
    {TemplateKind::ThankYou, "thank_you"},
    {TemplateKind::CheckIn, "check_in"},
    {TemplateKind::Other, "other"},
}};

} // namespace

QString MeetingTypes::key(MeetingKind kind)
{
    return keyIn(kKindKeys, kind);
}

QString MeetingTypes::key(MeetingStatus status)
{
    return keyIn(kStatusKeys, status);
}

QString MeetingTypes::key(Reflection reflection)
{
    return keyIn(kReflectionKeys, reflection);
}

QString MeetingTypes::key(FollowUpKind kind)
{
    return keyIn(kFollowUpKeys, kind);
}

QString MeetingTypes::key(LinkKind kind)
{
    return keyIn(kLinkKeys, kind);
}

QString MeetingTypes::key(TemplateKind kind)
{
    return keyIn(kTemplateKeys, kind);
}

std::optional<MeetingKind> MeetingTypes::meetingKind(QStringView key)
{
    return valueIn(kKindKeys, key);
}

std::optional<MeetingStatus> MeetingTypes::meetingStatus(QStringView key)
{
    return valueIn(kStatusKeys, key);
}

std::optional<Reflection> MeetingTypes::reflection(QStringView key)
{
    return valueIn(kReflectionKeys, key);
}

std::optional<FollowUpKind> MeetingTypes::followUpKind(QStringView key)
{
    return valueIn(kFollowUpKeys, key);
}

std::optional<LinkKind> MeetingTypes::linkKind(QStringView key)
{
    return valueIn(kLinkKeys, key);
}

std::optional<TemplateKind> MeetingTypes::templateKind(QStringView key)
{
    return valueIn(kTemplateKeys, key);
}

QString MeetingTypes::label(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::InformationalInterview:
        return tr("Informational interview");
    case MeetingKind::Coffee:
        return tr("Coffee");
    case MeetingKind::Call:
        return tr("Call");
    case MeetingKind::VideoCall:
        return tr("Video call");
    case MeetingKind::Email:
        return tr("E-mail");
    case MeetingKind::Event:
        return tr("Event");
    case MeetingKind::ThankYou:
        return tr("Thank-you note");
    case MeetingKind::Other:
        break;
    }
    return tr("Other");
}

QString MeetingTypes::label(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Held:
        return tr("Held");
    case MeetingStatus::Cancelled:
        return tr("Cancelled");
    case MeetingStatus::Planned:
        break;
    }
    return tr("Planned");
}

QString MeetingTypes::label(Reflection reflection)
{
    switch (reflection) {
    case Reflection::DrawnToIt:
        return tr("Drawn to it");
    case Reflection::Unsure:
        return tr("Unsure");
    case Reflection::NotForMe:
        return tr("Not for me");
    case Reflection::None:
        break;
    }
    return tr("No reflection yet");
}

QString MeetingTypes::label(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::ThankYou:
        return tr("Thank-you");
    case FollowUpKind::LinkedIn:
        return tr("LinkedIn invitation");
    case FollowUpKind::TellReferrer:
        return tr("Tell the referrer");
    case FollowUpKind::CheckIn:
        return tr("Check-in");
    case FollowUpKind::Plain:
        break;
    }
    return tr("Follow-up");
}

QString MeetingTypes::label(LinkKind kind)
{
    return kind == LinkKind::Knows ? tr("Knows") : tr("Referral");
}

QList<MeetingKind> MeetingTypes::meetingKinds()
{
    QList<MeetingKind> kinds;
    for (const auto& [kind, key] : kKindKeys)
        kinds.append(kind);
    return kinds;
}

QList<MeetingStatus> MeetingTypes::meetingStatuses()
{
    return {MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled};
}

QList<Reflection> MeetingTypes::reflections()
{
    return {Reflection::DrawnToIt, Reflection::Unsure, Reflection::NotForMe};
}

} // namespace Rapport
