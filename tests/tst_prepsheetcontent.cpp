// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a prep sheet says: the standard steps after a meeting only while they are still to do,
// excerpts that end cleanly, and the planned meeting's own notes.
#include "CliCommandLine.h"
#include "ContactStore.h"
#include "MeetingStore.h"
#include "NotesMarkdown.h"
#include "PrepSheet.h"
#include "RandomText.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace Rapport;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

const QString kThankYouStep = QStringLiteral("Send a thank-you note within 24 hours");
const QString kLinkedInStep = QStringLiteral("Invite them to connect on LinkedIn");
const QString kTellStep = QStringLiteral("Tell Ben Wu that you met");
const QString kCheckInStep = QStringLiteral("Check in again in about three months");

QString sheetText(const QSqlDatabase& db, qint64 contactId, qint64 meetingId)
{
    SafeTextDocument document;
    document.setHtml(PrepSheet::html(PrepSheet::gather(db, contactId, meetingId)));
    return document.toPlainText();
}

// What a cut may leave before the "…" and must not.
bool isTrailingPunctuation(QChar c)
{
    return c.isSpace() || QStringLiteral(".,;:!?…—–-").contains(c);
}

} // namespace

class TestPrepSheetContent : public QObject
{
    Q_OBJECT

    Test::FixedClock m_clock {kNow};

    // Ana, whom Ben referred, met for an interview three weeks ago; nothing ahead.
    struct Network {
        Test::TempNetwork net;
        ContactStore contacts {net.database};
        MeetingStore meetings {net.database};
        qint64 ana = 0;
        qint64 interview = 0;

        Network()
        {
            ReferralStore links(net.database);
            const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
            ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
            Referral referral;
            referral.referrerId = ben;
            referral.referredId = ana;
            links.add(referral);
            Meeting held;
            held.contactId = ana;
            held.status = MeetingStatus::Held;
            held.start = kNow.addDays(-21);
            interview = meetings.addMeeting(held);
        }
        qint64 followUp(FollowUpKind kind, const QString& text, bool done, qint64 meeting)
        {
            FollowUp f;
            f.contactId = ana;
            f.meetingId = meeting;
            f.kind = kind;
            f.text = text;
            f.due = kNow.date().addDays(-20);
            if (done)
                f.doneAt = kNow.addDays(-20);
            return meetings.addFollowUp(f);
        }
        QString sheet(qint64 meetingId = 0) const { return sheetText(net.database.connection(), ana, meetingId); }
    };

private slots:
    void stepsDoneForTheLastMeetingAreLeftOut()
    {
        Network n;
        QVERIFY(n.interview);
        // Nothing recorded after the interview: every step is still to do, each listed once.
        QString text = n.sheet();
        for (const QString& step : {kThankYouStep, kLinkedInStep, kTellStep, kCheckInStep})
            QVERIFY2(text.count(step) == 1, qPrintable(step));

        // The thank-you and the word to the referrer, done (as the held-meeting question records them).
        QVERIFY(n.followUp(FollowUpKind::ThankYou, QStringLiteral("Thank Ana"), true, n.interview));
        QVERIFY(n.followUp(FollowUpKind::TellReferrer, QStringLiteral("Tell Ben"), true, n.interview));
        text = n.sheet();
        QVERIFY2(!text.contains(kThankYouStep), qPrintable(text));
        QVERIFY(!text.contains(kTellStep));
        QVERIFY(!text.contains(QStringLiteral("Thank Ana")));
        QCOMPARE(text.count(kLinkedInStep), 1); // still to do
        QCOMPARE(text.count(kCheckInStep), 1);

        // The same from the command line, as the trial ran it.
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("ana.html"));
        QString out, error;
        QTextStream outStream(&out), errStream(&error);
        QCOMPARE(CommandLine::run({QStringLiteral("rapport"), QStringLiteral("--database"), n.net.path(),
                                      QStringLiteral("prep-sheet"), QStringLiteral("--contact"),
                                      QStringLiteral("Ana Lopez"), QStringLiteral("-o"), html},
                     outStream, errStream),
            0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY(!written.contains(kThankYouStep));
        QVERIFY(!written.contains(kTellStep));
        QVERIFY(written.contains(kLinkedInStep));

        // Everything done: no follow-ups section at all, rather than a heading over nothing.
        QVERIFY(n.followUp(FollowUpKind::LinkedIn, QStringLiteral("Connect"), true, 0));
        QVERIFY(n.followUp(FollowUpKind::CheckIn, QStringLiteral("Check in"), true, n.interview));
        QVERIFY(!n.sheet().contains(QStringLiteral("Follow-ups")));
    }

