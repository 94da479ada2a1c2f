// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Meetings, follow-ups and the loop around them: stages, thank-you proposals, keep warm, the
// Today page, the question bank, templates and Markdown notes. Time comes from a fixed clock.
#include "ContactStore.h"
#include "Dashboard.h"
#include "FollowUpProposals.h"
#include "KeepWarm.h"
#include "MeetingStore.h"
#include "NotesMarkdown.h"
#include "OutreachTemplates.h"
#include "QuestionBank.h"
#include "ReferralStore.h"
#include "ScheduleClash.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextDocument>

using namespace Rapport;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

Meeting interview(qint64 contactId, const QDateTime& start, MeetingStatus status = MeetingStatus::Planned)
{
    Meeting m;
    m.contactId = contactId;
    m.start = start;
    m.status = status;
    return m;
}

Stage stageOf(ContactStore& contacts, qint64 id)
{
    return contacts.contact(id)->stage;
}

} // namespace

class TestMeetings : public QObject
{
    Q_OBJECT

private slots:
    void schedulingHoldingAndCancellingMoveTheStage()
    {
        Test::FixedClock clock(kNow);
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        QCOMPARE(stageOf(contacts, ana), Stage::ToContact);

        StageChange change;
        Meeting m = interview(ana, kNow.addDays(3));
        m.id = meetings.addMeeting(m, &change);
        QVERIFY(m.id);
        QCOMPARE(stageOf(contacts, ana), Stage::Scheduled);
        QCOMPARE(change.before, Stage::ToContact);
        QCOMPARE(change.after, Stage::Scheduled);

        m.status = MeetingStatus::Cancelled; // back to where it was before scheduling
        QVERIFY(meetings.updateMeeting(m, &change));
        QCOMPARE(stageOf(contacts, ana), Stage::ReachedOut);

        m.status = MeetingStatus::Held;
        QVERIFY(meetings.updateMeeting(m));
        QCOMPARE(stageOf(contacts, ana), Stage::Met);
        QCOMPARE(contacts.summary(ana)->lastContact, m.start.date()); // "last contacted" follows

        // A later stage the user chose is never pulled back by another meeting.
        Contact keepWarm = *contacts.contact(ana);
        keepWarm.stage = Stage::KeepWarm;
        QVERIFY(contacts.updateContact(keepWarm));
        QVERIFY(meetings.addMeeting(interview(ana, kNow.addDays(30))));
        QCOMPARE(stageOf(contacts, ana), Stage::KeepWarm);

        // A logged e-mail to someone not yet contacted is reaching out, not meeting.
        const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        Meeting email = interview(ben, kNow, MeetingStatus::Held);
        email.kind = MeetingKind::Email;
        QVERIFY(meetings.addMeeting(email));
        QCOMPARE(stageOf(contacts, ben), Stage::ReachedOut);

        // Someone who replied moves on to scheduled and then met, as one reached out does; a logged
        // e-mail leaves them at replied.
        Contact answered = Test::sampleContact(QStringLiteral("Dee"), QStringLiteral("Replied"));
        answered.stage = Stage::Replied;
        const qint64 dee = contacts.addContact(answered);
        Meeting reply = interview(dee, kNow, MeetingStatus::Held);
        reply.kind = MeetingKind::Email;
        QVERIFY(meetings.addMeeting(reply));
        QCOMPARE(stageOf(contacts, dee), Stage::Replied);
        Meeting coffee = interview(dee, kNow.addDays(2));
        coffee.id = meetings.addMeeting(coffee);
        QCOMPARE(stageOf(contacts, dee), Stage::Scheduled);
        coffee.status = MeetingStatus::Held;
        QVERIFY(meetings.updateMeeting(coffee));
        QCOMPARE(stageOf(contacts, dee), Stage::Met);
        QCOMPARE(stageKey(Stage::Replied), QStringLiteral("replied"));
        Stage read = Stage::ToContact;
        QVERIFY(stageFromKey(QStringLiteral("replied"), &read));
        QCOMPARE(read, Stage::Replied);

        // Removing a logged e-mail never pulls a stage back, nor does a logged e-mail count as a meeting held.
        Contact metAlready = Test::sampleContact(QStringLiteral("Cleo"), QStringLiteral("Imported"));
        metAlready.stage = Stage::Met;
        const qint64 cleo = contacts.addContact(metAlready);
        Meeting note = interview(cleo, kNow, MeetingStatus::Held);
        note.kind = MeetingKind::Email;
        const qint64 noteId = meetings.addMeeting(note);
        QVERIFY(meetings.removeMeeting(noteId));
        QCOMPARE(stageOf(contacts, cleo), Stage::Met);

        // Undo puts the stage back.
        QVERIFY(meetings.setStage(ana, Stage::Met));
        QCOMPARE(stageOf(contacts, ana), Stage::Met);
        QVERIFY(meetings.removeMeeting(m.id)); // the only meeting held: no longer "met"
        QCOMPARE(stageOf(contacts, ana), Stage::Scheduled); // the planned one still stands
    }

