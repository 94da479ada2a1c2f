// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactSnapshot.h"
#include "ContactStore.h"
#include "DashboardModel.h"
#include "FollowUpListModel.h"
#include "MeetingListModel.h"
#include "MeetingStore.h"
#include "MeetingTypes.h"
#include "MeetingsTreeModel.h"
#include "ReferralStore.h"
#include "ReferralsGivenModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {

// Every structural signal a model can send, to say "only these, nothing else".
struct ModelSpies {
    explicit ModelSpies(QAbstractItemModel* model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    void clear()
    {
        for (QSignalSpy* spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }
    int total() const
    {
        return int(inserted.size() + removed.size() + moved.size() + changed.size() + reset.size() + layout.size());
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

} // namespace

class TestMeetingModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::FixedClock> m_clock;
    std::unique_ptr<Test::TempNetwork> m_net;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<MeetingStore> m_meetings;
    qint64 m_ada = 0, m_bo = 0;

    const QDateTime m_now {QDate(2026, 3, 10), QTime(12, 0)};

    qint64 addMeeting(qint64 contactId, const QDateTime& start, MeetingStatus status = MeetingStatus::Planned)
    {
        Meeting m;
        m.contactId = contactId;
        m.start = start;
        m.status = status;
        return m_meetings->addMeeting(m);
    }
    qint64 addFollowUp(qint64 contactId, const QDate& due, const QString& text)
    {
        FollowUp f;
        f.contactId = contactId;
        f.due = due;
        f.text = text;
        return m_meetings->addFollowUp(f);
    }
    static void test(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<Test::FixedClock>(m_now);
        m_net = std::make_unique<Test::TempNetwork>();
        m_contacts = std::make_unique<ContactStore>(m_net->database);
        m_meetings = std::make_unique<MeetingStore>(m_net->database);
        Contact ada = Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Acme"));
        ada.title = QStringLiteral("Regulatory Writer");
        m_ada = m_contacts->addContact(ada);
        m_bo = m_contacts->addContact(Test::sampleContact(QStringLiteral("Bo"), QStringLiteral("Ek")));
    }

    void cleanup()
    {
        m_meetings.reset();
        m_contacts.reset();
        m_net.reset();
        m_clock.reset();
    }

    void aContactsMeetingsAreOneRowEachLatestFirst()
    {
        const qint64 older = addMeeting(m_ada, m_now.addDays(-20), MeetingStatus::Held);
        const qint64 newer = addMeeting(m_ada, m_now.addDays(-2), MeetingStatus::Held);
        addMeeting(m_bo, m_now.addDays(-1), MeetingStatus::Held);
        MeetingListModel model(m_meetings.get());
        test(&model);
        model.setContact(m_ada);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.meetingId(model.index(0, 0)), newer);
        QCOMPARE(model.meetingId(model.index(1, 0)), older);
        QVERIFY(model.index(0, 0).data().toString().contains(MeetingTypes::label(MeetingStatus::Held)));
        QVERIFY(model.readError().isEmpty());

        ModelSpies spies(&model);
        // Added between the two: one row inserted there, nothing else.
        const qint64 middle = addMeeting(m_ada, m_now.addDays(-10), MeetingStatus::Held);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 1);
        QCOMPARE(spies.inserted.first().at(2).toInt(), 1);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(model.meetingId(model.index(1, 0)), middle);

        // Another contact's meeting is no change here.
        spies.clear();
        addMeeting(m_bo, m_now.addDays(3));
        QCOMPARE(spies.total(), 0);

        // Cancelled: that row changes, in place.
        spies.clear();
        Meeting m = *m_meetings->meeting(middle);
        m.status = MeetingStatus::Cancelled;
        QVERIFY(m_meetings->updateMeeting(m));
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(spies.total(), 1);
        QVERIFY(model.index(1, 0).data().toString().contains(MeetingTypes::label(MeetingStatus::Cancelled)));

        // Moved to the latest: the row moves up and changes.
        spies.clear();
        m.start = m_now.addDays(-1);
        QVERIFY(m_meetings->updateMeeting(m));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.total(), 2);
        QCOMPARE(model.meetingId(model.index(0, 0)), middle);

