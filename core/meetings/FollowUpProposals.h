// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QCoreApplication>

namespace Rapport {

// What to do after an informational interview, as career centres teach it: thank them
// within 24 hours, connect on LinkedIn, and tell whoever referred you that you met.
class FollowUpProposals
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::FollowUpProposals)

public:
    // The proposals for meeting, held, with contact. referrerName is empty when the user found the
    // person themselves. existing is the contact's follow-ups, open and done: a one-time step
    // (connecting on LinkedIn, telling the referrer) already there is not proposed again.
    // Due dates count from the meeting's day, or from today when it was held earlier (Clock),
    // so that marking an old meeting held does not add follow-ups that are overdue at once.
    static QList<FollowUp> afterInterview(const Meeting& meeting, const Contact& contact, const QString& referrerName,
        qint64 referrerId, const QList<FollowUp>& existing = {});

    // True when the user is already connected with contact on LinkedIn: a profile and the date
    // they connected are both known. Inviting them again would be out of place.
    static bool connectedOnLinkedIn(const Contact& contact);
};

} // namespace Rapport
