// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingTypes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Rapport {

// "A referred me to B" (LinkKind::Referral), or an undirected acquaintance (LinkKind::Knows).
// referrerId 0 means Me: the user reached B directly.
struct Referral {
    qint64 id = 0;
    qint64 referrerId = 0;
    qint64 referredId = 0;
    LinkKind kind = LinkKind::Referral;
    QString relation; // for knows: colleague, co-author...
    QDate date;
    QString note;
    std::optional<bool> mayUseName; // may the user mention the referrer's name? unknown when unset
    qint64 importBatchId = 0; // the import that created it, if any
    QString uuid; // a new one is made when empty

    bool isReferral() const { return kind == LinkKind::Referral; }
};

// An interaction with a contact; the informational interview is the main kind.
struct Meeting {
    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    MeetingKind kind = MeetingKind::InformationalInterview;
    QDateTime start;
    int durationMinutes = 30;
    QString place;
    MeetingStatus status = MeetingStatus::Planned;
    QString notes; // Markdown
    Reflection reflection = Reflection::None;
    QString takeaway;
};

struct FollowUp {
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 meetingId = 0; // 0 for none
    QDate due;
    QString text;
    QDateTime doneAt; // invalid while open
    FollowUpKind kind = FollowUpKind::Plain;
    QString uuid; // a new one is made when empty
};

// Row writers for callers that hold a Transaction. Each throws DatabaseError.
namespace NetworkRecords {
// Why this link cannot be stored (a self-referral, a missing contact, "knows" with Me), or an
// empty string when it can. Every writer of referrals goes through it.
QString referralProblem(const QSqlDatabase& db, const Referral& referral);
// True when another stored link joins the same people the same way (either direction for "knows").
bool sameLinkExists(const QSqlDatabase& db, const Referral& referral);
// Stores a link; returns 0 when the same link already exists (nothing is written). Throws
// DatabaseError, with referralProblem()'s message, for a link that cannot be stored.
qint64 insertReferral(const QSqlDatabase& db, const Referral& referral);
qint64 insertMeeting(const QSqlDatabase& db, const Meeting& meeting);
qint64 insertFollowUp(const QSqlDatabase& db, const FollowUp& followUp);
} // namespace NetworkRecords

} // namespace Rapport
