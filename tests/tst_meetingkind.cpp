// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A meeting's kind changed in its window, clicked through the real window: an e-mail recorded
// with Log… that was in fact an interview is held like one (the stage moves on, the follow-ups are
// offered once), its length follows the kind unless the user chose one, and the place field
// suggests what suits the kind.
#include "ContactListView.h"
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MeetingTypes.h"
#include "MeetingsPanel.h"
#include "MeetingsTreeModel.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Rapport;

class TestMeetingKind : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ravi = 0;
    qint64 m_ben = 0;

    // Monday 7 December 2026, 09:00 here.
    static QDateTime now() { return QDateTime(QDate(2026, 12, 7), QTime(9, 0)); }
    NetworkSession* session() const { return m_window->session(); }
    MeetingDialog* dialog() const { return m_window->findChild<MeetingDialog*>(); }
    template <typename T>
    T* field(const char* name) const
    {
        return dialog()->findChild<T*>(QString::fromLatin1(name));
    }

    // Log… on Ravi's contact, then Save: a held e-mail, its window open (Log… alone writes nothing).
    qint64 logWithRavi()
    {
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->findChild<ContactListView*>()->selectContact(m_ravi);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("logInteractionButton")), Qt::LeftButton);
        [&] { QTRY_VERIFY(dialog() != nullptr); }();
        if (!dialog() || !dialog()->isDraft())
            return 0;
        QTest::mouseClick(field<QPushButton>("saveMeetingButton"), Qt::LeftButton);
        return dialog() ? dialog()->meetingId() : 0;
    }

    // Picks a kind in the open meeting window, as the user does.
    void chooseKind(MeetingKind kind)
    {
        auto* box = field<QComboBox>("meetingKind");
        box->setCurrentIndex(box->findData(MeetingTypes::key(kind)));
        emit box->activated(box->currentIndex());
    }

    // Runs body and accepts every follow-up proposal that opens meanwhile; returns how many did.
    static int proposalsAcceptedDuring(const std::function<void()>& body)
    {
        int offered = 0;
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, [&offered] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (modal && modal->isVisible() && modal->objectName() == QLatin1String("followUpProposals")) {
                ++offered;
                modal->accept();
            }
        });
        watcher.start();
        body();
        watcher.stop();
        return offered;
    }

    int followUpsOfRavi() const { return int(session()->meetings()->followUpsOf(m_ravi).size()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_meetingkind"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_clock = std::make_unique<Test::FixedClock>(now());
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        const QString path = m_folder->filePath(QStringLiteral("kind.rapport"));
        {
            Database database;
            QVERIFY(database.open(path));
            ContactStore contacts(database);
            Contact ravi = Test::sampleContact(QStringLiteral("Ravi"), QStringLiteral("Menon"));
            ravi.stage = Stage::ReachedOut;
            m_ravi = contacts.addContact(ravi);
            m_ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
            Referral referral;
            referral.referrerId = m_ben;
            referral.referredId = m_ravi;
            QVERIFY(ReferralStore(database).add(referral));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        QVERIFY(m_window->openNetwork(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
        m_clock.reset();
    }

    // The new-user trial: Log…, then the date set back and the kind made an interview. It is held
    // like one marked held: Ravi is met, the steps are offered once, the length is an interview's.
    void aLoggedEmailMadeAnInterviewIsHeld()
    {
        const qint64 id = logWithRavi();
        QVERIFY(id);
        QCOMPARE(session()->meetings()->meeting(id)->kind, MeetingKind::Email);
        QCOMPARE(session()->store()->contact(m_ravi)->stage, Stage::ReachedOut); // an e-mail is not a meeting
        QCOMPARE(field<QLineEdit>("meetingPlace")->placeholderText(), QString()); // an e-mail has no place
        QUndoStack* undo = session()->undoStack();
        const int logged = undo->index();

        auto* start = field<QDateTimeEdit>("meetingStart");
        start->setDateTime(QDateTime(now().date().addDays(-3), QTime(14, 0)));
        int offered = proposalsAcceptedDuring([start] { emit start->editingFinished(); });
        QCOMPARE(offered, 0); // still an e-mail
        QCOMPARE(undo->index(), logged + 1);

        offered = proposalsAcceptedDuring([this] { chooseKind(MeetingKind::InformationalInterview); });
        QCOMPARE(offered, 1);
        const Meeting held = *session()->meetings()->meeting(id);
        QCOMPARE(held.kind, MeetingKind::InformationalInterview);
        QCOMPARE(held.status, MeetingStatus::Held);
        QCOMPARE(held.durationMinutes, 30); // an interview's, not the e-mail's 5
        QCOMPARE(field<QSpinBox>("meetingDuration")->value(), 30);
        QCOMPARE(
            field<QLineEdit>("meetingPlace")->placeholderText(), MeetingDialog::tr("Café, office, or a video link"));
        QCOMPARE(session()->store()->contact(m_ravi)->stage, Stage::Met);
        const QList<FollowUp> steps = session()->meetings()->followUpsOf(m_ravi);
        QCOMPARE(steps.size(), 3); // thanks, LinkedIn, telling Ben
        for (const FollowUp& f : steps)
            QCOMPARE(f.meetingId, id);
        // The kind (with its length and the stage), then the follow-ups: one step each.
        QCOMPARE(undo->index(), logged + 3);
        Test::saveScreenshot(dialog(), QStringLiteral("logged-made-interview.png"));

        // Another meeting kind, or back to an e-mail and again an interview: nothing offered twice,
        // and the stage never goes back.
        offered = proposalsAcceptedDuring([this] {
            chooseKind(MeetingKind::Coffee);
            chooseKind(MeetingKind::Email);
            chooseKind(MeetingKind::InformationalInterview);
        });
        QCOMPARE(offered, 0);
        QCOMPARE(followUpsOfRavi(), 3);
        QCOMPARE(session()->store()->contact(m_ravi)->stage, Stage::Met);

        // Undo takes the kind change back with the stage and the length: an e-mail again.
        while (undo->index() > logged + 1)
            undo->undo();
        QCOMPARE(followUpsOfRavi(), 0);
        QVERIFY(session()->meetings()->meeting(id));
        const Meeting email = *session()->meetings()->meeting(id);
        QCOMPARE(email.kind, MeetingKind::Email);
        QCOMPARE(email.durationMinutes, 5);
        QCOMPARE(session()->store()->contact(m_ravi)->stage, Stage::ReachedOut);
        QTRY_COMPARE(field<QSpinBox>("meetingDuration")->value(), 5);
    }

    // A length the user typed is theirs: a new kind does not change it.
    void aChosenLengthStays()
    {
        const qint64 id = logWithRavi();
        QVERIFY(id);
        auto* length = field<QSpinBox>("meetingDuration");
        length->setValue(45);
        emit length->editingFinished();
        QCOMPARE(session()->meetings()->meeting(id)->durationMinutes, 45);
        proposalsAcceptedDuring([this] { chooseKind(MeetingKind::Coffee); });
        QCOMPARE(session()->meetings()->meeting(id)->kind, MeetingKind::Coffee);
        QCOMPARE(session()->meetings()->meeting(id)->durationMinutes, 45);
        QCOMPARE(session()->store()->contact(m_ravi)->stage, Stage::Met);
    }

    // A new meeting, not saved yet: the length and the place hint follow the kind as it is picked.
    void aDraftFollowsTheKind()
    {
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->findChild<ContactListView*>()->selectContact(m_ravi);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("scheduleMeetingButton")), Qt::LeftButton);
        QTRY_VERIFY(dialog() != nullptr);
        QVERIFY(dialog()->isDraft());
        QCOMPARE(field<QSpinBox>("meetingDuration")->value(), 30);
        chooseKind(MeetingKind::Email);
        QCOMPARE(field<QSpinBox>("meetingDuration")->value(), 5);
        QCOMPARE(field<QLineEdit>("meetingPlace")->placeholderText(), QString());
        chooseKind(MeetingKind::Call);
        QCOMPARE(field<QSpinBox>("meetingDuration")->value(), 30);
        QCOMPARE(field<QLineEdit>("meetingPlace")->placeholderText(), MeetingDialog::tr("A phone number"));
        chooseKind(MeetingKind::VideoCall);
        QCOMPARE(field<QLineEdit>("meetingPlace")->placeholderText(), MeetingDialog::tr("A video link"));
        QVERIFY(session()->meetings()->meetingsOf(m_ravi).isEmpty()); // still nothing written
    }

    // The Meetings view shows a heading only over meetings, and says when there are none.
    void theMeetingsViewHasNoEmptyHeadings()
    {
        auto* panel = m_window->findChild<MeetingsPanel*>(QStringLiteral("meetingsPanel"));
        QVERIFY(panel);
        m_window->findChild<QAction*>(QStringLiteral("showMeetingsAction"))->trigger();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->view()->shownPlaceholder().isEmpty());
        QVERIFY(logWithRavi());
        dialog()->close();
        m_window->findChild<QAction*>(QStringLiteral("showMeetingsAction"))->trigger();
        QTRY_COMPARE(panel->model()->rowCount(), 1); // Past, and no Upcoming over nothing
        QVERIFY(panel->model()->sectionIndex(MeetingsTreeModel::Past).isValid());
        QVERIFY(!panel->model()->sectionIndex(MeetingsTreeModel::Upcoming).isValid());
        QVERIFY(panel->view()->shownPlaceholder().isEmpty());
    }
};

QTEST_MAIN(TestMeetingKind)
#include "tst_meetingkind.moc"
