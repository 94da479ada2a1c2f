// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The informational-interview loop, clicked through the real window: schedule, take notes
// (autosaved), tick questions, record who they suggested, mark it held and accept the
// proposed follow-ups, thank them from Today, reflect, and undo.
#include "ContactActivity.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "DashboardModel.h"
#include "FileDialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "NotesEditor.h"
#include "NotesMarkdown.h"
#include "OutreachDialog.h"
#include "PrepSheetWindow.h"
#include "QuestionBank.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "TodayPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Rapport;

class TestMeetingFlow : public QObject
{
    Q_OBJECT

    // Every test function gets its own folder, network and window (init/cleanup) and goes through
    // the steps of the loop it builds on itself, so each runs alone and in any order.
    std::unique_ptr<QTemporaryDir> m_folder;
    QDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_meeting = 0;

    NetworkSession* session() const { return m_window->session(); }
    QString path() const { return m_dir.filePath(QStringLiteral("flow.rapport")); }
    MeetingDialog* dialog() const { return m_window->findChild<MeetingDialog*>(); }

    template <typename Body>
    static void whenModalOpens(Body body)
    {
        QTimer::singleShot(0, [body] {
            QWidget* modal = nullptr;
            QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
            body(modal);
        });
    }

    // Schedule… on Ana's contact: the window of a new meeting, not saved yet.
    MeetingDialog* startSchedulingWithAna()
    {
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->findChild<ContactListView*>()->selectContact(m_ana);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("scheduleMeetingButton")), Qt::LeftButton);
        MeetingDialog* draft = nullptr;
        [&] { QTRY_VERIFY((draft = dialog()) != nullptr); }();
        return draft;
    }

    // Ana's meeting, scheduled from her contact and saved: its dialog is open.
    void scheduleWithAna()
    {
        MeetingDialog* draft = startSchedulingWithAna();
        QVERIFY(draft);
        QVERIFY(draft->isDraft());
        QTest::mouseClick(draft->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        QCOMPARE(dialog(), draft); // the same window, now the meeting's
        m_meeting = dialog()->meetingId();
        QVERIFY(m_meeting);
    }

    int meetingsWithAna() const { return int(session()->meetings()->meetingsOf(m_ana).size()); }

    // Marks the open meeting held and accepts every follow-up proposed.
    void holdTheMeeting()
    {
        auto* status = dialog()->findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // it is planned for tomorrow: held anyway
        whenModalOpens([](QWidget* modal) { static_cast<QDialog*>(modal)->accept(); });
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        emit status->activated(status->currentIndex());
        QCOMPARE(session()->meetings()->meeting(m_meeting)->status, MeetingStatus::Held);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_meetingflow"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_dir.setPath(m_folder->path());
        m_meeting = 0;
        {
            Database database;
            QVERIFY(database.open(path()));
            ContactStore contacts(database);
            Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme"));
            ana.title = QStringLiteral("Regulatory Writer");
            m_ana = contacts.addContact(ana);
            m_ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
            Referral referral;
            referral.referrerId = m_ben;
            referral.referredId = m_ana;
            QVERIFY(ReferralStore(database).add(referral));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        QVERIFY(m_window->openNetwork(path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("views"))->currentWidget()->objectName(),
            QStringLiteral("todayPanel")); // the home page
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void schedulingOpensTheMeetingAndMovesTheStage()
    {
        scheduleWithAna();
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::Scheduled);
        QCOMPARE(m_window->findChild<QTreeView*>(QStringLiteral("contactMeetings"))->model()->rowCount(), 1);
        // Saved in one undo step, which takes the meeting and the stage back.
        QCOMPARE(session()->undoStack()->count(), 1);
        QVERIFY(!dialog()->findChild<QPushButton*>(QStringLiteral("saveMeetingButton"))->isVisible());
        QVERIFY(dialog()->findChild<QPushButton*>(QStringLiteral("prepSheetButton"))->isVisible());
        QVERIFY(dialog()->findChild<QTabWidget*>()->isEnabled());
        session()->undoStack()->undo();
        QCOMPARE(meetingsWithAna(), 0);
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::ToContact);
        QTRY_VERIFY(dialog() == nullptr); // its meeting went away
    }

    void cancellingANewMeetingCreatesNothing_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Cancel") << QStringLiteral("cancel");
        QTest::newRow("Escape") << QStringLiteral("escape");
        QTest::newRow("closing the window") << QStringLiteral("close");
    }

    void cancellingANewMeetingCreatesNothing()
    {
        QFETCH(QString, how);
        MeetingDialog* draft = startSchedulingWithAna();
        QVERIFY(draft);
        QVERIFY(draft->isDraft());
        QCOMPARE(draft->meetingId(), 0);
        QVERIFY(!draft->findChild<QPushButton*>(QStringLiteral("prepSheetButton"))->isVisible());
        QVERIFY(!draft->findChild<QTabWidget*>()->isEnabled()); // notes wait for a meeting to save them to
        QCOMPARE(meetingsWithAna(), 0); // nothing written yet
        auto* place = draft->findChild<QLineEdit*>(QStringLiteral("meetingPlace"));
        place->setFocus();
        QTest::keyClicks(place, QStringLiteral("Cafe Lumen"));
        emit place->editingFinished();
        QCOMPARE(meetingsWithAna(), 0);
        if (how == QStringLiteral("cancel")) {
            auto* buttons = draft->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        } else if (how == QStringLiteral("escape")) {
            QTest::keyClick(place, Qt::Key_Escape);
        } else {
            draft->close();
        }
        QTRY_VERIFY(dialog() == nullptr);
        QCOMPARE(meetingsWithAna(), 0);
        QVERIFY(!session()->undoStack()->canUndo());
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::ToContact);
    }

    // Log… opens an e-mail held now that is written only when saved: opening it by mistake and
    // closing it leaves the history (and the keep-warm clock) as it was.
    void loggingWritesNothingUntilSaved()
    {
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->findChild<ContactListView*>()->selectContact(m_ana);
        const auto lastContactBefore = session()->store()->summary(m_ana)->lastContact;
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("logInteractionButton")), Qt::LeftButton);
        MeetingDialog* draft = nullptr;
        QTRY_VERIFY((draft = dialog()) != nullptr);
        QVERIFY(draft->isDraft());
        QCOMPARE(meetingsWithAna(), 0);
        draft->close();
        QTRY_VERIFY(dialog() == nullptr);
        QCOMPARE(meetingsWithAna(), 0);
        QCOMPARE(session()->store()->summary(m_ana)->lastContact, lastContactBefore);
        QVERIFY(!session()->undoStack()->canUndo());

        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("logInteractionButton")), Qt::LeftButton);
        QTRY_VERIFY((draft = dialog()) != nullptr);
        QTest::mouseClick(draft->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        const QList<Meeting> meetings = session()->meetings()->meetingsOf(m_ana);
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().kind, MeetingKind::Email);
        QCOMPARE(meetings.first().status, MeetingStatus::Held);
        QCOMPARE(session()->store()->summary(m_ana)->lastContact, QDate::currentDate());
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::ReachedOut);
    }

    // The Meetings view starts meetings too: Schedule… and Log… ask whom with (accents and case
    // aside, never a guess between two people), then open the unsaved meeting.
    void theMeetingsViewSchedulesAndLogs()
    {
        session()->store()->addContact(Test::sampleContact(QStringLiteral("Anaïs"), QStringLiteral("Bérard")));
        m_window->findChild<QAction*>(QStringLiteral("showMeetingsAction"))->trigger();
        auto* schedule = m_window->findChild<QPushButton*>(QStringLiteral("meetingsScheduleButton"));
        QTRY_VERIFY(schedule && schedule->isVisible());
        QStringList problems;
        whenModalOpens([&problems](QWidget* modal) {
            auto* name = modal->findChild<QLineEdit*>(QStringLiteral("contactChoiceName"));
            auto* problem = modal->findChild<QLabel*>(QStringLiteral("contactChoiceProblem"));
            QVERIFY(name && problem);
            name->setText(QStringLiteral("ana")); // Ana Lopez and Anaïs Bérard, equally
            QTest::keyClick(name, Qt::Key_Return);
            QVERIFY(modal->isVisible());
            problems.append(problem->text());
            name->setText(QStringLiteral("nobody here"));
            QTest::keyClick(name, Qt::Key_Return);
            problems.append(problem->text());
            name->setText(QStringLiteral("ANA LOPEZ"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(schedule, Qt::LeftButton);
        MeetingDialog* draft = nullptr;
        QTRY_VERIFY((draft = dialog()) != nullptr);
        QVERIFY(draft->isDraft());
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.first().startsWith(QStringLiteral("2 people fit")), qPrintable(problems.first()));
        QVERIFY2(problems.last().contains(QStringLiteral("Nobody")), qPrintable(problems.last()));
        QVERIFY(draft->windowTitle().contains(QStringLiteral("Ana Lopez")));
        draft->close();
        QTRY_VERIFY(dialog() == nullptr);
        QCOMPARE(meetingsWithAna(), 0);

        whenModalOpens([](QWidget* modal) {
            modal->findChild<QLineEdit*>(QStringLiteral("contactChoiceName"))->setText(QStringLiteral("berard"));
            QTest::keyClick(modal->findChild<QLineEdit*>(QStringLiteral("contactChoiceName")), Qt::Key_Return);
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("meetingsLogButton")), Qt::LeftButton);
        QTRY_VERIFY((draft = dialog()) != nullptr);
        QVERIFY(draft->isDraft());
        QVERIFY(draft->windowTitle().contains(QStringLiteral("Anaïs Bérard")));
        QTest::mouseClick(draft->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        QTRY_COMPARE(session()->meetings()->allMeetings().size(), 1);
        QCOMPARE(session()->meetings()->allMeetings().first().kind, MeetingKind::Email);
    }

    void savingANewMeetingCreatesOneAndWarnsOfTheNext()
    {
        MeetingDialog* draft = startSchedulingWithAna();
        QVERIFY(draft);
        auto* warning = draft->findChild<QLabel*>(QStringLiteral("meetingClashWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisible()); // nothing planned with Ana yet
        auto* place = draft->findChild<QLineEdit*>(QStringLiteral("meetingPlace"));
        place->setText(QStringLiteral("Café Lumen"));
        QTest::mouseClick(draft->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        QCOMPARE(meetingsWithAna(), 1);
        const Meeting first = session()->meetings()->meetingsOf(m_ana).first();
        QCOMPARE(first.place, QStringLiteral("Café Lumen"));
        QCOMPARE(first.status, MeetingStatus::Planned);
        QCOMPARE(draft->meetingId(), first.id);
        QVERIFY(!warning->isVisible()); // a saved meeting does not warn about itself
        draft->close();
        QTRY_VERIFY(dialog() == nullptr);

        // Schedule… again: the same day is already taken, and the window says so, without refusing.
        MeetingDialog* second = startSchedulingWithAna();
        QVERIFY(second);
        QVERIFY(second->isDraft());
        warning = second->findChild<QLabel*>(QStringLiteral("meetingClashWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QStringLiteral("Ana Lopez already has a meeting planned for ")),
            qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QLocale().toString(first.start.date(), QStringLiteral("ddd d MMM"))));
        Test::saveScreenshot(second, QStringLiteral("meeting-schedule-warning.png"));
        // Another day still ahead: the planned meeting is still named.
        auto* start = second->findChild<QDateTimeEdit*>(QStringLiteral("meetingStart"));
        start->setDateTime(first.start.addDays(7));
        emit start->editingFinished();
        QVERIFY(warning->isVisible());
        QTest::mouseClick(second->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        QCOMPARE(meetingsWithAna(), 2); // a warning, not a block
        QVERIFY(!warning->isVisible());
        QCOMPARE(session()->meetings()->meeting(second->meetingId())->start, first.start.addDays(7)); // as chosen
        QCOMPARE(start->dateTime(), first.start.addDays(7));
    }

    void notesAreSavedWhileTypingAndSurviveReopening()
    {
        scheduleWithAna();
        QTextEdit* edit = dialog()->notesEditor()->textEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Started in a wet lab; moved to writing after a course."));
        // No fixed sleep: the notes are in the database as soon as the autosave runs.
        QTRY_VERIFY_WITH_TIMEOUT(
            session()->meetings()->meeting(m_meeting)->notes.contains(QStringLiteral("wet lab")), 5000);
        // Bold through the toolbar's shortcut, on a new line.
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Pay"));
        QTRY_VERIFY_WITH_TIMEOUT(
            session()->meetings()->meeting(m_meeting)->notes.contains(QStringLiteral("**Pay**")), 5000);

        // Another connection, as after a restart, reads the same words.
        Database again;
        QVERIFY(again.open(path(), Database::OpenMode::MustExist));
        QVERIFY(MeetingStore(again).meeting(m_meeting)->notes.contains(QStringLiteral("moved to writing")));
        QVERIFY(ContactStore(again).search(QStringLiteral("wet")).contains(m_ana)); // and search finds them
        Test::saveScreenshot(dialog(), QStringLiteral("meeting-notes.png"));
    }

    void questionsAreTickedAndAnswered()
    {
        scheduleWithAna();
        auto* checklist = dialog()->findChild<QTreeView*>(QStringLiteral("questionChecklist"));
        QAbstractItemModel* model = checklist->model();
        const QModelIndex firstGroup = model->index(0, 0);
        QVERIFY(model->setData(model->index(0, 0, firstGroup), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0, 1, firstGroup), QStringLiteral("Through a postdoc")));
        const auto asked = QuestionBank::forMeeting(session()->database().connection(), m_meeting);
        QVERIFY(asked.first().asked);
        QCOMPARE(asked.first().answer, QStringLiteral("Through a postdoc"));
        // Each is an edit of its own, undone from the Edit menu.
        QCOMPARE(session()->undoStack()->undoText(), QStringLiteral("Answer question"));
        session()->undoStack()->undo();
        QCOMPARE(model->index(0, 1, firstGroup).data().toString(), QString());
        QVERIFY(QuestionBank::forMeeting(session()->database().connection(), m_meeting).first().answer.isEmpty());
        session()->undoStack()->redo();
        QCOMPARE(model->index(0, 1, firstGroup).data().toString(), QStringLiteral("Through a postdoc"));
        dialog()->findChild<QTabWidget*>()->setCurrentWidget(checklist);
        Test::saveScreenshot(dialog(), QStringLiteral("meeting-questions.png"));
        // The referrals question is last, as career centres teach.
        const QModelIndex lastGroup = model->index(model->rowCount() - 1, 0);
        QCOMPARE(model->index(model->rowCount(lastGroup) - 1, 0, lastGroup).data().toString(),
            QStringLiteral("Who else should I talk to? May I mention your name?"));
    }

    void referralsGivenBecomeContacts()
    {
        scheduleWithAna();
        MeetingDialog* d = dialog();
        d->findChild<QTabWidget*>()->setCurrentIndex(2);
        d->findChild<QLineEdit*>(QStringLiteral("givenName"))->setText(QStringLiteral("Chloé Marchand"));
        d->findChild<QLineEdit*>(QStringLiteral("givenRole"))->setText(QStringLiteral("Medical Writer"));
        d->findChild<QLineEdit*>(QStringLiteral("givenOrganization"))->setText(QStringLiteral("Nordlys"));
        d->findChild<QComboBox*>(QStringLiteral("givenMayUse"))->setCurrentIndex(1);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addGivenButton")), Qt::LeftButton);
        const QSet<qint64> found = session()->store()->search(QStringLiteral("Chloé"));
        QCOMPARE(found.size(), 1);
        const qint64 chloe = *found.cbegin();
        QCOMPARE(session()->store()->contact(chloe)->organization, QStringLiteral("Nordlys"));
        const auto links = session()->links()->linksOf(chloe);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().referrerId, m_ana);
        QCOMPARE(links.first().mayUseName, std::optional<bool>(true));
        auto* given = d->findChild<QListView*>(QStringLiteral("givenList"));
        QAbstractItemModelTester tester(given->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(given->model()->rowCount(), 1);
        QCOMPARE(given->model()->index(0, 0).data().toString(),
            QStringLiteral("Chloé Marchand, Nordlys · ") + MeetingDialog::tr("may use name"));
        Test::saveScreenshot(d, QStringLiteral("meeting-referrals-given.png"));

        // The list follows the stores: a rename is that row changed, Edit ▸ Undo takes the row away.
        QSignalSpy changed(given->model(), &QAbstractItemModel::dataChanged);
        Contact renamed = *session()->store()->contact(chloe);
        renamed.lastName = QStringLiteral("Marchand-Roy");
        QVERIFY(session()->store()->updateContact(renamed));
        QCOMPARE(changed.size(), 1);
        QVERIFY(given->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Chloé Marchand-Roy, ")));
        QSignalSpy removed(given->model(), &QAbstractItemModel::rowsRemoved);
        session()->undoStack()->undo(); // the contact and the link, one step
        QCOMPARE(given->model()->rowCount(), 0);
        QCOMPARE(removed.size(), 1);
    }

    void markingItHeldProposesFollowUps()
    {
        scheduleWithAna();
        MeetingDialog* d = dialog();
        auto* status = d->findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        whenModalOpens([](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("followUpProposals"));
            auto* list = modal->findChild<QTreeView*>(QStringLiteral("proposalList"));
            QAbstractItemModel* proposals = list->model();
            QCOMPARE(proposals->rowCount(), 3); // thank-you, LinkedIn, and tell Ben (the referrer)
            QVERIFY(proposals->index(2, 0).data().toString().contains(QStringLiteral("Ben Wu")));
            QVERIFY(proposals->setData(proposals->index(1, 0), Qt::Unchecked, Qt::CheckStateRole)); // not on LinkedIn
            static_cast<QDialog*>(modal)->accept();
        });
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // planned for tomorrow: held anyway
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        emit status->activated(status->currentIndex());
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::Met);
        const auto followUps = session()->meetings()->followUpsOf(m_ana);
        QCOMPARE(followUps.size(), 2);
        QCOMPARE(followUps.first().kind, FollowUpKind::ThankYou);
    }

    // Someone written to ten days ago who has not answered is on Today, and Nudge… writes to them.
    void todayListsWhoIsWaitingForAReplyAndNudges()
    {
        Contact ana = *session()->store()->contact(m_ana);
        ana.stage = Stage::ReachedOut;
        QVERIFY(session()->store()->updateContact(ana));
        Meeting wrote;
        wrote.contactId = m_ana;
        wrote.kind = MeetingKind::Email;
        wrote.status = MeetingStatus::Held;
        wrote.start = QDateTime::currentDateTime().addDays(-10);
        QVERIFY(session()->meetings()->addMeeting(wrote));
        m_window->findChild<QAction*>(QStringLiteral("showTodayAction"))->trigger();
        TodayPanel* today = m_window->todayPanel();
        QTRY_COMPARE(today->dashboard().waitingForReply.size(), 1);
        auto* view = today->findChild<QTreeView*>(QStringLiteral("todayList"));
        QModelIndex nudge;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex section = view->model()->index(row, 0);
            if (section.data().toString().startsWith(QStringLiteral("Waiting for a reply")))
                nudge = view->model()->index(0, DashboardModel::ActionColumn, section);
        }
        QVERIFY(nudge.isValid());
        QCOMPARE(nudge.data().toString(), QStringLiteral("Nudge…"));
        bool opened = false;
        whenModalOpens([&opened](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("outreachDialog"));
            QVERIFY(modal->windowTitle().contains(QStringLiteral("Ana Lopez")));
            opened = true;
            modal->close();
        });
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(nudge).center());
        QTRY_VERIFY(opened);
    }

    void todayOffersTheThankYouAndDoneIsUndoable()
    {
        scheduleWithAna();
        holdTheMeeting();
        m_window->findChild<QAction*>(QStringLiteral("showTodayAction"))->trigger();
        TodayPanel* today = m_window->todayPanel();
        QTRY_COMPARE(today->dashboard().thankYousOwed.size(), 1);
        Test::saveScreenshot(m_window.get(), QStringLiteral("today.png"));
        auto* view = today->findChild<QTreeView*>(QStringLiteral("todayList"));
        QVERIFY(view);
        // The line under "Thank-you notes to send", found as a person would: by its heading.
        const auto thanksLine = [view] {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex section = model->index(row, 0);
                if (section.data().toString().startsWith(QStringLiteral("Thank-you")))
                    return model->index(0, DashboardModel::ActionColumn, section);
            }
            return QModelIndex();
        };
        QModelIndex thanks = thanksLine();
        QVERIFY(thanks.isValid());
        QCOMPARE(thanks.data().toString(), QStringLiteral("Done"));
        // A click on the Done button the delegate draws in the line.
        const QRect button = view->visualRect(thanks);
        QVERIFY(!button.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
        QTRY_VERIFY(today->dashboard().thankYousOwed.isEmpty());
        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QTRY_COMPARE(today->dashboard().thankYousOwed.size(), 1);
        m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        QTRY_VERIFY(today->dashboard().thankYousOwed.isEmpty());

        // The keyboard's way: Space on the line does what the button does.
        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QTRY_COMPARE(today->dashboard().thankYousOwed.size(), 1);
        thanks = thanksLine();
        QVERIFY(thanks.isValid());
        view->setFocus();
        view->setCurrentIndex(thanks.siblingAtColumn(DashboardModel::WhatColumn));
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(today->dashboard().thankYousOwed.isEmpty());

        // An import or a restore starts the list over; its sections come back open.
        session()->store()->notifyContactsReset();
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(view->isExpanded(view->model()->index(0, 0)));
    }

    void reflectionShowsInCareerPaths()
    {
        scheduleWithAna();
        holdTheMeeting();
        MeetingDialog* d = dialog();
        d->findChild<QTabWidget*>()->setCurrentIndex(3);
        QTest::mouseClick(d->findChild<QRadioButton*>(QStringLiteral("reflection_drawn")), Qt::LeftButton);
        auto* takeaway = d->findChild<QLineEdit*>(QStringLiteral("meetingTakeaway"));
        takeaway->setText(QStringLiteral("Regulatory writing uses my science daily"));
        emit takeaway->editingFinished();
        QCOMPARE(session()->meetings()->meeting(m_meeting)->reflection, Reflection::DrawnToIt);
        m_window->findChild<QAction*>(QStringLiteral("showCareerPathsAction"))->trigger();
        const QAbstractItemModel* paths = m_window->findChild<QTreeView*>(QStringLiteral("careerPathsList"))->model();
        QTRY_COMPARE(paths->rowCount(paths->index(0, 0)), 1);
        const QModelIndex drawn = paths->index(0, 0, paths->index(0, 0));
        QCOMPARE(drawn.data().toString(), QStringLiteral("Regulatory Writer at Acme"));
        QCOMPARE(
            drawn.siblingAtColumn(3).data().toString(), QStringLiteral("Regulatory writing uses my science daily"));
        Test::saveScreenshot(m_window.get(), QStringLiteral("career-paths.png"));
        m_window->findChild<QAction*>(QStringLiteral("showMeetingsAction"))->trigger();
        auto* meetingsView = m_window->findChild<QTreeView*>(QStringLiteral("meetingsList"));
        QTRY_VERIFY(meetingsView->model()->rowCount() == 1); // nothing upcoming: Past alone
        QVERIFY(meetingsView->isExpanded(meetingsView->model()->index(0, 0))); // Past, open
        Test::saveScreenshot(m_window.get(), QStringLiteral("meetings.png"));
        Test::saveScreenshot(d, QStringLiteral("meeting-reflection.png"));
    }

    void undoingTheStatusPutsTheStageBack()
    {
        scheduleWithAna();
        QTextEdit* edit = dialog()->notesEditor()->textEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Started in a wet lab."));
        QTRY_VERIFY(session()->meetings()->meeting(m_meeting)->notes.contains(QStringLiteral("wet lab")));
        holdTheMeeting();
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::Met);
        QUndoStack* undo = session()->undoStack();
        // Undo until the meeting is no longer held (past the follow-ups accepted with it): planned again.
        while (session()->meetings()->meeting(m_meeting)->status == MeetingStatus::Held && undo->canUndo())
            undo->undo();
        QCOMPARE(session()->meetings()->meeting(m_meeting)->status, MeetingStatus::Planned);
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::Scheduled);
        // Notes typed are never taken back by Undo of a field.
        QVERIFY(session()->meetings()->meeting(m_meeting)->notes.contains(QStringLiteral("wet lab")));
    }

    void prepSheetPreviewsAndSavesPdf()
    {
        scheduleWithAna();
        const QString pdf = m_dir.filePath(QStringLiteral("ana.pdf"));
        whenModalOpens([pdf](QWidget* modal) {
            auto* window = qobject_cast<PrepSheetWindow*>(modal);
            QVERIFY(window);
            QTRY_VERIFY(window->pageCount() >= 1 && window->pageCount() <= 2);
            QVERIFY(window->html().contains(QStringLiteral("Referred by Ben Wu")));
            Test::saveScreenshot(window, QStringLiteral("prep-sheet-preview.png"));
            FileDialogs::setNextSavePath(pdf); // the dialog seam answers "where?"
            QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
            window->reject();
        });
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("prepSheetButton")), Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void closingTheWindowSavesTheNotes()
    {
        scheduleWithAna();
        QTextEdit* edit = dialog()->notesEditor()->textEdit();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" Last words"));
        dialog()->close(); // before the autosave timer: closing saves
        QVERIFY(session()->meetings()->meeting(m_meeting)->notes.contains(QStringLiteral("Last words")));
        QTRY_VERIFY(dialog() == nullptr);
    }

    void profileQuestionBankAndTemplatesAreUndoable()
    {
        QUndoStack* undo = session()->undoStack();
        whenModalOpens([](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("profileDialog"));
            modal->findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(QStringLiteral("Dana Kim"));
            Test::saveScreenshot(modal, QStringLiteral("profile.png"));
            static_cast<QDialog*>(modal)->accept();
        });
        m_window->findChild<QAction*>(QStringLiteral("profileAction"))->trigger();
        QCOMPARE(session()->profile()->profile()->name, QStringLiteral("Dana Kim"));
        QCOMPARE(undo->undoText(), QStringLiteral("Edit my profile"));

        // The bank's first question, unticked in the dialog's tree.
        const Question first = session()->questions()->questions().first();
        whenModalOpens([](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("questionBankDialog"));
            QAbstractItemModel* model = modal->findChild<QTreeView*>(QStringLiteral("questionBankTree"))->model();
            QVERIFY(model->setData(model->index(0, 0, model->index(0, 0)), Qt::Unchecked, Qt::CheckStateRole));
            Test::saveScreenshot(modal, QStringLiteral("question-bank.png"));
            static_cast<QDialog*>(modal)->reject();
        });
        m_window->findChild<QAction*>(QStringLiteral("questionBankAction"))->trigger();
        QVERIFY(!session()->questions()->question(first.id)->active);
        QCOMPARE(undo->undoText(), QStringLiteral("Stop asking question"));
        undo->undo();
        QVERIFY(session()->questions()->question(first.id)->active);

        // A template's subject, saved on moving to the next one.
        const OutreachTemplate request = session()->templates()->templates().first();
        whenModalOpens([](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("templatesDialog"));
            auto* list = modal->findChild<QListView*>(QStringLiteral("templateList"));
            QCOMPARE(list->currentIndex().row(), 0);
            modal->findChild<QLineEdit*>(QStringLiteral("templateSubject"))->setText(QStringLiteral("Coffee?"));
            Test::saveScreenshot(modal, QStringLiteral("templates.png"));
            list->setCurrentIndex(list->model()->index(1, 0));
            static_cast<QDialog*>(modal)->reject();
        });
        m_window->findChild<QAction*>(QStringLiteral("templatesAction"))->trigger();
        QCOMPARE(session()->templates()->outreachTemplate(request.id)->subject, QStringLiteral("Coffee?"));
        QCOMPARE(undo->undoText(), QStringLiteral("Edit template “%1”").arg(request.name));
        undo->undo();
        QCOMPARE(session()->templates()->outreachTemplate(request.id)->subject, request.subject);
        undo->undo();
        QCOMPARE(session()->profile()->profile()->name, QString());
    }

    void writingFillsTheTemplateAndSavingItIsUndoable()
    {
        OutreachDialog writer(session(), m_ana, m_window.get());
        QVERIFY(writer.body().contains(QStringLiteral("Ben Wu suggested I get in touch with you.")));
        QVERIFY(writer.subject().contains(QStringLiteral("Acme")));
        const qsizetype before = session()->templates()->templates().size();
        whenModalOpens([](QWidget* modal) {
            auto* input = qobject_cast<QInputDialog*>(modal);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("For Acme people"));
            input->accept();
        });
        QTest::mouseClick(writer.findChild<QPushButton*>(QStringLiteral("saveAsTemplateButton")), Qt::LeftButton);
        const QList<OutreachTemplate> templates = session()->templates()->templates();
        QCOMPARE(templates.size(), before + 1);
        QCOMPARE(templates.last().name, QStringLiteral("For Acme people"));
        QVERIFY(templates.last().subject.contains(QStringLiteral("{organization}"))); // placeholders again
        auto* chooser = writer.findChild<QComboBox*>(QStringLiteral("outreachTemplate"));
        QCOMPARE(chooser->count(), before + 2); // and the blank message, still last
        QCOMPARE(chooser->itemText(int(before)), QStringLiteral("For Acme people"));
        QCOMPARE(chooser->itemText(chooser->count() - 1), OutreachDialog::tr("Blank message"));
        QCOMPARE(session()->undoStack()->undoText(), QStringLiteral("Add template “For Acme people”"));
        session()->undoStack()->undo();
        QCOMPARE(session()->templates()->templates().size(), before);
    }

    void copyingOffersToLogTheMessageAsSent()
    {
        Contact ana = *session()->store()->contact(m_ana);
        ana.stage = Stage::ToContact;
        QVERIFY(session()->store()->updateContact(ana));
        const qsizetype meetingsBefore = session()->meetings()->meetingsOf(m_ana).size();
        OutreachDialog writer(session(), m_ana, m_window.get());
        writer.show();
        auto* note = writer.findChild<QLabel*>(QStringLiteral("outreachSentNote"));
        auto* log = writer.findChild<QPushButton*>(QStringLiteral("logAsSentButton"));
        QVERIFY(note && log);
        QVERIFY(!note->isVisible() && !log->isVisible()); // nothing has left the dialog yet
        // Without an address, the text can only be copied (into LinkedIn), and the dialog says so.
        QVERIFY(!writer.findChild<QPushButton*>(QStringLiteral("openInMailButton"))->isEnabled());
        auto* body = writer.findChild<QPlainTextEdit*>(QStringLiteral("outreachBody"));
        body->setPlainText(QStringLiteral("Hello *Ana*, <b>20 minutes</b>?\n# not a heading_"));
        QTest::mouseClick(writer.findChild<QPushButton*>(QStringLiteral("copyMessageButton")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().endsWith(body->toPlainText()));
        QVERIFY(note->isVisible() && log->isVisible());
        QVERIFY(note->text().contains(OutreachDialog::tr("Copied to the clipboard.")));

        QTest::mouseClick(log, Qt::LeftButton);
        const QList<Meeting> meetings = session()->meetings()->meetingsOf(m_ana);
        QCOMPARE(meetings.size(), meetingsBefore + 1);
        const auto sent = std::find_if(meetings.cbegin(), meetings.cend(),
            [](const Meeting& m) { return m.kind == MeetingKind::Email && m.status == MeetingStatus::Held; });
        QVERIFY(sent != meetings.cend());
        QCOMPARE(sent->start.date(), QDate::currentDate());
        QVERIFY(NotesMarkdown::plainText(sent->notes).endsWith(body->toPlainText())); // every character kept
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::ReachedOut);
        QVERIFY(!log->isVisible());
        QTest::mouseClick(writer.findChild<QPushButton*>(QStringLiteral("copyMessageButton")), Qt::LeftButton);
        QVERIFY(!log->isVisible()); // logged once, however often it is copied

        session()->undoStack()->undo();
        QCOMPARE(session()->meetings()->meetingsOf(m_ana).size(), meetingsBefore);
        QCOMPARE(session()->store()->contact(m_ana)->stage, Stage::ToContact);

        ana = *session()->store()->contact(m_ana);
        ana.emails = {{QStringLiteral("work"), QStringLiteral("ana@acme.example")}};
        QVERIFY(session()->store()->updateContact(ana));
        OutreachDialog withAddress(session(), m_ana, m_window.get());
        QVERIFY(withAddress.findChild<QPushButton*>(QStringLiteral("openInMailButton"))->isEnabled());
    }

    void writingStartsFromWhereThePersonStands_data()
    {
        QTest::addColumn<int>("stage"); // a Stage
        QTest::addColumn<bool>("thankYouOwed");
        QTest::addColumn<int>("kind"); // a TemplateKind, or -1 for the blank message
        QTest::newRow("to contact") << int(Stage::ToContact) << false << int(TemplateKind::Request);
        QTest::newRow("scheduled") << int(Stage::Scheduled) << false << -1;
        QTest::newRow("scheduled, a thank-you owed") << int(Stage::Scheduled) << true << int(TemplateKind::ThankYou);
        QTest::newRow("met") << int(Stage::Met) << false << int(TemplateKind::ThankYou);
        QTest::newRow("keep warm") << int(Stage::KeepWarm) << false << int(TemplateKind::CheckIn);
    }

    void writingStartsFromWhereThePersonStands()
    {
        QFETCH(int, stage);
        QFETCH(bool, thankYouOwed);
        QFETCH(int, kind);
        Contact ana = *session()->store()->contact(m_ana);
        ana.stage = Stage(stage);
        QVERIFY(session()->store()->updateContact(ana));
        if (thankYouOwed) {
            FollowUp thanks;
            thanks.contactId = m_ana;
            thanks.kind = FollowUpKind::ThankYou;
            thanks.due = QDate::currentDate();
            thanks.text = QStringLiteral("Thank Ana");
            QVERIFY(session()->meetings()->addFollowUp(thanks));
        }
        const QList<OutreachTemplate> templates = session()->templates()->templates();
        OutreachDialog writer(session(), m_ana, m_window.get());
        auto* chooser = writer.findChild<QComboBox*>(QStringLiteral("outreachTemplate"));
        if (kind < 0) {
            QCOMPARE(chooser->currentIndex(), chooser->count() - 1);
            QCOMPARE(chooser->currentText(), OutreachDialog::tr("Blank message"));
            QVERIFY(writer.subject().isEmpty());
            QVERIFY(writer.body().isEmpty());
            return;
        }
        QVERIFY(chooser->currentIndex() < templates.size());
        const OutreachTemplate& chosen = templates.at(chooser->currentIndex());
        QCOMPARE(int(chosen.kind), kind);
        QVERIFY(std::none_of(templates.cbegin(), templates.cbegin() + chooser->currentIndex(),
            [kind](const OutreachTemplate& t) { return int(t.kind) == kind; })); // the first of its kind
        QVERIFY(!writer.body().isEmpty());
    }
};

QTEST_MAIN(TestMeetingFlow)
#include "tst_meetingflow.moc"