    // A logged e-mail corrected to the interview it was: the person is met, as when an interview is
    // marked held, and the move is reported for Undo. The reverse correction pulls nothing back.
    void anEmailMadeAConversationMovesTheStageForward()
    {
        Test::FixedClock clock(kNow);
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        Contact reached = Test::sampleContact(QStringLiteral("Ravi"), QStringLiteral("Menon"));
        reached.stage = Stage::ReachedOut;
        const qint64 ravi = contacts.addContact(reached);
        Meeting email = interview(ravi, kNow.addDays(-2), MeetingStatus::Held);
        email.kind = MeetingKind::Email;
        email.id = meetings.addMeeting(email);
        QVERIFY(email.id);
        QCOMPARE(stageOf(contacts, ravi), Stage::ReachedOut);

        Meeting met = email;
        met.kind = MeetingKind::InformationalInterview;
        StageChange change;
        QVERIFY(meetings.updateMeeting(met, &change));
        QCOMPARE(stageOf(contacts, ravi), Stage::Met);
        QVERIFY(change.changed());
        QCOMPARE(change.before, Stage::ReachedOut);
        QCOMPARE(change.after, Stage::Met);

        // Another conversation kind: nothing moves; back to an e-mail: the stage stays.
        Meeting coffee = met;
        coffee.kind = MeetingKind::Coffee;
        QVERIFY(meetings.updateMeeting(coffee, &change));
        QVERIFY(!change.changed());
        QVERIFY(meetings.updateMeeting(email, &change));
        QVERIFY(!change.changed());
        QCOMPARE(stageOf(contacts, ravi), Stage::Met);

        // A stage the user chose later in the loop is never pulled back.
        Contact warm = *contacts.contact(ravi);
        warm.stage = Stage::KeepWarm;
        QVERIFY(contacts.updateContact(warm));
        QVERIFY(meetings.updateMeeting(met, &change));
        QCOMPARE(stageOf(contacts, ravi), Stage::KeepWarm);

        // A planned e-mail made a planned interview: scheduled.
        const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        Meeting plannedEmail = interview(ben, kNow.addDays(3));
        plannedEmail.kind = MeetingKind::Email;
        plannedEmail.id = meetings.addMeeting(plannedEmail);
        QCOMPARE(stageOf(contacts, ben), Stage::ToContact);
        Meeting plannedInterview = plannedEmail;
        plannedInterview.kind = MeetingKind::InformationalInterview;
        QVERIFY(meetings.updateMeeting(plannedInterview));
        QCOMPARE(stageOf(contacts, ben), Stage::Scheduled);
    }

