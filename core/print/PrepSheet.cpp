// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheet.h"

#include "Clock.h"
#include "ContactLoader.h"
#include "DatabaseError.h"
#include "GraphPaths.h"
#include "MeetingTypes.h"
#include "PrepSheetFollowUps.h"
#include "PrepSheetHtml.h"
#include "PrepSheetText.h"
#include "SqlStatement.h"

#include <QLocale>

namespace Rapport {

using namespace PrepSheetHtml;

namespace {

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString timeText(const QTime& time)
{
    QString pattern = QLocale().timeFormat(QLocale::ShortFormat);
    pattern.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, pattern);
}

} // namespace

QString PrepSheet::excerpt(const QString& markdown, int maxChars)
{
    return PrepSheetText::excerpt(markdown, maxChars);
}

qint64 PrepSheet::nextMeetingOf(const QSqlDatabase& db, qint64 contactId, const QDateTime& now)
{
    return SqlStatement::scalar(db,
        QStringLiteral("SELECT id FROM interaction WHERE contact_id = ? AND status = 'planned' AND start_at >= ? "
                       "ORDER BY start_at LIMIT 1"),
        {contactId, now.toUTC().addSecs(-3600).toString(Qt::ISODateWithMs)})
        .toLongLong();
}

qint64 PrepSheet::contactOfMeeting(const QSqlDatabase& db, qint64 meetingId)
{
    return SqlStatement::scalar(db, QStringLiteral("SELECT contact_id FROM interaction WHERE id = ?"), {meetingId})
        .toLongLong();
}

PrepSheetData PrepSheet::gather(
    const QSqlDatabase& db, qint64 contactId, qint64 meetingId, const ReferralGraph* preloaded)
{
    PrepSheetData data;
    const QList<Contact> contacts = ContactLoader::load(db, QStringLiteral("WHERE c.id = ?"), {contactId});
    if (contacts.isEmpty())
        throw DatabaseError(tr("the contact no longer exists"));
    data.contact = contacts.first();

    SqlStatement meetings(db,
        QStringLiteral(
            "SELECT id, uuid, contact_id, kind, start_at, duration_minutes, place, status, notes, "
            "ifnull(reflection, ''), takeaway FROM interaction WHERE contact_id = ? ORDER BY start_at DESC"));
    meetings.exec({contactId});
    while (meetings.next()) {
        Meeting m;
        m.id = meetings.value(0).toLongLong();
        m.kind = MeetingTypes::meetingKind(meetings.value(3).toString()).value_or(MeetingKind::Other);
        m.start = QDateTime::fromString(meetings.value(4).toString(), Qt::ISODateWithMs).toLocalTime();
        m.durationMinutes = meetings.value(5).toInt();
        m.place = meetings.value(6).toString();
        m.status = MeetingTypes::meetingStatus(meetings.value(7).toString()).value_or(MeetingStatus::Planned);
        m.notes = meetings.value(8).toString();
        m.takeaway = meetings.value(10).toString();
        if (m.id == meetingId)
            data.meeting = m;
        else if (m.status == MeetingStatus::Held)
            data.history.append(m);
    }
    if (meetingId && !data.meeting)
        throw DatabaseError(tr("the meeting no longer exists"));
    if (data.meeting) // history is what came before this meeting
        data.history.removeIf([&](const Meeting& m) { return m.start >= data.meeting->start; });

    SqlStatement followUps(db,
        QStringLiteral("SELECT due, text, kind FROM follow_up WHERE contact_id = ? AND done_at IS NULL ORDER BY due"));
    followUps.exec({contactId});
    while (followUps.next()) {
        FollowUp f;
        f.due = QDate::fromString(followUps.value(0).toString(), Qt::ISODate);
        f.text = followUps.value(1).toString();
        f.kind = MeetingTypes::followUpKind(followUps.value(2).toString()).value_or(FollowUpKind::Plain);
        data.openFollowUps.append(f);
    }

    // How the user reached them: the chain of introductions, and whether the referrer's name may be used.
    const ReferralGraph loaded = preloaded ? ReferralGraph() : ReferralGraph::load(db);
    const ReferralGraph& graph = preloaded ? *preloaded : loaded;
    const WarmPath path = GraphPaths::referralChain(graph, contactId);
    if (path.steps.size() > 1)
        data.chain = GraphPaths::chainText(graph, path);
    for (const Referral& link : graph.links()) {
        if (link.isReferral() && link.referredId == contactId && link.referrerId) {
            data.referrerName = graph.nameOf(link.referrerId);
            data.mayMentionReferrer = link.mayUseName;
            break;
        }
    }

    SqlStatement profile(db, QStringLiteral("SELECT name, field, introduction, goals FROM profile WHERE id = 1"));
    if (profile.exec().next()) {
        data.myName = profile.value(0).toString();
        data.myField = profile.value(1).toString();
        data.introduction = profile.value(2).toString();
        data.goals = profile.value(3).toString();
    }
    SqlStatement organization(db,
        QStringLiteral("SELECT o.notes, o.website, o.industry FROM organization o JOIN contact c "
                       "ON c.organization_id = o.id WHERE c.id = ?"));
    if (organization.exec({contactId}).next()) {
        data.organizationNotes = organization.value(0).toString();
        data.organizationWebsite = organization.value(1).toString();
        data.organizationIndustry = organization.value(2).toString();
    }
    if (const Meeting* steps = PrepSheetFollowUps::stepsMeeting(data))
        data.stepsDone = PrepSheetFollowUps::stepsDone(db, contactId, steps->id);
    data.questions = data.meeting ? QuestionBank::forMeeting(db, data.meeting->id) : QuestionBank::forMeeting(db, 0);
    return data;
}

