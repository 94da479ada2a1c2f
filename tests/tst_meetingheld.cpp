// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Clock.h"
#include "ContactStore.h"
#include "FollowUpProposalsDialog.h"
#include "GuiTestSupport.h"
#include "MeetingCommands.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MeetingsPanel.h"
#include "MeetingsTreeModel.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ProposedFollowUpsModel.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Rapport;

// Marking a meeting held: what is proposed for which kinds, the preparation closed with it, and
// the Meetings list keeping its highlight on the meeting.
class TestMeetingHeld : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<NetworkSession> m_session;
    std::unique_ptr<Test::FixedClock> m_clock;
    qint64 m_yuki = 0;
    qint64 m_samir = 0;

    // Monday 7 December 2026, 09:00 here.
    static QDateTime now() { return QDateTime(QDate(2026, 12, 7), QTime(9, 0)); }

    qint64 addMeeting(MeetingKind kind, const QDateTime& start, qint64 contactId = 0)
    {
        Meeting meeting;
        meeting.contactId = contactId ? contactId : m_yuki;
        meeting.kind = kind;
        meeting.start = start;
        const qint64 id = m_session->meetings()->addMeeting(meeting);
        Q_ASSERT(id);
        return id;
    }

    qint64 addFollowUp(const QString& text, const QDate& due, qint64 meetingId)
    {
        FollowUp f;
        f.contactId = m_yuki;
        f.meetingId = meetingId;
        f.text = text;
        f.due = due;
        const qint64 id = m_session->meetings()->addFollowUp(f);
        Q_ASSERT(id);
        return id;
    }

    // Picks Held in the meeting's window, as the user does; its proposals, if any, are offered.
    void markHeld(qint64 meetingId)
    {
        MeetingDialog dialog(m_session.get(), meetingId);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        connect(&dialog, &MeetingDialog::meetingHeld, &dialog, [this](qint64 id, const QDate& plannedDay) {
            FollowUpProposalsDialog::offer(m_session.get(), id, plannedDay, nullptr);
        });
        auto* status = dialog.findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        status->setCurrentIndex(status->findData(MeetingTypes::key(MeetingStatus::Held)));
        emit status->activated(status->currentIndex());
        QCOMPARE(m_session->meetings()->meeting(meetingId)->status, MeetingStatus::Held);
    }

    template <typename Body>
    static void whenModalOpens(Body body)
    {
        QTimer::singleShot(0, [body] {
            QWidget* modal = nullptr;
            QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
            body(modal);
        });
    }

    static QStringList texts(const QAbstractItemModel* model)
    {
        QStringList result;
        for (int row = 0; model && row < model->rowCount(); ++row)
            result.append(model->index(row, 0).data().toString());
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setTestMode(true); // "mark it held today?" takes its default
    }

    void init()
    {
        m_clock = std::make_unique<Test::FixedClock>(now());
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        QString error;
        m_session = NetworkSession::open(m_folder->filePath(QStringLiteral("held.rapport")), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_yuki
            = m_session->store()->addContact(Test::sampleContact(QStringLiteral("Yuki"), QStringLiteral("Nakamura")));
        m_samir
            = m_session->store()->addContact(Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad")));
        Referral referral;
        referral.referrerId = m_samir;
        referral.referredId = m_yuki;
        QVERIFY(m_session->links()->add(referral));
    }

    void cleanup()
    {
        m_session.reset();
        m_folder.reset();
        m_clock.reset();
    }

    // A meeting with someone, however it was held, gets the thanks and the note to the referrer.
    void aMeetingWithSomeoneProposesTheSteps_data()
    {
        QTest::addColumn<MeetingKind>("kind");
        QTest::addColumn<bool>("proposed");
        QTest::newRow("coffee") << MeetingKind::Coffee << true;
        QTest::newRow("call") << MeetingKind::Call << true;
        QTest::newRow("video call") << MeetingKind::VideoCall << true;
        QTest::newRow("interview") << MeetingKind::InformationalInterview << true;
        QTest::newRow("e-mail") << MeetingKind::Email << false;
        QTest::newRow("thank-you note") << MeetingKind::ThankYou << false;
    }

    void aMeetingWithSomeoneProposesTheSteps()
    {
        QFETCH(MeetingKind, kind);
        QFETCH(bool, proposed);
        const qint64 id = addMeeting(kind, now().addSecs(-3600));
        QStringList shown;
        QString title;
        if (proposed) {
            whenModalOpens([&](QWidget* modal) {
                QCOMPARE(modal->objectName(), QStringLiteral("followUpProposals"));
                title = modal->windowTitle();
                auto* list = modal->findChild<QTreeView*>(QStringLiteral("proposalList"));
                QVERIFY(list);
                QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
                shown = texts(list->model());
                QVERIFY(!modal->findChild<QTreeView*>(QStringLiteral("preparationList"))); // nothing was open
                modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            });
        }
        markHeld(id);
        const QList<FollowUp> followUps = m_session->meetings()->followUpsOf(m_yuki);
        if (!proposed) {
            QVERIFY(followUps.isEmpty());
            return;
        }
        QTRY_COMPARE(shown.size(), 3); // thanks, LinkedIn, telling Samir
        QVERIFY(shown.last().contains(QStringLiteral("Samir Haddad")));
        QCOMPARE(title,
            kind == MeetingKind::InformationalInterview ? FollowUpProposalsDialog::tr("After the Interview")
                                                        : FollowUpProposalsDialog::tr("After the Meeting"));
        QCOMPARE(followUps.size(), 3);
        for (const FollowUp& f : followUps)
            QCOMPARE(f.meetingId, id);
    }

    // "Coffee with Yuki" on Wednesday, marked held on Monday: confirming it (made for it) is closed
    // by default; an unrelated overdue follow-up is offered unticked; a later one is not offered.
    // Adding the steps and closing the preparation is one undo step.
    void thePreparationIsClosedWithTheSteps()
    {
        const QDate planned = now().date().addDays(2);
        const qint64 id = addMeeting(MeetingKind::Coffee, QDateTime(planned, QTime(10, 0)));
        const qint64 confirm = addFollowUp(QStringLiteral("Confirm coffee with Yuki"), planned.addDays(-1), id);
        const qint64 paper = addFollowUp(QStringLiteral("Skim her organoid paper"), now().date().addDays(-1), 0);
        const qint64 later = addFollowUp(QStringLiteral("Send Yuki the preprint"), planned.addDays(5), 0);
        bool checked = false;
        whenModalOpens([&](QWidget* modal) {
            auto* prep = modal->findChild<QTreeView*>(QStringLiteral("preparationList"));
            QVERIFY(prep);
            QAbstractItemModel* model = prep->model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            QCOMPARE(texts(model),
                (QStringList {QStringLiteral("Confirm coffee with Yuki"), QStringLiteral("Skim her organoid paper")}));
            QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
            // The dialog says why one is unticked.
            QVERIFY(modal->findChild<QLabel*>(QStringLiteral("preparationIntro"))->text().contains(u"unticked"));
            QVERIFY(modal->findChild<QTreeView*>(QStringLiteral("proposalList")));
            Test::saveScreenshot(modal, QStringLiteral("after-coffee.png"));
            modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            checked = true;
        });
        const int stepsBefore = m_session->undoStack()->count();
        markHeld(id); // planned ahead: the question's default (Yes) moves it to today
        QTRY_VERIFY(checked);
        QCOMPARE(m_session->meetings()->meeting(id)->start.toLocalTime().date(), now().date());
        QVERIFY(m_session->meetings()->followUp(confirm)->doneAt.isValid());
        QVERIFY(!m_session->meetings()->followUp(paper)->doneAt.isValid());
        QVERIFY(!m_session->meetings()->followUp(later)->doneAt.isValid());
        QCOMPARE(m_session->meetings()->followUpsOf(m_yuki).size(), 3 + 3); // the steps were added
        // The status, then the follow-ups: two steps; undoing the second takes all of it back.
        QCOMPARE(m_session->undoStack()->count(), stepsBefore + 2);
        m_session->undoStack()->undo();
        QVERIFY(!m_session->meetings()->followUp(confirm)->doneAt.isValid());
        QCOMPARE(m_session->meetings()->followUpsOf(m_yuki).size(), 3);
        QCOMPARE(m_session->meetings()->meeting(id)->status, MeetingStatus::Held);
    }

    // An e-mail has no steps, but what prepared it is still offered; with nothing open and no
    // steps, nothing is shown.
    void nothingToProposeShowsNothing()
    {
        const qint64 id = addMeeting(MeetingKind::Email, now().addSecs(-3600));
        markHeld(id);
        QVERIFY(m_session->meetings()->followUpsOf(m_yuki).isEmpty());
        QVERIFY(!QApplication::activeModalWidget());
    }

    // The meeting moves from Upcoming to Past; the highlight goes with it, not onto the meeting
    // that takes its old row.
    void theMeetingsListKeepsTheMeetingSelected()
    {
        const qint64 first = addMeeting(MeetingKind::Coffee, QDateTime(now().date().addDays(1), QTime(10, 0)));
        const qint64 second = addMeeting(MeetingKind::Call, QDateTime(now().date().addDays(2), QTime(10, 0)));
        addMeeting(MeetingKind::InformationalInterview, now().addDays(-5), m_samir);
        MeetingsPanel panel(MeetingsPanel::Mode::Meetings);
        panel.setSession(m_session.get());
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        PlaceholderTreeView* view = panel.view();
        MeetingsTreeModel* model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY(model->indexOf(first, MeetingsTreeModel::Upcoming).isValid());
        const QModelIndex row = model->indexOf(first, MeetingsTreeModel::Upcoming);
        view->setFocus();
        view->setCurrentIndex(row);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);

        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        Meeting held = *m_session->meetings()->meeting(first);
        const Meeting before = held;
        held.status = MeetingStatus::Held;
        held.start = now();
        m_session->undoStack()->push(
            new EditMeetingCommand(m_session->meetings(), before, held, QStringLiteral("Yuki")));
        QTRY_VERIFY(model->indexOf(first, MeetingsTreeModel::Past).isValid());
        QCOMPARE(removed.size(), 1); // out of Upcoming...
        QCOMPARE(inserted.size(), 1); // ...into Past, and nothing else moved
        QVERIFY(model->indexOf(second, MeetingsTreeModel::Upcoming).isValid());

        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->meetingId(selected.first()), first);
        QCOMPARE(model->meetingId(view->currentIndex()), first);
        Test::saveScreenshot(&panel, QStringLiteral("meetings-after-held.png"));

        // Undone, it moves back, still highlighted.
        m_session->undoStack()->undo();
        QTRY_VERIFY(model->indexOf(first, MeetingsTreeModel::Upcoming).isValid());
        QCOMPARE(model->meetingId(view->currentIndex()), first);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);

        // A meeting removed leaves nothing highlighted rather than its neighbour.
        m_session->undoStack()->push(new RemoveMeetingCommand(
            m_session->meetings(), *m_session->meetings()->meeting(first), QStringLiteral("Yuki")));
        QTRY_VERIFY(!model->indexOf(first, MeetingsTreeModel::Upcoming).isValid());
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(model->meetingId(view->currentIndex()), 0);

        // The last upcoming one held: its section goes, the highlight goes with the meeting.
        view->setCurrentIndex(model->indexOf(second, MeetingsTreeModel::Upcoming));
        Meeting call = *m_session->meetings()->meeting(second);
        const Meeting planned = call;
        call.status = MeetingStatus::Held;
        call.start = now();
        m_session->undoStack()->push(
            new EditMeetingCommand(m_session->meetings(), planned, call, QStringLiteral("Yuki")));
        QTRY_VERIFY(model->indexOf(second, MeetingsTreeModel::Past).isValid());
        QVERIFY(!model->sectionIndex(MeetingsTreeModel::Upcoming).isValid()); // its heading went with it
        QCOMPARE(model->meetingId(view->currentIndex()), second);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestMeetingHeld)
#include "tst_meetingheld.moc"