    void notesAutosaveIsASmallWrite()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        const qint64 id = meetings.addMeeting(interview(ana, kNow));
        QVERIFY(meetings.saveNotes(id, QStringLiteral("- [x] asked about **pay**\n")));
        QCOMPARE(meetings.meeting(id)->notes, QStringLiteral("- [x] asked about **pay**\n"));
        QVERIFY(!meetings.saveNotes(id + 100, QStringLiteral("lost")));
        QVERIFY(contacts.search(QStringLiteral("pay")).contains(ana)); // notes are searchable
    }

    void thankYouProposalsFollowTheMeetingDate()
    {
        // Marked held the same day: due dates count from the meeting (tst_proposedfollowups has
        // the meeting marked held long after).
        Test::FixedClock clock(QDateTime(QDate(2026, 3, 9), QTime(16, 0)));
        Meeting held = interview(7, QDateTime(QDate(2026, 3, 9), QTime(15, 0)), MeetingStatus::Held);
        held.id = 3;
        const Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"));
        const QList<FollowUp> alone = FollowUpProposals::afterInterview(held, ana, {}, 0);
        QCOMPARE(alone.size(), 2);
        QCOMPARE(alone.at(0).kind, FollowUpKind::ThankYou);
        QCOMPARE(alone.at(0).due, QDate(2026, 3, 10)); // within 24 hours
        QCOMPARE(alone.at(0).meetingId, 3);
        QCOMPARE(alone.at(1).kind, FollowUpKind::LinkedIn);
        const QList<FollowUp> referred = FollowUpProposals::afterInterview(held, ana, QStringLiteral("Ben Wu"), 9);
        QCOMPARE(referred.size(), 3);
        QCOMPARE(referred.at(2).kind, FollowUpKind::TellReferrer);
        QVERIFY(referred.at(2).text.contains(QStringLiteral("Ben Wu")));
    }

    void followUpsAreDoneAndUndone()
    {
        Test::FixedClock clock(kNow);
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        QSignalSpy changed(&meetings, &MeetingStore::followUpsChanged);
        FollowUp f;
        f.contactId = ana;
        f.due = QDate(2026, 3, 12);
        f.text = QStringLiteral("Send the paper");
        const qint64 id = meetings.addFollowUp(f);
        QVERIFY(id);
        QCOMPARE(contacts.summary(ana)->nextFollowUp, QDate(2026, 3, 12));
        QVERIFY(meetings.setFollowUpDone(id, true));
        QCOMPARE(meetings.followUp(id)->doneAt, kNow.toUTC());
        QVERIFY(!contacts.summary(ana)->nextFollowUp.isValid());
        QVERIFY(meetings.setFollowUpDone(id, false));
        QVERIFY(!meetings.followUp(id)->doneAt.isValid());
        QCOMPARE(changed.size(), 3);
        f.text = QStringLiteral("  ");
        QCOMPARE(meetings.addFollowUp(f), 0); // an empty follow-up is refused
    }

    void keepWarmCountsFromTheLastInteraction()
    {
        Test::FixedClock clock(kNow);
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        Contact often = Test::sampleContact(QStringLiteral("Often"), QStringLiteral("Seen"));
        often.checkInDays = 30;
        const qint64 oftenId = contacts.addContact(often);
        const qint64 rarely
            = contacts.addContact(Test::sampleContact(QStringLiteral("Rarely"), QStringLiteral("Seen")));
        const qint64 never = contacts.addContact(Test::sampleContact(QStringLiteral("Never"), QStringLiteral("Met")));
        QVERIFY(never);
        meetings.addMeeting(interview(oftenId, kNow.addDays(-40), MeetingStatus::Held));
        meetings.addMeeting(interview(rarely, kNow.addDays(-40), MeetingStatus::Held));

        const QSqlDatabase db = net.database.connection();
        QList<CheckIn> cold = KeepWarm::goingCold(db, kNow.date());
        QCOMPARE(cold.size(), 1); // 40 days > 30; 40 days < 90 - 14; never met: not tracked
        QCOMPARE(cold.first().contactId, oftenId);
        QCOMPARE(cold.first().due(), kNow.date().addDays(-10));
        QCOMPARE(KeepWarm::checkIn(db, rarely).due(), kNow.date().addDays(50));
        QVERIFY(!KeepWarm::checkIn(db, never).lastContact.isValid());

        // Any logged interaction resets it.
        Meeting email = interview(oftenId, kNow.addDays(-1), MeetingStatus::Held);
        email.kind = MeetingKind::Email;
        meetings.addMeeting(email);
        QVERIFY(KeepWarm::goingCold(db, kNow.date()).isEmpty());
        // Forty days later both are due within the warning window, the one due first listed first.
        cold = KeepWarm::goingCold(db, kNow.date().addDays(40));
        QCOMPARE(cold.size(), 2);
        QCOMPARE(cold.at(0).contactId, oftenId);
        QCOMPARE(cold.at(1).contactId, rarely);
    }

    void todayPageListsWhatToDo()
    {
        Test::FixedClock clock(kNow);
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        const auto followUp
            = [&](int days, const QString& text, FollowUpKind kind = FollowUpKind::Plain, qint64 meeting = 0) {
                  FollowUp f;
                  f.contactId = ana;
                  f.due = kNow.date().addDays(days);
                  f.text = text;
                  f.kind = kind;
                  f.meetingId = meeting;
                  return meetings.addFollowUp(f);
              };
        followUp(-2, QStringLiteral("late"));
        followUp(0, QStringLiteral("today"));
        followUp(5, QStringLiteral("this week"));
        followUp(20, QStringLiteral("later"));
        const qint64 held = meetings.addMeeting(interview(ben, kNow.addDays(-1), MeetingStatus::Held));
        const qint64 thanks = followUp(0, QStringLiteral("thank Ben"), FollowUpKind::ThankYou, held);
        const qint64 planned = meetings.addMeeting(interview(ana, kNow.addDays(2)));
        Meeting cancelled = interview(ana, kNow.addDays(1), MeetingStatus::Cancelled);
        meetings.addMeeting(cancelled);

        Dashboard d = Dashboard::compute(net.database.connection(), Clock::currentDateTimeUtc());
        QCOMPARE(d.overdue.size(), 1);
        QCOMPARE(d.overdue.first().text, QStringLiteral("late"));
        QCOMPARE(d.dueToday.size(), 1); // the thank-you is listed once, among the thank-yous
        QCOMPARE(d.dueToday.first().text, QStringLiteral("today"));
        QCOMPARE(d.dueSoon.size(), 1);
        QCOMPARE(d.thankYousOwed.size(), 1);
        QCOMPARE(d.thankYousOwed.first().contactName, QStringLiteral("Ben Wu"));
        QCOMPARE(d.thankYousOwed.first().followUpId, thanks);
        QCOMPARE(d.nextMeetings.size(), 1); // not the cancelled one
        QCOMPARE(d.nextMeetings.first().contactId, ana);
        QCOMPARE(d.nextMeetings.first().meetingId, planned);

        QVERIFY(meetings.setFollowUpDone(thanks, true)); // thanked
        d = Dashboard::compute(net.database.connection(), Clock::currentDateTimeUtc());
        QVERIFY(d.thankYousOwed.isEmpty());

        // A thank-you still owed long after its interview stays on the page, among the overdue.
        const qint64 old = meetings.addMeeting(interview(ben, kNow.addDays(-60), MeetingStatus::Held));
        const qint64 late = followUp(-59, QStringLiteral("thank Ben, late"), FollowUpKind::ThankYou, old);
        d = Dashboard::compute(net.database.connection(), Clock::currentDateTimeUtc());
        QVERIFY(std::any_of(
            d.overdue.cbegin(), d.overdue.cend(), [late](const DashboardItem& i) { return i.followUpId == late; }));
    }

    void questionBankHasDefaultsInOrderAndKeepsAnswers()
    {
        Test::TempNetwork net;
        const QSqlDatabase db = net.database.connection();
        QuestionBank::ensureDefaults(db);
        QuestionBank::ensureDefaults(db); // once only
        QList<Question> all = QuestionBank::all(db);
        QVERIFY(all.size() >= 12);
        QCOMPARE(all.first().category, QStringLiteral("path"));
        QCOMPARE(all.last().category, QStringLiteral("referrals"));
        QCOMPARE(all.last().text, QStringLiteral("Who else should I talk to? May I mention your name?"));

        const qint64 added = QuestionBank::add(db, QStringLiteral("job"), QStringLiteral("  What surprised you?  "));
        QuestionBank::move(db, added, -1);
        all = QuestionBank::all(db);
        const auto jobs = std::count_if(
            all.cbegin(), all.cend(), [](const Question& q) { return q.category == QLatin1String("job"); });
        const auto at = std::find_if(all.cbegin(), all.cend(), [added](const Question& q) { return q.id == added; });
        QCOMPARE(at->text, QStringLiteral("What surprised you?"));
        QCOMPARE((at + 1)->category, QStringLiteral("job")); // moved up one, still among the job questions
        QVERIFY(jobs >= 4);

        ContactStore contacts(net.database);
        MeetingStore meetings(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        const qint64 meeting = meetings.addMeeting(interview(ana, kNow));
        QList<AskedQuestion> asked = QuestionBank::forMeeting(db, meeting);
        QCOMPARE(asked.size(), all.size());
        asked[0].asked = true;
        asked[0].answer = QStringLiteral("Through a postdoc in industry");
        QuestionBank::saveAnswer(db, meeting, asked[0]);
        Question disabled = all.at(0);
        disabled.active = false;
        QuestionBank::update(db, disabled);
        Question unused = all.at(1);
        unused.active = false;
        QuestionBank::update(db, unused);
        asked = QuestionBank::forMeeting(db, meeting);
        QCOMPARE(asked.size(), all.size() - 1); // the disabled question stays where it was answered
        QCOMPARE(asked.first().answer, QStringLiteral("Through a postdoc in industry"));
        QVERIFY(asked.first().asked);
    }

    void templatesFillPlaceholdersAndMakeMailtoLinks()
    {
        OutreachTemplate t;
        t.subject = QStringLiteral("About {organization}");
        t.body = QStringLiteral("Dear {firstName},\n{referrerSentence}I am {myName}. {unknown} stays.");
        Contact c
            = Test::sampleContact(QStringLiteral("Zoë"), QStringLiteral("Whitaker"), QStringLiteral("R&D {Labs}"));
        c.emails.append({QStringLiteral("work"), QStringLiteral("zoe@example.org")});
        const auto filled = OutreachTemplates::fill(t, c, QStringLiteral("Ben Wu"), QStringLiteral("Sam"), {});
        QCOMPARE(filled.subject, QStringLiteral("About R&D {Labs}")); // a value's braces are not placeholders
        QCOMPARE(filled.body,
            QStringLiteral("Dear Zoë,\nBen Wu suggested I get in touch with you. I am Sam. {unknown} stays."));
        const QUrl url = OutreachTemplates::mailto(c, filled);
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("zoe@example.org"));
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("subject=About%20R%26D")));

        Test::TempNetwork net;
        OutreachTemplates::ensureDefaults(net.database.connection());
        const auto defaults = OutreachTemplates::all(net.database.connection());
        QCOMPARE(defaults.size(), 3);
        QCOMPARE(defaults.first().kind, TemplateKind::Request);
        const Contact plain
            = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme"));
        QVERIFY(
            !OutreachTemplates::fill(defaults.first(), plain, {}, QStringLiteral("Sam"), QStringLiteral("a biologist"))
                 .body.contains(QLatin1Char('{')));
    }

    void theTemplateFollowsWhereThePersonStands()
    {
        // Every stage has its answer; a thank-you owed comes first, whatever the stage says.
        const QList<std::pair<Stage, std::optional<TemplateKind>>> expected {{Stage::ToContact, TemplateKind::Request},
            {Stage::ReachedOut, TemplateKind::Request}, {Stage::Replied, std::nullopt},
            {Stage::Scheduled, std::nullopt}, {Stage::Met, TemplateKind::ThankYou},
            {Stage::FollowingUp, TemplateKind::CheckIn}, {Stage::KeepWarm, TemplateKind::CheckIn},
            {Stage::NotPursuing, TemplateKind::Request}};
        QCOMPARE(expected.size(), allStages().size());
        for (const auto& [stage, kind] : expected) {
            QVERIFY2(OutreachTemplates::suggestedKind(stage, false) == kind, qPrintable(stageKey(stage)));
            QVERIFY(OutreachTemplates::suggestedKind(stage, true) == TemplateKind::ThankYou);
        }
        Test::TempNetwork net;
        OutreachTemplates::ensureDefaults(net.database.connection());
        QList<OutreachTemplate> templates = OutreachTemplates::all(net.database.connection());
        OutreachTemplate mine;
        mine.kind = TemplateKind::Request;
        templates.append(mine);
        QCOMPARE(OutreachTemplates::firstOfKind(templates, TemplateKind::Request), 0); // the first, not mine
        const int thanks = OutreachTemplates::firstOfKind(templates, TemplateKind::ThankYou);
        QVERIFY(thanks >= 0);
        QCOMPARE(templates.at(thanks).kind, TemplateKind::ThankYou);
        QCOMPARE(OutreachTemplates::firstOfKind(templates, TemplateKind::Other), -1);
        QCOMPARE(OutreachTemplates::firstOfKind(templates, std::nullopt), -1);
    }

    void aNewMeetingIsWarnedOfOnePlannedThatDayOrAhead()
    {
        const qint64 contact = 1;
        const QList<Meeting> meetings {interview(contact, kNow.addDays(-2)), // planned, but past: not in the way
            interview(contact, kNow.addDays(9)), interview(contact, kNow.addDays(4)),
            interview(contact, kNow.addDays(1), MeetingStatus::Cancelled),
            interview(contact, kNow.addDays(2), MeetingStatus::Held)};
        // Another day: the soonest planned one still ahead.
        QCOMPARE(ScheduleClash::find(meetings, kNow.date().addDays(20), kNow)->start, kNow.addDays(4));
        // The same day: that one, even when it is not the soonest, or already past.
        QCOMPARE(ScheduleClash::find(meetings, kNow.date().addDays(9), kNow)->start, kNow.addDays(9));
        QCOMPARE(ScheduleClash::find(meetings, kNow.date().addDays(-2), kNow)->start, kNow.addDays(-2));
        // Cancelled and held meetings are in nobody's way.
        const QList<Meeting> done {meetings.at(3), meetings.at(4)};
        QVERIFY(!ScheduleClash::find(done, kNow.date().addDays(1), kNow));
        QVERIFY(!ScheduleClash::find(done, kNow.date().addDays(2), kNow));
        QVERIFY(!ScheduleClash::find({}, kNow.date(), kNow));
    }

    void markdownNotesRoundTripWithCheckBoxes()
    {
        const QString markdown = QStringLiteral("## Their path\n\n- [x] How did you get into this work?\n- [ ] What "
                                                "would you do in my position?\n\n**Pay**: *fine*\n\n1. one\n2. two\n");
        QTextDocument document;
        NotesMarkdown::read(&document, markdown);
        const QTextBlock checked = document.findBlockByNumber(1);
        QCOMPARE(checked.blockFormat().marker(), QTextBlockFormat::MarkerType::Checked);
        QCOMPARE(document.findBlockByNumber(2).blockFormat().marker(), QTextBlockFormat::MarkerType::Unchecked);
        const QString again = NotesMarkdown::write(document);
        QCOMPARE(again, markdown); // the notes editor writes plain notes as a person would
        QTextDocument second;
        NotesMarkdown::read(&second, again);
        QCOMPARE(NotesMarkdown::write(second), again); // stable after one round trip
    }
};

QTEST_MAIN(TestMeetings)
#include "tst_meetings.moc"