QString PrepSheet::html(const PrepSheetData& d, const PrepSheetOptions& options)
{
    const Contact& c = d.contact;
    const QString firstName = c.firstName.isEmpty() ? c.displayName() : c.firstName;
    QString out;
    out += QStringLiteral("<h1 style=\"font-size:16pt; margin-top:0; margin-bottom:0;\">%1</h1>")
               .arg(esc(c.displayName()));
    QStringList role;
    if (!c.title.isEmpty())
        role.append(c.title);
    if (!c.organization.isEmpty())
        role.append(c.organization);
    if (!c.location.isEmpty())
        role.append(c.location);
    if (!role.isEmpty())
        out += QStringLiteral("<p style=\"font-size:10pt; margin-top:0; margin-bottom:3px;\">%1</p>")
                   .arg(esc(role.join(QStringLiteral(" · "))));

    // The meeting and how the user came to this person. What the user typed into the meeting goes
    // in the box too, and takes the place of as many lines of the notes area: a sheet that was full
    // stays one page.
    const QStringList typed = meetingNotes(d);
    out += QStringLiteral("<table width=\"100%\" cellpadding=\"1\" cellspacing=\"0\" "
                          "style=\"border:1px solid #555; background-color:#f2f2f2;\">");
    const auto row = [&out](const QString& label, const QString& escapedValue) {
        out += QStringLiteral("<tr><td width=\"25%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), escapedValue);
    };
    if (d.meeting) {
        const Meeting& m = *d.meeting;
        QString when = tr("%1, %2 at %3", "meeting kind, date at time of day")
                           .arg(MeetingTypes::label(m.kind), dateText(m.start.date()), timeText(m.start.time()));
        if (m.status == MeetingStatus::Cancelled)
            when = tr("%1 (cancelled)").arg(when); // a sheet printed for it must not look current
        else if (m.status == MeetingStatus::Held)
            when = tr("%1 (held)").arg(when);
        row(tr("Meeting"), esc(when));
        row(tr("Where"), esc(m.place.isEmpty() ? tr("(to be agreed)") : m.place));
        row(tr("Time asked for"),
            esc(tr("%1 minutes — keep to it (20–30 minutes is the norm)").arg(m.durationMinutes)));
        if (!typed.isEmpty())
            row(tr("Your notes"), typed.join(QStringLiteral("<br>")));
    } else {
        row(tr("Meeting"), esc(tr("Not scheduled yet")));
    }
    if (!d.referrerName.isEmpty()) {
        QString mention = !d.mayMentionReferrer ? tr("ask whether you may mention their name")
            : *d.mayMentionReferrer             ? tr("you may mention their name")
                                                : tr("do not mention their name");
        row(tr("How you reached them"), esc(tr("Referred by %1 — %2").arg(d.referrerName, mention)));
    } else {
        row(tr("How you reached them"), esc(tr("You reached them yourself")));
    }
    if (!d.chain.isEmpty())
        row(tr("Chain"), esc(d.chain));
    out += QStringLiteral("</table>");

    if (options.purpose) {
        out += heading(tr("Purpose"));
        const QString who = d.myName.isEmpty() ? QString()
            : d.myField.isEmpty()              ? d.myName
                                               : tr("%1, %2").arg(d.myName, d.myField);
        const QString introduction = d.introduction.isEmpty()
            ? esc(tr("Your 30-second introduction: who you are, what you are exploring, why them. "
                     "(Fill it in under Edit ▸ My Profile.)"))
            : esc(d.introduction);
        // Who the user is leads their introduction, on the same line: a line saved is a line for notes.
        out += paragraph(who.isEmpty() ? introduction : QStringLiteral("<b>%1</b> — %2").arg(esc(who), introduction));
        if (!d.goals.isEmpty())
            out += paragraph(QStringLiteral("%1 %2").arg(esc(tr("Exploring:")), esc(d.goals)));
        out += paragraph(QStringLiteral("<i>%1</i>")
                             .arg(esc(tr("This is not a job request. Bring a résumé only if they ask for it."))));
    }

    if (options.research) {
        out += heading(tr("Research"));
        QString person = c.notes.isEmpty() ? QString() : excerpt(c.notes);
        out += paragraph(
            QStringLiteral("<b>%1</b> %2")
                .arg(esc(tr("On %1:").arg(firstName)),
                    esc(person.isEmpty() ? tr("their role and path — look them up before you meet.") : person)));
        if (!c.tags.isEmpty())
            out += paragraph(
                QStringLiteral("<b>%1</b> %2").arg(esc(tr("What you share:")), esc(c.tags.join(QStringLiteral(", ")))));
        if (!c.organization.isEmpty()) {
            QStringList about;
            if (!d.organizationIndustry.isEmpty())
                about.append(d.organizationIndustry);
            if (!d.organizationWebsite.isEmpty())
                about.append(d.organizationWebsite);
            if (!d.organizationNotes.isEmpty())
                about.append(excerpt(d.organizationNotes));
            const QString lookUp
                = QStringLiteral("%1 ______________________________________________").arg(esc(tr("To look up:")));
            // With nothing known yet, the line to fill in follows the name: one line, not two.
            out += paragraph(QStringLiteral("<b>%1</b> %2")
                                 .arg(esc(tr("On %1:").arg(c.organization)),
                                     about.isEmpty() ? lookUp : esc(about.join(QStringLiteral(" · ")))));
            if (!about.isEmpty())
                out += paragraph(lookUp);
        }
    }

    // Earlier meetings only: the open follow-ups are in one place, with the rest of the follow-ups.
    if (options.history && !d.history.isEmpty()) {
        out += heading(tr("History with %1").arg(firstName));
        for (qsizetype i = 0; i < qMin<qsizetype>(d.history.size(), kHistoryShown); ++i) {
            const Meeting& m = d.history.at(i);
            const QString notes = excerpt(m.notes);
            out += paragraph(
                QStringLiteral("<b>%1</b> — %2%3")
                    .arg(esc(dateText(m.start.date())), esc(MeetingTypes::label(m.kind)),
                        notes.isEmpty() ? QString() : esc(tr(": %1", "before a meeting's notes").arg(notes))));
        }
        if (d.history.size() > kHistoryShown)
            out += paragraph(
                QStringLiteral("<i>%1</i>")
                    .arg(esc(tr("and %n earlier meeting(s)", nullptr, int(d.history.size() - kHistoryShown)))));
    }

    const bool anyQuestion
        = std::any_of(d.questions.cbegin(), d.questions.cend(), [](const AskedQuestion& q) { return q.onSheet; });
    if (options.questions && anyQuestion) {
        out += heading(tr("Questions"));
        // Two columns of categories, each group kept whole; "Referrals" ends the second column.
        QStringList groups;
        QString category;
        for (const AskedQuestion& q : d.questions) {
            if (!q.onSheet)
                continue;
            if (q.category != category) {
                if (!category.isEmpty())
                    groups.last() += QStringLiteral("</table>");
                category = q.category;
                groups.append(QStringLiteral("<p style=\"margin-top:3px; margin-bottom:0;\"><b>%1</b></p>"
                                             "<table cellspacing=\"0\" cellpadding=\"0\">")
                                  .arg(esc(QuestionBank::categoryLabel(category))));
            }
            groups.last() += checkItem(esc(q.text));
        }
        if (!groups.isEmpty())
            groups.last() += QStringLiteral("</table>");
        // Two categories side by side per row, so a page break falls between rows of whole groups
        // rather than through a question: path beside field, the job beside advice, and so on.
        const qsizetype half = (groups.size() + 1) / 2;
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
        for (qsizetype row = 0; row < half; ++row) {
            out += QStringLiteral(
                "<tr><td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td></tr>")
                       .arg(groups.at(row), row + half < groups.size() ? groups.at(row + half) : QString());
        }
        out += QStringLiteral("</table>");
    }

    if (options.notesArea) {
        out += heading(tr("Notes"));
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
        for (qsizetype i = 0; i < qMax<qsizetype>(kMinNoteLines, kNoteLines - typed.size()); ++i)
            out += QStringLiteral("<tr><td style=\"border-bottom:1px solid #999; height:22px;\">&nbsp;</td></tr>");
        out += QStringLiteral("</table>");
        out += subheading(tr("Referrals given"));
        out += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"border:1px solid #555;\">"
            "<tr><td><b>%1</b></td><td><b>%2</b></td><td><b>%3</b></td><td><b>%4</b></td></tr>")
                   .arg(esc(tr("Name")), esc(tr("Role")), esc(tr("Organisation")), esc(tr("Use my name?")));
        for (int i = 0; i < 3; ++i)
            out += QStringLiteral("<tr><td style=\"border-top:1px solid #999;\">&nbsp;</td><td style=\"border-top:1px "
                                  "solid #999;\">&nbsp;</td><td style=\"border-top:1px solid #999;\">&nbsp;</td>"
                                  "<td style=\"border-top:1px solid #999;\">%1</td></tr>")
                       .arg(esc(tr("yes / no")));
        out += QStringLiteral("</table>");
    }

    if (options.followUps)
        out += PrepSheetFollowUps::section(d);
    return QStringLiteral("<div style=\"font-family:'DejaVu Sans', sans-serif; font-size:9pt;\">") + out
        + QStringLiteral("</div>");
}

// What the user typed into the planned meeting (an agenda, things to bring), line by line as
// typed and escaped; none for a meeting that is not ahead.
QStringList PrepSheet::meetingNotes(const PrepSheetData& d)
{
    if (!d.meeting || d.meeting->status != MeetingStatus::Planned)
        return {};
    int more = 0;
    QStringList lines = PrepSheetText::lines(d.meeting->notes, kMeetingNoteLines, kExcerptChars, &more);
    for (QString& line : lines)
        line = esc(line);
    if (more > 0)
        lines.append(QStringLiteral("<i>%1</i>").arg(esc(tr("and %n more line(s) in Rapport", nullptr, more))));
    return lines;
}

QString PrepSheet::combined(const QStringList& sheets)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(esc(tr("Prep sheets")));
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        html += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before:always;\">");
        html += sheets.at(i) + QStringLiteral("</div>");
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace Rapport
