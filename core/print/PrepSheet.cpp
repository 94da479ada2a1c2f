// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheet.h"

#include "Clock.h"
#include "ContactLoader.h"
#include "DatabaseError.h"
#include "GraphPaths.h"
#include "MeetingTypes.h"
#include "NotesMarkdown.h"
#include "SqlStatement.h"

#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

namespace Rapport {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

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

const QString kBox = QStringLiteral("☐");

QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size:12.5pt; margin-top:14px; margin-bottom:4px; "
                          "border-bottom:1px solid #777;\">%1</h2>")
        .arg(esc(text));
}

QString checkItem(const QString& escapedText)
{
    return QStringLiteral("<tr><td width=\"18\" style=\"font-size:11pt;\">%1</td><td>%2</td></tr>")
        .arg(kBox, escapedText);
}

} // namespace

QString PrepSheet::excerpt(const QString& markdown, int maxChars)
{
    const QString plain = NotesMarkdown::plainText(markdown).simplified();
    if (plain.size() <= maxChars)
        return plain;
    qsizetype cut = plain.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars; // one very long word: cut it, and say so with the ellipsis
    return plain.left(cut).trimmed() + QStringLiteral("…");
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

    SqlStatement followUps(
        db, QStringLiteral("SELECT due, text FROM follow_up WHERE contact_id = ? AND done_at IS NULL ORDER BY due"));
    followUps.exec({contactId});
    while (followUps.next()) {
        FollowUp f;
        f.due = QDate::fromString(followUps.value(0).toString(), Qt::ISODate);
        f.text = followUps.value(1).toString();
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
    data.questions = data.meeting ? QuestionBank::forMeeting(db, data.meeting->id) : QuestionBank::forMeeting(db, 0);
    return data;
}

QString PrepSheet::html(const PrepSheetData& d, const PrepSheetOptions& options)
{
    const Contact& c = d.contact;
    QString out;
    out += QStringLiteral("<h1 style=\"font-size:20pt; margin-bottom:2px;\">%1</h1>").arg(esc(c.displayName()));
    QStringList role;
    if (!c.title.isEmpty())
        role.append(c.title);
    if (!c.organization.isEmpty())
        role.append(c.organization);
    if (!c.location.isEmpty())
        role.append(c.location);
    if (!role.isEmpty())
        out += QStringLiteral("<p style=\"font-size:11.5pt; margin-top:0;\">%1</p>")
                   .arg(esc(role.join(QStringLiteral(" · "))));

    // The meeting and how the user came to this person.
    out += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" "
                          "style=\"border:1px solid #555; background-color:#f2f2f2;\">");
    const auto row = [&out](const QString& label, const QString& escapedValue) {
        out += QStringLiteral("<tr><td width=\"26%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), escapedValue);
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
        if (!who.isEmpty())
            out += QStringLiteral("<p><b>%1</b></p>").arg(esc(who));
        out += QStringLiteral("<p>%1</p>")
                   .arg(d.introduction.isEmpty()
                           ? esc(tr("Your 30-second introduction: who you are, what you are exploring, why them. "
                                    "(Fill it in under Edit ▸ My Profile.)"))
                           : esc(d.introduction));
        if (!d.goals.isEmpty())
            out += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Exploring:")), esc(d.goals));
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(tr("This is not a job request. Bring a résumé only if they ask for it.")));
    }

    if (options.research) {
        out += heading(tr("Research"));
        QString person = c.notes.isEmpty() ? QString() : excerpt(c.notes);
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(tr("On %1:").arg(c.firstName.isEmpty() ? c.displayName() : c.firstName)),
                       esc(person.isEmpty() ? tr("their role and path — look them up before you meet.") : person));
        if (!c.tags.isEmpty())
            out += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(esc(tr("What you share:")), esc(c.tags.join(QStringLiteral(", "))));
        if (!c.organization.isEmpty()) {
            QStringList about;
            if (!d.organizationIndustry.isEmpty())
                about.append(d.organizationIndustry);
            if (!d.organizationWebsite.isEmpty())
                about.append(d.organizationWebsite);
            if (!d.organizationNotes.isEmpty())
                about.append(excerpt(d.organizationNotes));
            out += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(esc(tr("On %1:").arg(c.organization)), esc(about.join(QStringLiteral(" · "))));
            out += QStringLiteral("<p>%1 ______________________________________________</p>")
                       .arg(esc(tr("To look up:")));
        }
    }

    if (options.history && (!d.history.isEmpty() || !d.openFollowUps.isEmpty())) {
        out += heading(tr("History with %1").arg(c.firstName.isEmpty() ? c.displayName() : c.firstName));
        for (qsizetype i = 0; i < qMin<qsizetype>(d.history.size(), kHistoryShown); ++i) {
            const Meeting& m = d.history.at(i);
            const QString notes = excerpt(m.notes);
            out += QStringLiteral("<p style=\"margin-bottom:3px;\"><b>%1</b> — %2%3</p>")
                       .arg(esc(dateText(m.start.date())), esc(MeetingTypes::label(m.kind)),
                           notes.isEmpty() ? QString() : esc(tr(": %1", "before a meeting's notes").arg(notes)));
        }
        if (d.history.size() > kHistoryShown)
            out += QStringLiteral("<p><i>%1</i></p>")
                       .arg(esc(tr("and %n earlier meeting(s)", nullptr, int(d.history.size() - kHistoryShown))));
        if (!d.openFollowUps.isEmpty()) {
            out += QStringLiteral(
                "<p style=\"margin-bottom:2px;\"><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"1\">")
                       .arg(esc(tr("Open follow-ups and promises:")));
            for (qsizetype i = 0; i < qMin<qsizetype>(d.openFollowUps.size(), kFollowUpsShown); ++i) {
                const FollowUp& f = d.openFollowUps.at(i);
                out += checkItem(esc(tr("%1 (due %2)").arg(f.text, QLocale().toString(f.due, QLocale::ShortFormat))));
            }
            out += QStringLiteral("</table>");
        }
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
                groups.append(QStringLiteral("<p style=\"margin-top:5px; margin-bottom:1px;\"><b>%1</b></p>"
                                             "<table cellspacing=\"0\" cellpadding=\"1\">")
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
        for (int i = 0; i < 6; ++i)
            out += QStringLiteral("<tr><td style=\"border-bottom:1px solid #999; height:20px;\">&nbsp;</td></tr>");
        out += QStringLiteral("</table>");
        out += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px;\"><b>%1</b></p>")
                   .arg(esc(tr("Referrals given")));
        out += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"border:1px solid #555;\">"
            "<tr><td><b>%1</b></td><td><b>%2</b></td><td><b>%3</b></td><td><b>%4</b></td></tr>")
                   .arg(esc(tr("Name")), esc(tr("Role")), esc(tr("Organisation")), esc(tr("Use my name?")));
        for (int i = 0; i < 3; ++i)
            out += QStringLiteral("<tr><td style=\"border-top:1px solid #999;\">&nbsp;</td><td style=\"border-top:1px "
                                  "solid #999;\">&nbsp;</td><td style=\"border-top:1px solid #999;\">&nbsp;</td>"
                                  "<td style=\"border-top:1px solid #999;\">%1</td></tr>")
                       .arg(esc(tr("yes / no")));
        out += QStringLiteral("</table>");
    }

    if (options.followUps) {
        out += heading(tr("Afterwards"));
        const QDate held = d.meeting ? d.meeting->start.date() : QDate();
        const auto by = [&held](int days) {
            return held.isValid()
                ? QStringLiteral(" ") + tr("(by %1)").arg(QLocale().toString(held.addDays(days), QLocale::ShortFormat))
                : QString();
        };
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
        out += checkItem(esc(tr("Send a thank-you note within 24 hours") + by(1)));
        out += checkItem(esc(tr("Invite them to connect on LinkedIn, with a personal note") + by(2)));
        if (!d.referrerName.isEmpty())
            out += checkItem(esc(tr("Tell %1 that you met, and thank them").arg(d.referrerName) + by(3)));
        out += checkItem(esc(tr("Check in again in about three months") + by(c.checkInDays)));
        out += QStringLiteral("</table>");
    }
    return QStringLiteral("<div style=\"font-family:'DejaVu Sans', sans-serif; font-size:9.5pt;\">") + out
        + QStringLiteral("</div>");
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

QPageSize PrepSheet::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool PrepSheet::writePdf(const QString& html, const QString& path, const QPageSize& pageSize, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setTitle(tr("Prep sheet"));
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setResolution(300);
        SafeTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Rapport
