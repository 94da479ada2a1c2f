// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposals.h"

#include "Clock.h"

#include <algorithm>

namespace Rapport {

QList<FollowUp> FollowUpProposals::afterInterview(const Meeting& meeting, const Contact& contact,
    const QString& referrerName, qint64 referrerId, const QList<FollowUp>& existing)
{
    const QString contactName = contact.displayName();
    const QDate from = std::max(meeting.start.toLocalTime().date(), Clock::currentDate());
    const auto proposal = [&meeting, &from](FollowUpKind kind, qint64 contactId, int days, const QString& text) {
        FollowUp f;
        f.contactId = contactId;
        f.meetingId = contactId == meeting.contactId ? meeting.id : 0;
        f.due = from.addDays(days);
        f.text = text;
        f.kind = kind;
        return f;
    };
    // Open or done alike: an invitation waiting for an answer, or a referrer already told, is not
    // asked for twice (a second meeting long after the introduction does not call for it again).
    const auto alreadyThere = [&existing, &meeting](FollowUpKind kind) {
        return std::any_of(existing.cbegin(), existing.cend(),
            [&meeting, kind](const FollowUp& f) { return f.contactId == meeting.contactId && f.kind == kind; });
    };
    // One thank-you per meeting: the meeting held again (its kind corrected, say) asks for no second.
    const bool thanked = meeting.id != 0
        && std::any_of(existing.cbegin(), existing.cend(),
            [&meeting](const FollowUp& f) { return f.meetingId == meeting.id && f.kind == FollowUpKind::ThankYou; });
    QList<FollowUp> proposals;
    if (!thanked)
        proposals.append(proposal(FollowUpKind::ThankYou, meeting.contactId, 1,
            tr("Send %1 a thank-you note (within 24 hours)").arg(contactName)));
    if (!connectedOnLinkedIn(contact) && !alreadyThere(FollowUpKind::LinkedIn))
        proposals.append(proposal(FollowUpKind::LinkedIn, meeting.contactId, 2,
            tr("Connect with %1 on LinkedIn, with a personal note").arg(contactName)));
    if (referrerId && !referrerName.isEmpty() && !alreadyThere(FollowUpKind::TellReferrer))
        proposals.append(proposal(FollowUpKind::TellReferrer, meeting.contactId, 3,
            tr("Tell %1 that you met %2, and thank them for the introduction").arg(referrerName, contactName)));
    return proposals;
}

bool FollowUpProposals::callsForFollowUps(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::InformationalInterview:
    case MeetingKind::Coffee:
    case MeetingKind::Call:
    case MeetingKind::VideoCall:
        return true;
    case MeetingKind::Email: // logged contact, not a meeting to thank for
    case MeetingKind::Event: // met in a crowd: a note is welcome, but not the interview's steps
    case MeetingKind::ThankYou: // the thanks itself
    case MeetingKind::Other:
        break;
    }
    return false;
}

bool FollowUpProposals::becameHeld(const Meeting& before, const Meeting& after)
{
    if (after.status != MeetingStatus::Held)
        return false;
    return before.status != MeetingStatus::Held || (!callsForFollowUps(before.kind) && callsForFollowUps(after.kind));
}

QList<FollowUpProposals::Preparation> FollowUpProposals::preparationFor(
    const Meeting& meeting, const QDate& plannedDay, const QList<FollowUp>& existing)
{
    const QDate heldDay = meeting.start.toLocalTime().date();
    const QDate by = plannedDay.isValid() ? std::max(plannedDay, heldDay) : heldDay;
    QList<Preparation> result;
    for (const FollowUp& f : existing) {
        if (f.contactId != meeting.contactId || f.doneAt.isValid() || f.kind == FollowUpKind::ThankYou
            || f.kind == FollowUpKind::TellReferrer)
            continue;
        const bool forThis = meeting.id != 0 && f.meetingId == meeting.id;
        // Due after the meeting's day: something to do after it (say, marked held again), not
        // before. Tied to another meeting: that meeting's business.
        if (!f.due.isValid() || f.due > by || (!forThis && f.meetingId != 0))
            continue;
        result.append({f, forThis});
    }
    // The ones the data vouches for first, then by due date.
    std::stable_sort(result.begin(), result.end(), [](const Preparation& a, const Preparation& b) {
        return a.forThisMeeting != b.forThisMeeting ? a.forThisMeeting : a.followUp.due < b.followUp.due;
    });
    return result;
}

bool FollowUpProposals::connectedOnLinkedIn(const Contact& contact)
{
    return !contact.linkedinUrl.trimmed().isEmpty() && contact.connectedOn.isValid();
}

} // namespace Rapport
