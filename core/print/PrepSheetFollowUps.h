// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace Rapport {

struct Meeting;
struct PrepSheetData;

// The follow-ups part of a prep sheet: what is already promised, and the standard steps after a
// meeting (thank-you, LinkedIn, telling the referrer, checking in) that are still to do.
class PrepSheetFollowUps
{
public:
    // The meeting the standard steps follow: the sheet's own, or else the latest one held
    // (a thank-you note or an e-mail is not a meeting that calls for them). nullptr for none.
    static const Meeting* stepsMeeting(const PrepSheetData& data);

    // The standard steps already done for meeting meetingId: a follow-up of their kind marked
    // done for it or since it, a thank-you note logged since it, a LinkedIn invitation ever.
    // Throws DatabaseError.
    static QList<FollowUpKind> stepsDone(const QSqlDatabase& db, qint64 contactId, qint64 meetingId);

    // The section's HTML: empty when there is nothing to do.
    static QString section(const PrepSheetData& data);
};

} // namespace Rapport
