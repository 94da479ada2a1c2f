// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 16, the meetings part: a meeting still ahead is marked held only when the user says so;
// the follow-ups proposed after an interview fit their dialog and their due dates can be changed;
// Career Paths and the Questions tab give the room to their text column.
#include "Clock.h"
#include "ContactStore.h"
#include "FollowUpProposalsDialog.h"
#include "GuiTestSupport.h"
#include "KeepWarm.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MeetingTypes.h"
#include "MeetingsPanel.h"
#include "MeetingsTreeModel.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ProposedFollowUpsModel.h"
#include "QuestionChecklist.h"
#include "QuestionChecklistModel.h"
#include "QuestionStore.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace Rapport;

class TestMeetingDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<NetworkSession> m_session;
    std::unique_ptr<Test::FixedClock> m_clock;
    qint64 m_ana = 0;
    qint64 m_ben = 0;

    // Monday 7 December 2026, 09:00 here.
    static QDateTime now() { return QDateTime(QDate(2026, 12, 7), QTime(9, 0)); }

    qint64 addMeeting(const QDateTime& start, Reflection reflection = Reflection::None, const QString& takeaway = {},
        qint64 contactId = 0)
    {
        Meeting meeting;
        meeting.contactId = contactId ? contactId : m_ana;
        meeting.start = start;
        meeting.reflection = reflection;
        meeting.takeaway = takeaway;
        if (reflection != Reflection::None)
            meeting.status = MeetingStatus::Held;
        const qint64 id = m_session->meetings()->addMeeting(meeting);
        Q_ASSERT(id);
        return id;
    }

    static void chooseHeld(MeetingDialog* dialog)
    {
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        status->setCurrentIndex(status->findData(MeetingTypes::key(MeetingStatus::Held)));
        emit status->activated(status->currentIndex());
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        m_clock = std::make_unique<Test::FixedClock>(now());
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        QString error;
        m_session = NetworkSession::open(m_folder->filePath(QStringLiteral("dialogs.rapport")), &error);
        QVERIFY2(m_session, qPrintable(error));
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme"));
        ana.title = QStringLiteral("Regulatory Writer");
        m_ana = m_session->store()->addContact(ana);
        m_ben = m_session->store()->addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        Referral referral;
        referral.referrerId = m_ben;
        referral.referredId = m_ana;
        QVERIFY(m_session->links()->add(referral));
    }

    void cleanup()
    {
        m_session.reset();
        m_folder.reset();
        m_clock.reset();
    }

    void aMeetingStillAheadIsHeldOnlyWhenTheUserSaysSo()
    {
        const QDateTime start(now().date().addDays(3), QTime(10, 0));
        const qint64 id = addMeeting(start);
        MeetingDialog dialog(m_session.get(), id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy held(&dialog, &MeetingDialog::meetingHeld);
        auto* status = dialog.findChild<QComboBox*>(QStringLiteral("meetingStatus"));

        MessageBoxes::setNextAnswer(QMessageBox::No);
        chooseHeld(&dialog);
        QVERIFY(MessageBoxes::lastMessage().contains(QLocale().toString(start.date(), QLocale::LongFormat)));
        QCOMPARE(m_session->meetings()->meeting(id)->status, MeetingStatus::Planned);
        QCOMPARE(status->currentData().toString(), MeetingTypes::key(MeetingStatus::Planned)); // the box says so too
        QCOMPARE(held.size(), 0);
        QVERIFY(!m_session->undoStack()->canUndo()); // nothing was written

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        chooseHeld(&dialog);
        const Meeting heldMeeting = *m_session->meetings()->meeting(id);
        QCOMPARE(heldMeeting.status, MeetingStatus::Held);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().at(1).toDate(), start.date()); // the day it was planned for, to find its preparation
        // Held means it happened: its date moved to now, so "last contact" is not in the future.
        QVERIFY(heldMeeting.start <= Clock::currentDateTimeUtc());
        QCOMPARE(heldMeeting.start.toLocalTime().date(), now().date());
        // Its planned time of day stays when that is already past today.
        if (Clock::currentDateTimeUtc().toLocalTime().time() >= QTime(10, 0))
            QCOMPARE(heldMeeting.start.toLocalTime().time(), QTime(10, 0));
        QCOMPARE(dialog.findChild<QDateTimeEdit*>(QStringLiteral("meetingStart"))->dateTime(), heldMeeting.start);
        QCOMPARE(KeepWarm::checkIn(m_session->database().connection(), m_ana).lastContact, now().date());
        // One undo step puts back both the status and the date.
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        const Meeting undone = *m_session->meetings()->meeting(id);
        QCOMPARE(undone.status, MeetingStatus::Planned);
        QCOMPARE(undone.start, start);
        QCOMPARE(status->currentData().toString(), MeetingTypes::key(MeetingStatus::Planned));

        // The question's default (Enter) does what the user just chose: held.
        chooseHeld(&dialog);
        QCOMPARE(m_session->meetings()->meeting(id)->status, MeetingStatus::Held);
        QCOMPARE(status->currentData().toString(), MeetingTypes::key(MeetingStatus::Held));
        QCOMPARE(held.size(), 2);
    }

    void aMeetingTodayOrPastIsHeldWithoutAsking_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("later today") << QDateTime(now().date(), QTime(17, 0));
        QTest::newRow("yesterday") << now().addDays(-1);
    }

    void aMeetingTodayOrPastIsHeldWithoutAsking()
    {
        QFETCH(QDateTime, start);
        const qint64 id = addMeeting(start);
        MeetingDialog dialog(m_session.get(), id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        const QString marker = QStringLiteral("nothing asked since");
        MessageBoxes::information(nullptr, {}, marker); // remembered, not shown, in test mode
        chooseHeld(&dialog);
        QCOMPARE(m_session->meetings()->meeting(id)->status, MeetingStatus::Held);
        QCOMPARE(MessageBoxes::lastMessage(), marker);
    }

    void proposalsFitAndAChangedDueDateIsTheOneAdded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void proposalsFitAndAChangedDueDateIsTheOneAdded()
    {
        QFETCH(QString, language);
        const QLocale before;
        QTranslator translator;
        if (language != QStringLiteral("en")) {
            QVERIFY(translator.load(
                QLocale(language), QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

        const qint64 id = addMeeting(now().addSecs(-3600));
        const QDate chosenDue = now().date().addDays(4);
        bool checked = false;
        whenModalOpens([&](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("followUpProposals"));
            auto* view = modal->findChild<QTreeView*>(QStringLiteral("proposalList"));
            QVERIFY(view);
            QTRY_VERIFY(view->isVisible());
            const QAbstractItemModel* model = view->model();
            QCOMPARE(model->rowCount(), 3); // thank-you, LinkedIn, and tell Ben (the referrer)
            QCOMPARE(model->columnCount(), int(ProposedFollowUpsModel::ColumnCount));
            // At its default size every proposal shows in full: no column narrower than its
            // contents, none beyond the viewport, every row inside it.
            QVERIFY(!view->horizontalScrollBar()->isVisible());
            QVERIFY(!view->verticalScrollBar()->isVisible());
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY2(view->columnWidth(column) >= static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                    qPrintable(QString::number(column)));
            QVERIFY(view->header()->length() <= view->viewport()->width());
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex due = model->index(row, ProposedFollowUpsModel::DueColumn);
                QVERIFY(!due.data().toString().isEmpty());
                QVERIFY(view->viewport()->rect().contains(view->visualRect(due)));
                QVERIFY(view->viewport()->rect().contains(view->visualRect(due.siblingAtColumn(0))));
            }

            // The thank-you's date, changed in its date field; the Add button takes it as it stands.
            Test::saveScreenshot(modal, QStringLiteral("follow-up-proposals-%1.png").arg(language));
            const QModelIndex thanksDue = model->index(0, ProposedFollowUpsModel::DueColumn);
            view->setCurrentIndex(thanksDue); // a click on a date opens its field
            auto* editor = view->findChild<QDateEdit*>(QStringLiteral("dueEditor"));
            QVERIFY(editor);
            QVERIFY(editor->calendarPopup());
            editor->setDate(chosenDue);
            auto* buttons = modal->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            checked = true;
        });
        FollowUpProposalsDialog::offer(m_session.get(), id, now().date(), nullptr);
        QVERIFY(checked);
        const QList<FollowUp> followUps = m_session->meetings()->followUpsOf(m_ana);
        QCOMPARE(followUps.size(), 3); // thank-you, LinkedIn and telling Ben
        const auto thanks = std::find_if(
            followUps.cbegin(), followUps.cend(), [](const FollowUp& f) { return f.kind == FollowUpKind::ThankYou; });
        QVERIFY(thanks != followUps.cend());
        QCOMPARE(thanks->due, chosenDue);
    }

    // Ana, already connected and her referrer told after the first meeting, met again three weeks
    // ago and marked held only now: just the thank-you, due from today.
    void aSecondMeetingProposesOnlyWhatIsStillToDo()
    {
        Contact ana = *m_session->store()->contact(m_ana);
        ana.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ana-lopez");
        ana.connectedOn = now().date().addDays(-60);
        QVERIFY(m_session->store()->updateContact(ana));
        const qint64 first = addMeeting(now().addDays(-90), Reflection::DrawnToIt);
        FollowUp told;
        told.contactId = m_ana;
        told.meetingId = first;
        told.kind = FollowUpKind::TellReferrer;
        told.text = QStringLiteral("Tell Ben that you met Ana");
        told.due = now().date().addDays(-87);
        told.doneAt = now().addDays(-88);
        QVERIFY(m_session->meetings()->addFollowUp(told));
        const qint64 second = addMeeting(now().addDays(-21), Reflection::DrawnToIt);

        bool checked = false;
        whenModalOpens([&](QWidget* modal) {
            auto* view = modal->findChild<QTreeView*>(QStringLiteral("proposalList"));
            QVERIFY(view);
            const QAbstractItemModel* model = view->model();
            QCOMPARE(model->rowCount(), 1); // no LinkedIn invitation, Ben not told twice
            QCOMPARE(model->index(0, ProposedFollowUpsModel::DueColumn).data(Qt::EditRole).toDate(),
                now().date().addDays(1));
            auto* buttons = modal->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            checked = true;
        });
        FollowUpProposalsDialog::offer(m_session.get(), second, now().addDays(-21).date(), nullptr);
        QVERIFY(checked);
        const QList<FollowUp> followUps = m_session->meetings()->followUpsOf(m_ana);
        QCOMPARE(followUps.size(), 2); // the one told before, and the thank-you
        QCOMPARE(followUps.first().kind, FollowUpKind::ThankYou); // open ones first
        QCOMPARE(followUps.first().meetingId, second);
        QVERIFY(followUps.first().due >= Clock::currentDate()); // not overdue at once
    }

    void careerPathsGiveTheTakeawayTheRoom()
    {
        addMeeting(now().addDays(-9), Reflection::DrawnToIt,
            QStringLiteral("Regulatory writing uses my science every day, and the hours are humane; the team "
                           "reviews each other's drafts and I would learn fast there"));
        addMeeting(now().addDays(-2), Reflection::Unsure, QStringLiteral("Less lab time than I thought"), m_ben);
        MeetingsPanel panel(MeetingsPanel::Mode::CareerPaths);
        panel.setSession(m_session.get());
        panel.resize(760, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        PlaceholderTreeView* view = panel.view();
        QTRY_COMPARE(view->model()->rowCount(), 3); // the three reflections' sections
        QHeaderView* header = view->header();
        QCOMPARE(header->sectionResizeMode(MeetingsTreeModel::TakeawayColumn), QHeaderView::Stretch);
        const int text = view->columnWidth(MeetingsTreeModel::TakeawayColumn);
        for (const int column :
            {MeetingsTreeModel::RoleColumn, MeetingsTreeModel::PersonColumn, MeetingsTreeModel::WhenColumn}) {
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::ResizeToContents);
            QVERIFY2(text >= view->columnWidth(column), qPrintable(QString::number(column)));
        }
        QVERIFY(header->length() <= view->viewport()->width()); // no sideways scrolling
        Test::saveScreenshot(&panel, QStringLiteral("career-paths-columns.png"));
        // The long takeaway is cut off, and its tooltip has it in full.
        const QModelIndex drawn
            = view->model()->index(0, MeetingsTreeModel::TakeawayColumn, view->model()->index(0, 0));
        QVERIFY(view->sizeHintForColumn(MeetingsTreeModel::TakeawayColumn) > text);
        QVERIFY(drawn.data(Qt::ToolTipRole).toString().contains(drawn.data().toString()));
    }

    void theQuestionsGetTheRoomAndAnAnswerItsOwn()
    {
        const qint64 id = addMeeting(now().addSecs(-3600));
        QuestionChecklist checklist;
        checklist.load(m_session.get(), id);
        checklist.resize(700, 400);
        checklist.show();
        QVERIFY(QTest::qWaitForWindowExposed(&checklist));
        QuestionChecklistModel* model = checklist.checklistModel();
        QVERIFY(model->rowCount() > 0);
        const QModelIndex firstQuestion = model->index(0, QuestionChecklistModel::QuestionColumn, model->index(0, 0));
        QHeaderView* header = checklist.header();
        QCOMPARE(header->sectionResizeMode(QuestionChecklistModel::QuestionColumn), QHeaderView::Stretch);
        const auto widths = [&checklist] {
            return std::pair {checklist.columnWidth(QuestionChecklistModel::QuestionColumn),
                checklist.columnWidth(QuestionChecklistModel::AnswerColumn)};
        };
        // No answers yet: the empty answer column is only as wide as its title.
        auto [question, answer] = widths();
        QVERIFY(question >= answer);
        QVERIFY(answer <= header->sectionSizeHint(QuestionChecklistModel::AnswerColumn));
        QVERIFY(question >= checklist.columnWidth(QuestionChecklistModel::SheetColumn));
        QVERIFY(header->length() <= checklist.viewport()->width());

        // A long answer widens its column, up to a share of the width, and its tooltip has it all.
        const QModelIndex answerIndex = firstQuestion.siblingAtColumn(QuestionChecklistModel::AnswerColumn);
        const QString longAnswer = QStringLiteral("Start in medical writing at a contract research organisation, "
                                                  "then move to regulatory affairs after two years of submissions");
        QVERIFY(model->setData(answerIndex, longAnswer, Qt::EditRole));
        QTRY_VERIFY(checklist.columnWidth(QuestionChecklistModel::AnswerColumn) > answer);
        std::tie(question, answer) = widths();
        QVERIFY(question >= answer);
        QCOMPARE(answerIndex.data(Qt::ToolTipRole).toString(), longAnswer);
        Test::saveScreenshot(&checklist, QStringLiteral("questions-columns.png"));
        QVERIFY(header->length() <= checklist.viewport()->width());
    }
};

QTEST_MAIN(TestMeetingDialogs)
#include "tst_meetingdialogs.moc"
