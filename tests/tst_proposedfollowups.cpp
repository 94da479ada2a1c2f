// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposals.h"
#include "ProposedFollowUpsModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {
QList<FollowUp> proposals(int count)
{
    QList<FollowUp> result;
    for (int i = 0; i < count; ++i) {
        FollowUp followUp;
        followUp.text = QStringLiteral("Follow-up %1").arg(i);
        followUp.due = QDate(2026, 12, 1).addDays(i);
        result.append(followUp);
    }
    return result;
}

// Monday 7 December 2026, 09:00 here.
const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 0));
const qint64 kAna = 7;
const qint64 kBen = 9;

Meeting heldInterview(const QDateTime& start)
{
    Meeting m;
    m.id = 3;
    m.contactId = kAna;
    m.start = start;
    m.status = MeetingStatus::Held;
    return m;
}

Contact ana()
{
    Contact c = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"));
    c.id = kAna;
    return c;
}

FollowUp existing(FollowUpKind kind, bool done, qint64 contactId = kAna)
{
    FollowUp f;
    f.id = 40 + int(kind);
    f.contactId = contactId;
    f.kind = kind;
    f.text = QStringLiteral("Recorded before");
    f.due = kNow.date().addDays(-60);
    if (done)
        f.doneAt = kNow.addDays(-59);
    return f;
}

QList<FollowUpKind> kinds(const QList<FollowUp>& followUps)
{
    QList<FollowUpKind> result;
    for (const FollowUp& f : followUps)
        result.append(f.kind);
    return result;
}
} // namespace

