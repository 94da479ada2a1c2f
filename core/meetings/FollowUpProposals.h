// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QCoreApplication>

namespace Rapport {

// What to do after a meeting, as career centres teach it for informational interviews: thank
// them within 24 hours, connect on LinkedIn, and tell whoever referred you that you met. And
// what the meeting settled: the follow-ups that prepared it.
class FollowUpProposals
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::FollowUpProposals)

public:
    // An open follow-up that may have been preparation for a meeting, offered for closing once
    // it is held. forThisMeeting: the data says so (it was made for that meeting), so it starts
    // ticked; otherwise it is only due by the meeting's day, and the user decides.
    struct Preparation {
        FollowUp followUp;
        bool forThisMeeting = false;
    };

    // True for a meeting with someone, in person or by call or video (an interview, a coffee, a
    // call): it calls for thanks and telling the referrer. An e-mail, a thank-you note, an
    // event or "other" does not.
    static bool callsForFollowUps(MeetingKind kind);

    // Whether an edit from before to after makes the meeting held, so that what follows a held
    // meeting is offered: its status became Held, or, held already, it became a meeting with
    // someone (an e-mail logged, then corrected to the interview it was).
    static bool becameHeld(const Meeting& before, const Meeting& after);

    // The proposals for meeting, held, with contact. referrerName is empty when the user found the
    // person themselves. existing is the contact's follow-ups, open and done: a one-time step
    // (connecting on LinkedIn, telling the referrer) already there is not proposed again, nor a
    // thank-you already made for this meeting.
    // Due dates count from the meeting's day, or from today when it was held earlier (Clock),
    // so that marking an old meeting held does not add follow-ups that are overdue at once.
    static QList<FollowUp> afterInterview(const Meeting& meeting, const Contact& contact, const QString& referrerName,
        qint64 referrerId, const QList<FollowUp>& existing = {});

    // The contact's open follow-ups that were preparation for meeting, now held: those made for
    // it, and those not tied to any meeting that were due by plannedDay (the day it was planned
    // for, which may be later than the day it was marked held). The standard after-meeting steps
    // (a thank-you, telling the referrer) are never preparation.
    static QList<Preparation> preparationFor(
        const Meeting& meeting, const QDate& plannedDay, const QList<FollowUp>& existing);

    // True when the user is already connected with contact on LinkedIn: a profile and the date
    // they connected are both known. Inviting them again would be out of place.
    static bool connectedOnLinkedIn(const Contact& contact);
};

} // namespace Rapport