        // Removed: its row goes.
        spies.clear();
        QVERIFY(m_meetings->removeMeeting(older));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 2);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(model.rowCount(), 2);

        // Another contact: the list starts over.
        spies.clear();
        model.setContact(m_bo);
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void aContactsReferralsGivenFollowOnlyThePeopleOnTheList()
    {
        ReferralStore links(m_net->database);
        const qint64 cy = m_contacts->addContact(Test::sampleContact(QStringLiteral("Cy"), QStringLiteral("Park")));
        const qint64 dee = m_contacts->addContact(Test::sampleContact(QStringLiteral("Dee"), QStringLiteral("Ng")));
        for (const qint64 referred : {m_bo, cy}) {
            Referral link;
            link.referrerId = m_ada;
            link.referredId = referred;
            QVERIFY(links.add(link) > 0);
        }
        ReferralsGivenModel model(m_contacts.get(), &links, m_ada);
        test(&model);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex boRow = model.indexOf(m_bo);
        QVERIFY(boRow.isValid());

        // Someone not on the list, or the referrer, changed: no row is touched.
        ModelSpies spies(&model);
        for (const qint64 id : {dee, m_ada}) {
            Contact other = *m_contacts->contact(id);
            other.notes = QStringLiteral("Met at the conference");
            QVERIFY(m_contacts->updateContact(other));
        }
        QCOMPARE(spies.total(), 0);

        // One of the people referred renamed: their row changes, and only it.
        Contact bo = *m_contacts->contact(m_bo);
        bo.firstName = QStringLiteral("Bodil");
        bo.organization = QStringLiteral("Initech");
        QVERIFY(m_contacts->updateContact(bo));
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), boRow);
        QCOMPARE(spies.changed.first().at(1).toModelIndex(), boRow);
        QCOMPARE(spies.total(), 1);
        QVERIFY(boRow.data().toString().contains(QStringLiteral("Bodil")));
        QVERIFY(boRow.data().toString().contains(QStringLiteral("Initech")));
        QCOMPARE(model.rowCount(), 2);

        // A change that leaves their line as it was sends nothing.
        spies.clear();
        bo.notes = QStringLiteral("Prefers mornings");
        QVERIFY(m_contacts->updateContact(bo));
        QCOMPARE(spies.total(), 0);
    }

    void aContactsFollowUpsTickThroughTheStore()
    {
        const qint64 late = addFollowUp(m_ada, m_now.date().addDays(-1), QStringLiteral("Send the article"));
        const qint64 soon = addFollowUp(m_ada, m_now.date().addDays(5), QStringLiteral("Ask about the course"));
        FollowUpListModel model(m_meetings.get());
        test(&model);
        model.setContact(m_ada);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.followUpId(model.index(0, 0)), late);
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("(overdue)")));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, 0).data().toString().contains(QLatin1String("(overdue)")));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);

        // Ticking asks; the store is the one that writes (so the view can make it undoable).
        ModelSpies spies(&model);
        QSignalSpy asked(&model, &FollowUpListModel::doneRequested);
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), late);
        QCOMPARE(asked.first().at(1).toBool(), true);
        QCOMPARE(spies.total(), 0);
        QVERIFY(!m_meetings->followUp(late)->doneAt.isValid());

        // Done in the store: it goes below the open one, ticked and no longer overdue.
        QVERIFY(m_meetings->setFollowUpDone(late, true));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.total(), 2); // the move, then the row's change
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(model.followUpId(model.index(0, 0)), soon);
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.index(1, 0).data().toString().contains(QLatin1String("(overdue)")));

        spies.clear();
        const qint64 added = addFollowUp(m_ada, m_now.date().addDays(1), QStringLiteral("Connect on LinkedIn"));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.total(), 1);
        spies.clear();
        QVERIFY(m_meetings->removeFollowUp(added));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.total(), 1);
    }

    void theMeetingsTabHasUpcomingAndPast()
    {
        const qint64 past = addMeeting(m_ada, m_now.addDays(-3), MeetingStatus::Held);
        addMeeting(m_bo, m_now.addDays(-30), MeetingStatus::Held);
        MeetingsTreeModel model(MeetingsTreeModel::Mode::Meetings, m_meetings.get(), m_contacts.get());
        test(&model);
        model.reload(true);
        QCOMPARE(model.rowCount(), 1); // nothing upcoming: no "Upcoming" heading over nothing
        QCOMPARE(model.columnCount(), 5);
        QVERIFY(!model.sectionIndex(MeetingsTreeModel::Upcoming).isValid());
        QPersistentModelIndex pastSection = model.sectionIndex(MeetingsTreeModel::Past);
        QCOMPARE(pastSection.data().toString(), QStringLiteral("Past (2)"));
        QCOMPARE(model.meetingId(model.index(0, 0, pastSection)), past); // latest first
        QCOMPARE(model.index(0, 1, pastSection).data().toString(), QStringLiteral("Ada Okafor"));
        QCOMPARE(model.index(0, 3, pastSection).data().toString(), QStringLiteral("Held"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("With"));

        // Planned: the Upcoming section comes, with its one row, above Past.
        ModelSpies spies(&model);
        const qint64 next = addMeeting(m_bo, m_now.addDays(2));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), QModelIndex());
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.total(), 1);
        const QModelIndex upcoming = model.sectionIndex(MeetingsTreeModel::Upcoming);
        QCOMPARE(upcoming.row(), 0);
        QCOMPARE(pastSection.row(), 1);
        QCOMPARE(upcoming.data().toString(), QStringLiteral("Upcoming (1)"));
        QCOMPARE(model.meetingId(model.index(0, 0, upcoming)), next);

        // A renamed person: the rows with them change, no others.
        spies.clear();
        Contact bo = *m_contacts->contact(m_bo);
        bo.firstName = QStringLiteral("Bob");
        QVERIFY(m_contacts->updateContact(bo));
        QCOMPARE(spies.changed.size(), 2); // the planned meeting and the old one
        QCOMPARE(spies.total(), 2);
        for (const QList<QVariant>& args : std::as_const(spies.changed))
            QVERIFY(args.at(0).toModelIndex().siblingAtColumn(1).data().toString().startsWith(QLatin1String("Bob")));

        // Held: from Upcoming to Past. Upcoming, now empty, goes with it (one removal); the row is
        // inserted in Past, whose count changes.
        spies.clear();
        Meeting m = *m_meetings->meeting(next);
        m.status = MeetingStatus::Held;
        QVERIFY(m_meetings->updateMeeting(m));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(0).toModelIndex(), QModelIndex());
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), QModelIndex(pastSection));
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.total(), 3);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.sectionIndex(MeetingsTreeModel::Upcoming).isValid());
        QCOMPARE(pastSection.data().toString(), QStringLiteral("Past (3)"));

        // A person removed: their meetings go with them, one row each; Undo brings them back.
        spies.clear();
        ContactSnapshot snapshot;
        QVERIFY(m_contacts->removeContact(m_bo, &snapshot));
        QCOMPARE(spies.removed.size(), 2);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(pastSection.data().toString(), QStringLiteral("Past (1)"));
        spies.clear();
        QVERIFY(m_contacts->restoreContact(snapshot));
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(pastSection.data().toString(), QStringLiteral("Past (3)"));

        // An import or a restore: the view starts over.
        spies.clear();
        m_contacts->notifyContactsReset();
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(spies.total(), 1);
    }

    void aHiddenTabCatchesUpWhenShown()
    {
        MeetingsTreeModel model(MeetingsTreeModel::Mode::Meetings, m_meetings.get(), m_contacts.get());
        test(&model);
        model.reload(true);
        model.setLive(false);
        ModelSpies spies(&model);
        addMeeting(m_ada, m_now.addDays(-3), MeetingStatus::Held);
        addMeeting(m_ada, m_now.addDays(4));
        QCOMPARE(spies.total(), 0);
        model.setLive(true);
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(model.rowCount(model.sectionIndex(MeetingsTreeModel::Upcoming)), 1);
        QCOMPARE(model.rowCount(model.sectionIndex(MeetingsTreeModel::Past)), 1);
    }

    void careerPathsGroupTheReflections()
    {
        const qint64 id = addMeeting(m_ada, m_now.addDays(-3), MeetingStatus::Held);
        MeetingsTreeModel model(MeetingsTreeModel::Mode::CareerPaths, m_meetings.get(), m_contacts.get());
        test(&model);
        model.reload(true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        const QModelIndex drawn = model.sectionIndex(MeetingsTreeModel::Drawn);
        QCOMPARE(drawn.data().toString(), QStringLiteral("Drawn to it (0)"));

        ModelSpies spies(&model);
        Meeting m = *m_meetings->meeting(id);
        m.reflection = Reflection::DrawnToIt;
        m.takeaway = QStringLiteral("Regulatory writing uses my science daily");
        QVERIFY(m_meetings->updateMeeting(m));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), drawn);
        QCOMPARE(spies.changed.size(), 1); // the group's count
        QCOMPARE(spies.total(), 2);
        QCOMPARE(drawn.data().toString(), QStringLiteral("Drawn to it (1)"));
        const QModelIndex row = model.index(0, 0, drawn);
        QCOMPARE(row.data().toString(), QStringLiteral("Regulatory Writer at Acme"));
        QCOMPARE(row.siblingAtColumn(3).data().toString(), m.takeaway);
        QCOMPARE(row.siblingAtColumn(3).data(Qt::ToolTipRole).toString(), m.takeaway);
        QCOMPARE(model.meetingId(row), id);
    }

    void careerPathsCountPeopleNotMeetings()
    {
        // Ada: an interview she reflected on, then a thank-you note that carries a reflection too.
        const qint64 interview = addMeeting(m_ada, m_now.addDays(-9), MeetingStatus::Held);
        Meeting m = *m_meetings->meeting(interview);
        m.kind = MeetingKind::InformationalInterview;
        m.reflection = Reflection::DrawnToIt;
        m.takeaway = QStringLiteral("Writing uses my science");
        QVERIFY(m_meetings->updateMeeting(m));
        Meeting note;
        note.contactId = m_ada;
        note.kind = MeetingKind::ThankYou;
        note.status = MeetingStatus::Held;
        note.start = m_now.addDays(-8);
        note.reflection = Reflection::Unsure;
        const qint64 noteId = m_meetings->addMeeting(note);
        QVERIFY(noteId);
        // Bo: two coffees; the later reflection is where he stands now.
        for (const auto& [days, reflection] : {std::pair {-6, Reflection::NotForMe}, {-2, Reflection::Unsure}}) {
            Meeting coffee;
            coffee.contactId = m_bo;
            coffee.kind = MeetingKind::Coffee;
            coffee.status = MeetingStatus::Held;
            coffee.start = m_now.addDays(days);
            coffee.reflection = reflection;
            QVERIFY(m_meetings->addMeeting(coffee));
        }
        MeetingsTreeModel model(MeetingsTreeModel::Mode::CareerPaths, m_meetings.get(), m_contacts.get());
        test(&model);
        model.reload(true);
        const QModelIndex drawn = model.sectionIndex(MeetingsTreeModel::Drawn);
        const QModelIndex unsure = model.sectionIndex(MeetingsTreeModel::Unsure);
        const QModelIndex notForMe = model.sectionIndex(MeetingsTreeModel::NotForMe);
        int rows = 0;
        for (const QModelIndex& group : {drawn, unsure, notForMe})
            rows += model.rowCount(group);
        QCOMPARE(rows, 2); // two people, five meetings
        // Ada counts once, by her interview, not by the note; Bo by his latest coffee.
        QCOMPARE(model.rowCount(drawn), 1);
        QCOMPARE(model.meetingId(model.index(0, 0, drawn)), interview);
        QCOMPARE(model.rowCount(unsure), 1);
        QCOMPARE(
            model.index(0, MeetingsTreeModel::PersonColumn, unsure).data().toString(), m_contacts->summary(m_bo)->name);
        QCOMPARE(model.rowCount(notForMe), 0);
        QCOMPARE(unsure.data().toString(), QStringLiteral("Unsure (1)"));

        // Ada's interview loses its reflection: the note's is all there is, and her takeaway stays.
        ModelSpies spies(&model);
        m.reflection = Reflection::None;
        QVERIFY(m_meetings->updateMeeting(m));
        QCOMPARE(model.rowCount(drawn), 0);
        QCOMPARE(model.rowCount(unsure), 2);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        const QModelIndex ada = model.index(0, 0, unsure);
        QCOMPARE(model.meetingId(ada), noteId);
        QCOMPARE(ada.siblingAtColumn(MeetingsTreeModel::TakeawayColumn).data().toString(), m.takeaway);
    }

    void todayShowsOnlySectionsWithSomethingToDo()
    {
        const qint64 late = addFollowUp(m_ada, m_now.date().addDays(-2), QStringLiteral("Send the article"));
        DashboardModel model(m_net->database, m_meetings.get(), m_contacts.get());
        test(&model);
        model.reload(true);
        QVERIFY(model.readError().isEmpty());
        QCOMPARE(model.columnCount(), int(DashboardModel::ColumnCount));
        const QModelIndex overdue = model.sectionIndex(DashboardModel::Overdue);
        QVERIFY(overdue.isValid());
        QVERIFY(!model.sectionIndex(DashboardModel::DueToday).isValid());
        QCOMPARE(overdue.data().toString(), QStringLiteral("Overdue (1)"));
        const QModelIndex line = model.index(0, DashboardModel::WhatColumn, overdue);
        QCOMPARE(line.data().toString(), QStringLiteral("Ada Okafor: Send the article"));
        QCOMPARE(line.data(DashboardModel::FollowUpRole).toLongLong(), late);
        QVERIFY(line.data(DashboardModel::DoneableRole).toBool());
        QCOMPARE(line.siblingAtColumn(DashboardModel::ActionColumn).data().toString(), QStringLiteral("Done"));
        const int sections = model.rowCount();

        // Something due today: one new section, in its place after Overdue.
        ModelSpies spies(&model);
        addFollowUp(m_bo, m_now.date(), QStringLiteral("Call back"));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), QModelIndex());
        QCOMPARE(spies.inserted.first().at(1).toInt(), overdue.row() + 1);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(model.rowCount(), sections + 1);

        // Done: the line goes, and with it the section it was alone in.
        spies.clear();
        QVERIFY(m_meetings->setFollowUpDone(late, true));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(0).toModelIndex(), QModelIndex());
        QCOMPARE(spies.total(), 1);
        QVERIFY(!model.sectionIndex(DashboardModel::Overdue).isValid());
        QVERIFY(model.dashboard().overdue.isEmpty());

        // A second line in a section: inserted under it, and its count changes.
        spies.clear();
        addFollowUp(m_ada, m_now.date(), QStringLiteral("Thank for the intro"));
        const QModelIndex today = model.sectionIndex(DashboardModel::DueToday);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), today);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.total(), 2);
        QCOMPARE(today.data().toString(), QStringLiteral("Due today (2)"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingModels)
#include "tst_meetingmodels.moc"
