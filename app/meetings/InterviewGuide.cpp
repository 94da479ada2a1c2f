// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InterviewGuide.h"

#include <QStringList>

namespace Rapport {

namespace {

struct Section {
    QString anchor;
    QString heading;
    QStringList paragraphs; // plain text; a leading "• " makes a list item
};

QList<Section> sections()
{
    return {
        {QStringLiteral("method"), InterviewGuide::tr("What an informational interview is"),
            {InterviewGuide::tr(
                 "An informational interview is a short conversation, usually 20 to 30 minutes, with someone who "
                 "does a job you are curious about. You ask about their work, their organisation and how they "
                 "got there. They are the expert; you are there to learn."),
                InterviewGuide::tr(
                    "It is the most reliable way to find out what a career is really like before you commit to "
                    "it, and every conversation can lead to the next: at the end, people often refer you to "
                    "someone else worth meeting. Rapport keeps track of those chains for you.")}},
        {QStringLiteral("asking"), InterviewGuide::tr("Asking for a meeting"),
            {InterviewGuide::tr(
                 "• Start with people you already know, then the people they suggest. A warm introduction ("
                 "\"Priya Shah suggested I get in touch\") is answered far more often than a cold message."),
                InterviewGuide::tr(
                    "• Keep the request short: who you are, why this person, and a clear, small ask — 20 minutes "
                    "of their time, at their convenience, by phone, video or over coffee."),
                InterviewGuide::tr("• Say plainly that you are looking for advice and information, not a job."),
                InterviewGuide::tr(
                    "• If there is no answer, one polite reminder after a week or two is fine. Then let it go "
                    "and try someone else."),
                InterviewGuide::tr(
                    "In Rapport, the Write… button beside a contact fills one of your templates with their name "
                    "and your referrer's, and Schedule… records the meeting once they say yes.")}},
        {QStringLiteral("questions"), InterviewGuide::tr("What to ask"),
            {InterviewGuide::tr(
                 "Prepare five or six questions and let the conversation go where it wants. For example:"),
                InterviewGuide::tr("• How did you get into this work? What did your path look like?"),
                InterviewGuide::tr("• What does a typical week look like for you?"),
                InterviewGuide::tr("• What do you enjoy most about it, and what is hardest?"),
                InterviewGuide::tr("• Which skills matter most, and how did you learn them?"),
                InterviewGuide::tr(
                    "• How is the field changing? What would you do differently if you were starting now?"),
                InterviewGuide::tr("• Who else would you suggest I talk to? May I mention your name?"),
                InterviewGuide::tr(
                    "Do your homework first: read about their organisation and role so your questions show "
                    "it. The Prep… button beside a contact puts what you know and your questions on one printed "
                    "page to take along.")}},
        {QStringLiteral("nojob"), InterviewGuide::tr("Never ask for a job"),
            {InterviewGuide::tr(
                 "Asking for a job turns a conversation between equals into an interview you were not invited "
                 "to, and it breaks the promise you made when you asked for the meeting. People can tell, and "
                 "they stop being open."),
                InterviewGuide::tr(
                    "If there is an opening and they think you are a fit, they will tell you. What you ask for "
                    "instead is advice and the names of other people to talk to. Those referrals are what builds "
                    "your network.")}},
        {QStringLiteral("thanks"), InterviewGuide::tr("Say thank you within 24 hours"),
            {InterviewGuide::tr(
                 "Send a short thank-you note the same day or the next: thank them for their time, mention one "
                 "thing you learned or will act on, and confirm any introductions they offered."),
                InterviewGuide::tr(
                    "When you mark an interview as held, Rapport offers a thank-you follow-up due the next day, and "
                    "the Today page lists the thank-you notes still owed.")}},
        {QStringLiteral("touch"), InterviewGuide::tr("Keep in touch"),
            {InterviewGuide::tr(
                 "A network is kept, not collected. Every few months, send a short update: what you tried "
                 "after their advice, who you met thanks to them, where you have landed."),
                InterviewGuide::tr("Tell people when their referral led somewhere. It is the best thank-you there is."),
                InterviewGuide::tr(
                    "Rapport's Today page lists the people going cold, past the check-in interval you chose for "
                    "them.")}},
        {QStringLiteral("learning"), InterviewGuide::tr("Learn what you don't want"),
            {InterviewGuide::tr(
                 "Finding out that a job is not for you is a result, not a failure. It saves you years. Write "
                 "down what put you off as carefully as what drew you in."),
                InterviewGuide::tr("The meeting notes and the Career Paths view help you see the patterns across many "
                                   "conversations: the roles that keep appealing, and the ones that never do.")}},
    };
}

QString paragraphsHtml(const QStringList& paragraphs)
{
    static const QString bullet = QStringLiteral("• ");
    QString html;
    bool inList = false;
    for (const QString& paragraph : paragraphs) {
        const bool item = paragraph.startsWith(bullet);
        if (item != inList)
            html += item ? QStringLiteral("<ul>") : QStringLiteral("</ul>");
        inList = item;
        if (item)
            html += QStringLiteral("<li>%1</li>").arg(paragraph.mid(bullet.size()).toHtmlEscaped());
        else
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

} // namespace

QString InterviewGuide::title()
{
    return tr("Informational interviewing guide");
}

QString InterviewGuide::html()
{
    const QList<Section> all = sections();
    QString html = QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Meet people, learn about their work, never ask for a job, and let each conversation lead "
                        "to the next.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Contents").toHtmlEscaped());
    for (const Section& section : all)
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(section.anchor, section.heading.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    for (const Section& section : all) {
        html += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(section.anchor, section.heading.toHtmlEscaped());
        html += paragraphsHtml(section.paragraphs);
    }
    return html;
}

QStringList InterviewGuide::sectionAnchors()
{
    QStringList anchors;
    for (const Section& section : sections())
        anchors << section.anchor;
    return anchors;
}

} // namespace Rapport