    void openStepsAreListedOnce()
    {
        Network n;
        n.followUp(FollowUpKind::ThankYou, QStringLiteral("Thank Ana for her time"), false, n.interview);
        n.followUp(FollowUpKind::TellReferrer, QStringLiteral("Tell Ben how it went"), false, n.interview);
        const QString text = n.sheet();
        // Listed as the follow-ups they are, not a second time as standard steps.
        QCOMPARE(text.count(QStringLiteral("Thank Ana for her time")), 1);
        QCOMPARE(text.count(QStringLiteral("Tell Ben how it went")), 1);
        QVERIFY(!text.contains(kThankYouStep));
        QVERIFY(!text.contains(kTellStep));
    }

    void aThankYouNoteLoggedAfterTheMeetingCounts()
    {
        Network n;
        Meeting note;
        note.contactId = n.ana;
        note.kind = MeetingKind::ThankYou;
        note.status = MeetingStatus::Held;
        note.start = kNow.addDays(-20);
        QVERIFY(n.meetings.addMeeting(note));
        const QString text = n.sheet();
        // The note is the latest held "meeting", but the steps follow the interview before it.
        QVERIFY(!text.contains(kThankYouStep));
        QCOMPARE(text.count(kTellStep), 1);
    }

    void aNewMeetingCallsForTheStepsAgain()
    {
        Network n;
        n.followUp(FollowUpKind::ThankYou, QStringLiteral("Thank Ana"), true, n.interview);
        n.followUp(FollowUpKind::TellReferrer, QStringLiteral("Tell Ben"), true, n.interview);
        Meeting next;
        next.contactId = n.ana;
        next.start = kNow.addDays(3);
        const qint64 id = n.meetings.addMeeting(next);
        QVERIFY(id);
        // Done for the last meeting, to do after the next one.
        const QString text = n.sheet(id);
        QCOMPARE(text.count(kThankYouStep), 1);
        QCOMPARE(text.count(kTellStep), 1);
    }

    // The same rule as the follow-ups proposed after a meeting: no invitation to someone the user is
    // already connected with (a profile and the date they connected).
    void noInvitationToSomeoneAlreadyConnected()
    {
        Network n;
        Contact ana = *n.contacts.contact(n.ana);
        ana.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ana-lopez");
        QVERIFY(n.contacts.updateContact(ana));
        QCOMPARE(n.sheet().count(kLinkedInStep), 1); // a profile alone: not connected yet
        ana.connectedOn = kNow.date().addYears(-1);
        QVERIFY(n.contacts.updateContact(ana));
        const QString text = n.sheet();
        QVERIFY2(!text.contains(kLinkedInStep), qPrintable(text));
        for (const QString& step : {kThankYouStep, kTellStep, kCheckInStep})
            QVERIFY2(text.count(step) == 1, qPrintable(step));
    }

