// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Today page's rules, with the clock fixed: what is overdue (whatever its kind), the next
// seven days (the range Print Prep Sheets offers), and the model's lines for them.
#include "ContactStore.h"
#include "Dashboard.h"
#include "DashboardModel.h"
#include "MeetingStore.h"
#include "PrepSheetBatch.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {

const QDateTime kSunday(QDate(2026, 3, 8), QTime(10, 0));
const QDateTime kWednesday(QDate(2026, 3, 11), QTime(10, 0));

bool lists(const QList<DashboardItem>& items, qint64 followUpId, qint64 meetingId = 0)
{
    return std::any_of(items.cbegin(), items.cend(),
        [&](const DashboardItem& i) { return i.followUpId == followUpId && i.meetingId == meetingId; });
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    // A network with one person, fresh for each test, its time set by the test.
    struct Network {
        explicit Network(const QDateTime& now)
            : clock(now)
        {
            ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        }
        Test::FixedClock clock;
        Test::TempNetwork net;
        ContactStore contacts {net.database};
        MeetingStore meetings {net.database};
        qint64 ana = 0;

        QDate today() const { return Clock::currentDate(); }
        qint64 followUp(int days, FollowUpKind kind = FollowUpKind::Plain, qint64 meeting = 0)
        {
            FollowUp f;
            f.contactId = ana;
            f.due = today().addDays(days);
            f.text = QStringLiteral("due %1").arg(days);
            f.kind = kind;
            f.meetingId = meeting;
            return meetings.addFollowUp(f);
        }
        qint64 meeting(int days, MeetingStatus status, MeetingKind kind = MeetingKind::InformationalInterview)
        {
            Meeting m;
            m.contactId = ana;
            m.kind = kind;
            m.status = status;
            m.start = Clock::currentDateTimeUtc().toLocalTime().addDays(days);
            return meetings.addMeeting(m);
        }
        Dashboard dashboard() const
        {
            return Dashboard::compute(net.database.connection(), Clock::currentDateTimeUtc());
        }
    };

private slots:
    void theNextSevenDaysAreTodayAndSixMore_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("Sunday") << kSunday;
        QTest::newRow("Wednesday") << kWednesday;
    }

    void theNextSevenDaysAreTodayAndSixMore()
    {
        QFETCH(QDateTime, now);
        Network n(now);
        QList<qint64> ids;
        for (int days = 0; days <= 9; ++days)
            ids.append(n.followUp(days));
        const Dashboard d = n.dashboard();
        QCOMPARE(d.dueToday.size(), 1);
        QCOMPARE(d.dueToday.first().followUpId, ids.at(0));
        // Days 1 to 6 whatever the weekday: not up to the next Monday, not beyond today + 6.
        QCOMPARE(d.dueSoon.size(), Dashboard::kUpcomingDays - 1);
        for (int days = 1; days <= 9; ++days)
            QCOMPARE(lists(d.dueSoon, ids.at(days)), days < Dashboard::kUpcomingDays);
        QCOMPARE(d.dueSoon.last().date, n.today().addDays(6));

        // The same days as Print Prep Sheets' range.
        const qint64 last = n.meeting(6, MeetingStatus::Planned);
        const qint64 beyond = n.meeting(7, MeetingStatus::Planned);
        const auto sheets = PrepSheetBatch::plannedBetween(
            n.net.database.connection(), n.today(), n.today().addDays(Dashboard::kUpcomingDays - 1));
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().meetingId, last);
        QVERIFY(beyond);
    }

    void lateThankYousAreOverdue()
    {
        Network n(kWednesday);
        const qint64 unthanked = n.meeting(-21, MeetingStatus::Held); // nothing recorded since
        const qint64 promised = n.meeting(-20, MeetingStatus::Held);
        const qint64 lateThanks = n.followUp(-19, FollowUpKind::ThankYou, promised);
        const qint64 yesterday = n.meeting(-1, MeetingStatus::Held); // due today: still on time
        const qint64 earlier = n.followUp(-25); // a plain follow-up, before them
        const qint64 later = n.followUp(-2);
        const Dashboard d = n.dashboard();

        // Twenty days late: overdue, as any follow-up would be, and not also among the thank-yous.
        QVERIFY(lists(d.overdue, 0, unthanked));
        QVERIFY(lists(d.overdue, lateThanks, promised));
        QCOMPARE(d.thankYousOwed.size(), 1);
        QCOMPARE(d.thankYousOwed.first().meetingId, yesterday);
        // By due date: the day after the interview for the one with no follow-up.
        QList<qint64> order;
        for (const DashboardItem& item : d.overdue)
            order.append(item.followUpId ? item.followUpId : -item.meetingId);
        QCOMPARE(order, (QList<qint64> {earlier, -unthanked, lateThanks, later}));
        const auto line = std::find_if(d.overdue.cbegin(), d.overdue.cend(),
            [unthanked](const DashboardItem& i) { return i.meetingId == unthanked; });
        QCOMPARE(line->date, n.today().addDays(-20));
        QCOMPARE(line->text, QStringLiteral("Thank Ana Lopez for the interview"));

        // A thank-you note logged since: thanked, on no list (yesterday's interview is still owed one).
        QVERIFY(n.meeting(-20, MeetingStatus::Held, MeetingKind::ThankYou));
        const Dashboard after = n.dashboard();
        QVERIFY(!lists(after.overdue, 0, unthanked));
        QCOMPARE(after.thankYousOwed.size(), 1);
        QCOMPARE(after.thankYousOwed.first().meetingId, yesterday);
    }

    void theModelListsThemAndTicksThemOff()
    {
        Network n(kSunday);
        const qint64 late = n.meeting(-20, MeetingStatus::Held);
        n.followUp(-3);
        n.followUp(2);
        DashboardModel model(n.net.database, &n.meetings, &n.contacts);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        model.reload(true);

        QVERIFY(!model.sectionIndex(DashboardModel::ThankYous).isValid());
        const QModelIndex soon = model.sectionIndex(DashboardModel::DueSoon);
        QCOMPARE(soon.data().toString(), QStringLiteral("Next 7 days (1)"));
        const QModelIndex overdue = model.sectionIndex(DashboardModel::Overdue);
        QCOMPARE(overdue.data().toString(), QStringLiteral("Overdue (2)"));
        // The late thank-you comes first (due 19 days ago), and Done records it as sent.
        const QModelIndex thanks = model.index(0, DashboardModel::WhatColumn, overdue);
        QCOMPARE(thanks.data(DashboardModel::MeetingRole).toLongLong(), late);
        QVERIFY(thanks.data(DashboardModel::ThankYouRole).toBool());
        QVERIFY(thanks.data(DashboardModel::DoneableRole).toBool());

        // Sent: that line goes, and nothing else moves but the section's count.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        FollowUp sent;
        sent.contactId = n.ana;
        sent.meetingId = late;
        sent.kind = FollowUpKind::ThankYou;
        sent.due = n.today();
        sent.text = QStringLiteral("Thank-you note sent");
        sent.doneAt = Clock::currentDateTimeUtc();
        QVERIFY(n.meetings.addFollowUp(sent));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toModelIndex(), overdue);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1); // "Overdue (1)"
        QCOMPARE(overdue.data().toString(), QStringLiteral("Overdue (1)"));
    }

    // A follow-up is headed by the person's name unless its text names them already.
    void followUpsNameThePersonOnce()
    {
        Network n(kSunday);
        n.followUp(1);
        FollowUp thanks;
        thanks.contactId = n.ana;
        thanks.due = n.today().addDays(2);
        thanks.text = QStringLiteral("Send Ana Lopez a thank-you note (within 24 hours)");
        QVERIFY(n.meetings.addFollowUp(thanks));
        DashboardModel model(n.net.database, &n.meetings, &n.contacts);
        model.reload(true);
        const QModelIndex soon = model.sectionIndex(DashboardModel::DueSoon);
        QCOMPARE(model.rowCount(soon), 2);
        QCOMPARE(
            model.index(0, DashboardModel::WhatColumn, soon).data().toString(), QStringLiteral("Ana Lopez: due 1"));
        QCOMPARE(model.index(1, DashboardModel::WhatColumn, soon).data().toString(), thanks.text);
    }

    // Someone written to more than a week ago who has not answered (Reached out, no message in
    // since) is waiting for a reply; an answer, a newer note, or a later stage takes them off.
    void waitingForAReply()
    {
        Network n(kWednesday);
        const QSqlDatabase db = n.net.database.connection();
        const auto message = [&](int days, const char* direction) {
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO message (uuid, contact_id, channel, direction, sent_at) "
                               "VALUES (lower(hex(randomblob(8))), ?, 'linkedin_message', ?, ?)"),
                {n.ana, QString::fromLatin1(direction),
                    Clock::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs)});
        };
        const auto waiting = [&] { return n.dashboard().waitingForReply; };
        Contact ana = *n.contacts.contact(n.ana);
        ana.stage = Stage::ReachedOut;
        QVERIFY(n.contacts.updateContact(ana));
        QVERIFY(waiting().isEmpty()); // nothing written: nothing to wait for

        message(-3, "out");
        QVERIFY(waiting().isEmpty()); // three days is not long
        message(-10, "out");
        QVERIFY(waiting().isEmpty()); // the last time counts: three days ago
        SqlStatement::run(db, QStringLiteral("DELETE FROM message WHERE sent_at > ?"),
            {Clock::currentDateTimeUtc().addDays(-5).toString(Qt::ISODateWithMs)});
        QCOMPARE(waiting().size(), 1);
        QCOMPARE(waiting().first().contactId, n.ana);
        QCOMPARE(waiting().first().date, n.today().addDays(-10));
        QVERIFY(waiting().first().text.contains(QStringLiteral("10 days")));
        QVERIFY(Dashboard::compute(db, Clock::currentDateTimeUtc(), 14).waitingForReply.isEmpty()); // its interval

        DashboardModel model(n.net.database, &n.meetings, &n.contacts);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        model.reload(true);
        const QModelIndex section = model.sectionIndex(DashboardModel::WaitingForReply);
        QCOMPARE(section.data().toString(), QStringLiteral("Waiting for a reply (1)"));
        const QModelIndex line = model.index(0, DashboardModel::WhatColumn, section);
        QVERIFY(line.data(DashboardModel::NudgeRole).toBool());
        QVERIFY(!line.data(DashboardModel::DoneableRole).toBool());
        QCOMPARE(line.siblingAtColumn(DashboardModel::ActionColumn).data().toString(), QStringLiteral("Nudge…"));

        message(-8, "in"); // they answered after I wrote
        QVERIFY(waiting().isEmpty());
        SqlStatement::run(db, QStringLiteral("DELETE FROM message WHERE direction = 'in'"));
        QCOMPARE(waiting().size(), 1);
        n.meeting(-9, MeetingStatus::Held, MeetingKind::Email); // a later e-mail: the clock starts again
        QCOMPARE(waiting().first().date, n.today().addDays(-9));
        ana = *n.contacts.contact(n.ana);
        ana.stage = Stage::Scheduled;
        QVERIFY(n.contacts.updateContact(ana));
        QVERIFY(waiting().isEmpty());
    }

    void aThankYouAndAFollowUpWithTheSameIdShareOverdue()
    {
        // Ids of meetings and of follow-ups are separate counts: each line keeps its own key.
        Network n(kSunday);
        const qint64 meeting = n.meeting(-20, MeetingStatus::Held);
        qint64 followUp = 0;
        while (followUp < meeting)
            followUp = n.followUp(-1);
        QCOMPARE(followUp, meeting);
        DashboardModel model(n.net.database, &n.meetings, &n.contacts);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        model.reload(true);
        const QModelIndex overdue = model.sectionIndex(DashboardModel::Overdue);
        QCOMPARE(model.rowCount(overdue), int(n.dashboard().overdue.size()));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(n.meetings.setFollowUpDone(followUp, true));
        QCOMPARE(removed.size(), 1); // that follow-up's line only; the thank-you stays
        QVERIFY(lists(model.dashboard().overdue, 0, meeting));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