class TestProposedFollowUps : public QObject
{
    Q_OBJECT

private slots:
    void everyProposalStartsChecked()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), given.size());
        for (int row = 0; row < given.size(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QCOMPARE(index.data().toString(), given.at(row).text);
            QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
            const QModelIndex due = model.index(row, ProposedFollowUpsModel::DueColumn);
            QCOMPARE(due.data(Qt::EditRole).toDate(), given.at(row).due);
            QVERIFY(!due.data().toString().isEmpty());
            QVERIFY(due.flags() & Qt::ItemIsEditable);
        }
        QCOMPARE(model.chosen().size(), given.size());
    }

    void uncheckingLeavesOneOutAndSaysWhichRowChanged()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, 0));
        const QList<FollowUp> chosen = model.chosen();
        QCOMPARE(chosen.size(), given.size() - 1);
        QCOMPARE(chosen.at(0).text, given.at(0).text);
        QCOMPARE(chosen.at(1).text, given.at(2).text);

        // Setting the state it already has changes nothing; the text cannot be edited.
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("other"), Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), given.at(0).text);
    }

    void changingADueDateIsWhatIsChosen()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex due = model.index(2, ProposedFollowUpsModel::DueColumn);
        const QDate later = given.at(2).due.addDays(5);
        QVERIFY(model.setData(due, later, Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), due);
        QCOMPARE(changed.first().at(1).toModelIndex(), due);
        QCOMPARE(due.data(Qt::EditRole).toDate(), later);
        QCOMPARE(model.chosen().at(2).due, later);
        QCOMPARE(model.chosen().at(1).due, given.at(1).due); // the others keep theirs

        // The same date again, or no date at all, changes nothing.
        QVERIFY(model.setData(due, later, Qt::EditRole));
        QVERIFY(!model.setData(due, QDate(), Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.chosen().at(2).due, later);
    }

    // The steps and their offsets in days, as a meeting marked held the same day gets them.
    void aMeetingHeldTodayKeepsItsOffsets()
    {
        Test::FixedClock clock(kNow);
        const Meeting held = heldInterview(kNow.addSecs(-3600));
        const QList<FollowUp> proposed = FollowUpProposals::afterInterview(held, ana(), QStringLiteral("Ben Wu"), kBen);
        QCOMPARE(kinds(proposed),
            (QList<FollowUpKind> {FollowUpKind::ThankYou, FollowUpKind::LinkedIn, FollowUpKind::TellReferrer}));
        const QList<int> offsets {1, 2, 3};
        for (int i = 0; i < proposed.size(); ++i) {
            QCOMPARE(proposed.at(i).due, held.start.date().addDays(offsets.at(i)));
            QCOMPARE(proposed.at(i).contactId, kAna);
            QCOMPARE(proposed.at(i).meetingId, held.id);
        }
    }

    // Marked held long after it happened: nothing is overdue at once; the same offsets, from today.
    void aMeetingHeldLongAgoIsDueFromToday()
    {
        Test::FixedClock clock(kNow);
        const Meeting held = heldInterview(kNow.addDays(-20));
        const QList<FollowUp> proposed = FollowUpProposals::afterInterview(held, ana(), QStringLiteral("Ben Wu"), kBen);
        QCOMPARE(proposed.size(), 3);
        const QList<int> offsets {1, 2, 3};
        for (int i = 0; i < proposed.size(); ++i) {
            QVERIFY2(proposed.at(i).due >= Clock::currentDate(), qPrintable(proposed.at(i).text));
            QCOMPARE(proposed.at(i).due, Clock::currentDate().addDays(offsets.at(i)));
        }

        // Shown so in the list the user confirms.
        ProposedFollowUpsModel model(proposed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, ProposedFollowUpsModel::DueColumn).data(Qt::EditRole).toDate()
                >= Clock::currentDate());
    }

    void linkedInOnlyForPeopleNotConnectedYet_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QDate>("connectedOn");
        QTest::addColumn<bool>("proposed");
        const QString url = QStringLiteral("https://www.linkedin.com/in/ana-lopez");
        QTest::newRow("connected") << url << QDate(2025, 5, 1) << false;
        QTest::newRow("profile only") << url << QDate() << true;
        QTest::newRow("date only") << QString() << QDate(2025, 5, 1) << true;
        QTest::newRow("neither") << QString() << QDate() << true;
    }

    void linkedInOnlyForPeopleNotConnectedYet()
    {
        QFETCH(QString, profile);
        QFETCH(QDate, connectedOn);
        QFETCH(bool, proposed);
        Test::FixedClock clock(kNow);
        Contact contact = ana();
        contact.linkedinUrl = profile;
        contact.connectedOn = connectedOn;
        QCOMPARE(FollowUpProposals::connectedOnLinkedIn(contact), !proposed);
        const QList<FollowUpKind> got
            = kinds(FollowUpProposals::afterInterview(heldInterview(kNow), contact, QStringLiteral("Ben Wu"), kBen));
        QCOMPARE(got.contains(FollowUpKind::LinkedIn), proposed);
        QVERIFY(got.contains(FollowUpKind::ThankYou)); // the others stay
        QVERIFY(got.contains(FollowUpKind::TellReferrer));
    }

    void oneTimeStepsAreNotProposedTwice_data()
    {
        QTest::addColumn<QList<FollowUp>>("before");
        QTest::addColumn<QList<FollowUpKind>>("expected");
        const QList<FollowUpKind> all {FollowUpKind::ThankYou, FollowUpKind::LinkedIn, FollowUpKind::TellReferrer};
        QTest::newRow("nothing before") << QList<FollowUp>() << all;
        QTest::newRow("referrer told") << QList<FollowUp> {existing(FollowUpKind::TellReferrer, true)}
                                       << QList<FollowUpKind> {FollowUpKind::ThankYou, FollowUpKind::LinkedIn};
        QTest::newRow("telling still open") << QList<FollowUp> {existing(FollowUpKind::TellReferrer, false)}
                                            << QList<FollowUpKind> {FollowUpKind::ThankYou, FollowUpKind::LinkedIn};
        QTest::newRow("invitation sent") << QList<FollowUp> {existing(FollowUpKind::LinkedIn, true)}
                                         << QList<FollowUpKind> {FollowUpKind::ThankYou, FollowUpKind::TellReferrer};
        // Thanks are due after every meeting; someone else's steps are theirs.
        QTest::newRow("thanked before") << QList<FollowUp> {existing(FollowUpKind::ThankYou, true)} << all;
        QTest::newRow("another person's referrer told")
            << QList<FollowUp> {existing(FollowUpKind::TellReferrer, true, kBen)} << all;
        QTest::newRow("a plain follow-up") << QList<FollowUp> {existing(FollowUpKind::Plain, true)} << all;
        // This very meeting held again (its kind corrected): its thank-you is not asked for twice.
        FollowUp thanksForThis = existing(FollowUpKind::ThankYou, false);
        thanksForThis.meetingId = heldInterview(kNow).id;
        QTest::newRow("this meeting thanked") << QList<FollowUp> {
            thanksForThis} << QList<FollowUpKind> {FollowUpKind::LinkedIn, FollowUpKind::TellReferrer};
    }

    void oneTimeStepsAreNotProposedTwice()
    {
        QFETCH(QList<FollowUp>, before);
        QFETCH(QList<FollowUpKind>, expected);
        Test::FixedClock clock(kNow);
        const QList<FollowUp> proposed
            = FollowUpProposals::afterInterview(heldInterview(kNow), ana(), QStringLiteral("Ben Wu"), kBen, before);
        QCOMPARE(kinds(proposed), expected);
    }

    // What follows a held meeting is offered when the status becomes Held, or when a held e-mail or
    // note becomes a meeting with someone; never again for a meeting that already was one.
    void whenAMeetingBecomesHeld_data()
    {
        QTest::addColumn<MeetingKind>("kindBefore");
        QTest::addColumn<MeetingStatus>("statusBefore");
        QTest::addColumn<MeetingKind>("kindAfter");
        QTest::addColumn<MeetingStatus>("statusAfter");
        QTest::addColumn<bool>("held");
        using K = MeetingKind;
        using S = MeetingStatus;
        QTest::newRow("planned marked held") << K::Coffee << S::Planned << K::Coffee << S::Held << true;
        QTest::newRow("planned e-mail marked held") << K::Email << S::Planned << K::Email << S::Held << true;
        QTest::newRow("held e-mail made an interview")
            << K::Email << S::Held << K::InformationalInterview << S::Held << true;
        QTest::newRow("held note made a call") << K::ThankYou << S::Held << K::Call << S::Held << true;
        QTest::newRow("held interview made a coffee")
            << K::InformationalInterview << S::Held << K::Coffee << S::Held << false;
        QTest::newRow("held interview made an e-mail")
            << K::InformationalInterview << S::Held << K::Email << S::Held << false;
        QTest::newRow("held e-mail made an event") << K::Email << S::Held << K::Event << S::Held << false;
        QTest::newRow("planned e-mail made an interview")
            << K::Email << S::Planned << K::InformationalInterview << S::Planned << false;
        QTest::newRow("held, only moved") << K::Coffee << S::Held << K::Coffee << S::Held << false;
        QTest::newRow("cancelled") << K::Coffee << S::Held << K::Coffee << S::Cancelled << false;
    }

    void whenAMeetingBecomesHeld()
    {
        QFETCH(MeetingKind, kindBefore);
        QFETCH(MeetingStatus, statusBefore);
        QFETCH(MeetingKind, kindAfter);
        QFETCH(MeetingStatus, statusAfter);
        QFETCH(bool, held);
        Meeting before = heldInterview(kNow);
        before.kind = kindBefore;
        before.status = statusBefore;
        Meeting after = before;
        after.kind = kindAfter;
        after.status = statusAfter;
        QCOMPARE(FollowUpProposals::becameHeld(before, after), held);
    }

    // A meeting with someone calls for the steps; a note, an e-mail or an event does not.
    void whichMeetingsCallForFollowUps_data()
    {
        QTest::addColumn<MeetingKind>("kind");
        QTest::addColumn<bool>("calls");
        for (const MeetingKind kind : MeetingTypes::meetingKinds()) {
            const bool calls = kind == MeetingKind::InformationalInterview || kind == MeetingKind::Coffee
                || kind == MeetingKind::Call || kind == MeetingKind::VideoCall;
            QTest::newRow(qPrintable(MeetingTypes::key(kind))) << kind << calls;
        }
    }

    void whichMeetingsCallForFollowUps()
    {
        QFETCH(MeetingKind, kind);
        QFETCH(bool, calls);
        QCOMPARE(FollowUpProposals::callsForFollowUps(kind), calls);
    }

    // Marked held the day before it was planned (so moved to today): what prepared it is offered
    // for closing, ticked when made for it, unticked when only due by its planned day.
    void preparationIsWhatWasOpenForTheMeeting()
    {
        Test::FixedClock clock(kNow);
        Meeting held = heldInterview(kNow);
        const QDate planned = kNow.date().addDays(2);
        const auto open = [](int id, int dueIn, qint64 meetingId, FollowUpKind kind = FollowUpKind::Plain) {
            FollowUp f;
            f.id = id;
            f.contactId = kAna;
            f.meetingId = meetingId;
            f.kind = kind;
            f.text = QStringLiteral("Follow-up %1").arg(id);
            f.due = kNow.date().addDays(dueIn);
            return f;
        };
        FollowUp done = open(7, -1, held.id);
        done.doneAt = kNow.addDays(-1);
        FollowUp someoneElses = open(8, 0, 0);
        someoneElses.contactId = kBen;
        const QList<FollowUp> existing {
            open(1, 3, 0), // due after the planned day: not preparation
            open(2, 1, held.id), // "Confirm coffee", made for it: ticked
            open(3, -4, 0), // due before, not tied to a meeting: offered unticked
            open(4, 0, 99), // another meeting's
            open(5, 1, held.id, FollowUpKind::ThankYou), // an after-meeting step, never preparation
            open(6, 2, held.id, FollowUpKind::LinkedIn), // "connect before our call": ticked
            done,
            someoneElses,
        };
        const auto prep = FollowUpProposals::preparationFor(held, planned, existing);
        QList<qint64> ids;
        QList<bool> ticked;
        for (const auto& p : prep) {
            ids.append(p.followUp.id);
            ticked.append(p.forThisMeeting);
        }
        QCOMPARE(ids, (QList<qint64> {2, 6, 3}));
        QCOMPARE(ticked, (QList<bool> {true, true, false}));

        // Without the planned day, the day it was held is the limit.
        QCOMPARE(FollowUpProposals::preparationFor(held, QDate(), existing).size(), 1); // only the overdue one

        // Shown ticked as said, dates fixed.
        QList<FollowUp> rows;
        for (const auto& p : prep)
            rows.append(p.followUp);
        ProposedFollowUpsModel model(rows, ticked);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(!(model.index(0, ProposedFollowUpsModel::DueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, ProposedFollowUpsModel::DueColumn), planned, Qt::EditRole));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(2, 0));
        QCOMPARE(model.chosen().size(), 3);
    }

    void noProposalsIsAnEmptyList()
    {
        ProposedFollowUpsModel model({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.chosen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProposedFollowUps)
#include "tst_proposedfollowups.moc"
