// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposals.h"

namespace Rapport {

QList<FollowUp> FollowUpProposals::afterInterview(
    const Meeting& meeting, const QString& contactName, const QString& referrerName, qint64 referrerId)
{
    const auto proposal = [&meeting](FollowUpKind kind, qint64 contactId, int days, const QString& text) {
        FollowUp f;
        f.contactId = contactId;
        f.meetingId = contactId == meeting.contactId ? meeting.id : 0;
        f.due = meeting.start.date().addDays(days);
        f.text = text;
        f.kind = kind;
        return f;
    };
    QList<FollowUp> proposals {
        proposal(FollowUpKind::ThankYou, meeting.contactId, 1,
            tr("Send %1 a thank-you note (within 24 hours)").arg(contactName)),
        proposal(FollowUpKind::LinkedIn, meeting.contactId, 2,
            tr("Connect with %1 on LinkedIn, with a personal note").arg(contactName)),
    };
    if (referrerId && !referrerName.isEmpty()) {
        FollowUp tell = proposal(FollowUpKind::TellReferrer, meeting.contactId, 3,
            tr("Tell %1 that you met %2, and thank them for the introduction").arg(referrerName, contactName));
        proposals.append(tell);
    }
    return proposals;
}

} // namespace Rapport
