// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetFollowUps.h"

#include "FollowUpProposals.h"
#include "PrepSheet.h"
#include "PrepSheetHtml.h"
#include "SqlStatement.h"

#include <QLocale>

namespace Rapport {

using namespace PrepSheetHtml;

const Meeting* PrepSheetFollowUps::stepsMeeting(const PrepSheetData& data)
{
    if (data.meeting)
        return &*data.meeting;
    for (const Meeting& m : data.history) { // held ones, latest first
        if (m.kind != MeetingKind::ThankYou && m.kind != MeetingKind::Email)
            return &m;
    }
    return nullptr;
}

QList<FollowUpKind> PrepSheetFollowUps::stepsDone(const QSqlDatabase& db, qint64 contactId, qint64 meetingId)
{
    QList<FollowUpKind> done;
    if (!meetingId)
        return done;
    // Times are stored as ISO text in UTC, so "since the meeting" compares as text.
    SqlStatement followUps(db,
        QStringLiteral("SELECT DISTINCT f.kind FROM follow_up f WHERE f.contact_id = ? AND f.kind <> '' "
                       "AND f.done_at IS NOT NULL AND (f.interaction_id = ? OR f.kind = 'linkedin' "
                       "OR f.done_at >= (SELECT start_at FROM interaction WHERE id = ?))"));
    followUps.exec({contactId, meetingId, meetingId});
    while (followUps.next()) {
        if (const auto kind = MeetingTypes::followUpKind(followUps.value(0).toString()))
            done.append(*kind);
    }
    const bool noteSent = SqlStatement::scalar(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM interaction t WHERE t.contact_id = ? AND t.kind = 'thank_you' "
                       "AND t.status = 'done' AND t.start_at >= (SELECT start_at FROM interaction WHERE id = ?))"),
        {contactId, meetingId})
                              .toBool();
    if (noteSent && !done.contains(FollowUpKind::ThankYou))
        done.append(FollowUpKind::ThankYou);
    return done;
}

// The follow-ups in one place: those already promised (open in the network), beside the steps
// the meeting calls for. A step already open (say, a thank-you) is not listed twice, and one
// already done is not listed at all.
QString PrepSheetFollowUps::section(const PrepSheetData& d)
{
    const QDate held = d.meeting ? d.meeting->start.date() : QDate();
    const auto by = [&held](int days) {
        return held.isValid() ? QStringLiteral(" ")
                + PrepSheet::tr("(by %1)").arg(QLocale().toString(held.addDays(days), QLocale::ShortFormat))
                              : QString();
    };
    const auto toDo = [&d](FollowUpKind kind) {
        return !d.stepsDone.contains(kind)
            && std::none_of(
                d.openFollowUps.cbegin(), d.openFollowUps.cend(), [kind](const FollowUp& f) { return f.kind == kind; });
    };
    QString after;
    if (toDo(FollowUpKind::ThankYou))
        after += checkItem(esc(PrepSheet::tr("Send a thank-you note within 24 hours") + by(1)));
    // Already connected: no invitation to send (the same rule as the proposals after a meeting).
    if (toDo(FollowUpKind::LinkedIn) && !FollowUpProposals::connectedOnLinkedIn(d.contact))
        after += checkItem(esc(PrepSheet::tr("Invite them to connect on LinkedIn, with a personal note") + by(2)));
    if (!d.referrerName.isEmpty() && toDo(FollowUpKind::TellReferrer))
        after += checkItem(esc(PrepSheet::tr("Tell %1 that you met, and thank them").arg(d.referrerName) + by(3)));
    if (toDo(FollowUpKind::CheckIn))
        after += checkItem(esc(PrepSheet::tr("Check in again in about three months") + by(d.contact.checkInDays)));
    if (d.openFollowUps.isEmpty() && after.isEmpty())
        return QString();

    QString out = heading(PrepSheet::tr("Follow-ups"));
    if (d.openFollowUps.isEmpty())
        return out + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>").arg(after);
    out += subheading(PrepSheet::tr("Open follow-ups and promises:"))
        + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    for (qsizetype i = 0; i < qMin<qsizetype>(d.openFollowUps.size(), PrepSheet::kFollowUpsShown); ++i) {
        const FollowUp& f = d.openFollowUps.at(i);
        out += checkItem(
            esc(PrepSheet::tr("%1 (due %2)").arg(f.text, QLocale().toString(f.due, QLocale::ShortFormat))));
    }
    if (d.openFollowUps.size() > PrepSheet::kFollowUpsShown)
        out += QStringLiteral("<tr><td></td><td><i>%1</i></td></tr>")
                   .arg(esc(PrepSheet::tr(
                       "and %n more in Rapport", nullptr, int(d.openFollowUps.size() - PrepSheet::kFollowUpsShown))));
    out += QStringLiteral("</table>");
    if (!after.isEmpty())
        out += subheading(PrepSheet::tr("After the meeting:"))
            + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>").arg(after);
    return out;
}

} // namespace Rapport