    void excerptsEndCleanly()
    {
        // Words, punctuation as notes have it, and runs of it; seeded so a failure comes back.
        const QStringList pieces {QStringLiteral("word"), QStringLiteral("a"), QStringLiteral("interview"),
            QStringLiteral("end."), QStringLiteral("so,"), QStringLiteral("really!"), QStringLiteral("why?"),
            QStringLiteral("note:"), QStringLiteral("wait…"), QStringLiteral("..."), QStringLiteral("—"),
            QStringLiteral("(aside)"), QStringLiteral("e.g."), QStringLiteral("Zoë"), QStringLiteral("extraordinarily"),
            QStringLiteral("\xF0\x9F\x98\x80"), QStringLiteral("l'équipe."), QStringLiteral("x;")};
        const quint32 seed = Test::baseSeed();
        Test::Random random(seed);
        const int cases = Test::caseCount(1000);
        for (int i = 0; i < cases; ++i) {
            QStringList words {QStringLiteral("Notes")}; // never a Markdown list or heading at the start
            const int count = random.bounded(60);
            for (int w = 0; w < count; ++w)
                words.append(random.pick(pieces));
            if (random.chance(10)) // one word longer than the room
                words.append(QString(400, QLatin1Char('z')));
            const QString typed = words.join(QLatin1Char(' '));
            const int room = 10 + random.bounded(300);
            const QString plain = NotesMarkdown::plainText(typed).simplified();
            const QString excerpt = PrepSheet::excerpt(typed, room);
            const QByteArray where = QStringLiteral("seed %1, case %2, room %3: %4 → %5")
                                         .arg(seed)
                                         .arg(i)
                                         .arg(room)
                                         .arg(Test::visible(plain), Test::visible(excerpt))
                                         .toUtf8();
            if (plain.size() <= room) {
                QVERIFY2(excerpt == plain, where.constData()); // not cut: nothing added
                continue;
            }
            QVERIFY2(excerpt.endsWith(QStringLiteral("…")), where.constData());
            const QString kept = excerpt.chopped(1);
            QVERIFY2(kept.size() <= room, where.constData());
            QVERIFY2(plain.startsWith(kept), where.constData());
            QVERIFY2(kept.isEmpty() || !isTrailingPunctuation(kept.back()), where.constData()); // no ".…", "……", " …"
            // Cut at a word's end whenever a space falls in the last 20 characters of the room.
            const qsizetype space = plain.lastIndexOf(QLatin1Char(' '), room);
            if (space >= room - 20 && space > 0)
                QVERIFY2(
                    !kept.back().isLetterOrNumber() || !plain.at(kept.size()).isLetterOrNumber(), where.constData());
        }
        QCOMPARE(
            PrepSheet::excerpt(QStringLiteral("It went well. She said more"), 14), QStringLiteral("It went well…"));
        QCOMPARE(PrepSheet::excerpt(QStringLiteral("It went well."), 14), QStringLiteral("It went well."));
    }

    void aPlannedMeetingsNotesArePrinted()
    {
        Network n;
        Meeting next;
        next.contactId = n.ana;
        next.start = kNow.addDays(3);
        // Typed markup is kept escaped in the Markdown, as the notes editor writes it.
        next.notes = QStringLiteral("Prep: read her **paper** on \\<b\\>T cells\\</b\\>.\n\n- ask about the team\n"
                                    "- [ ] bring the summary\n- [x] confirm the time\n\n1. call first");
        const qint64 id = n.meetings.addMeeting(next);
        QVERIFY(id);
        const QString html = PrepSheet::html(PrepSheet::gather(n.net.database.connection(), n.ana, id));
        QVERIFY(!html.contains(QStringLiteral("<b>T cells</b>"))); // typed, not markup
        SafeTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        for (const QString& line : {QStringLiteral("Your notes"),
                 QStringLiteral("Prep: read her paper on <b>T cells</b>."), QStringLiteral("• ask about the team"),
                 QStringLiteral("☐ bring the summary"), QStringLiteral("☑ confirm the time")})
            QVERIFY2(text.contains(line), qPrintable(text));

        // Long notes are bounded, and say how much more there is.
        Meeting longer = *n.meetings.meeting(id);
        QStringList paragraphs;
        for (int i = 0; i < PrepSheet::kMeetingNoteLines + 5; ++i)
            paragraphs.append(QStringLiteral("Point %1").arg(i));
        longer.notes = paragraphs.join(QStringLiteral("\n\n"));
        QVERIFY(n.meetings.updateMeeting(longer));
        const QString bounded = sheetText(n.net.database.connection(), n.ana, id);
        QVERIFY(bounded.contains(QStringLiteral("Point %1").arg(PrepSheet::kMeetingNoteLines - 1)));
        QVERIFY(!bounded.contains(QStringLiteral("Point %1").arg(PrepSheet::kMeetingNoteLines)));
        QVERIFY(bounded.contains(QStringLiteral("and 5 more line")));

        // A held meeting's notes are its record, not a plan: not printed as "Your notes".
        Meeting held = *n.meetings.meeting(n.interview);
        held.notes = QStringLiteral("What she told me");
        QVERIFY(n.meetings.updateMeeting(held));
        QVERIFY(!sheetText(n.net.database.connection(), n.ana, n.interview).contains(QStringLiteral("Your notes")));
    }
};

QTEST_MAIN(TestPrepSheetContent)
#include "tst_prepsheetcontent.moc"
