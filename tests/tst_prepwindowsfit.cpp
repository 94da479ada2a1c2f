// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The prep sheet windows on a 1920×1080 laptop at 200% (issue 16): 960×540 logical pixels, where the
// preview once opened 1640×1800 device pixels tall and hid Save as PDF, Print and Close. Both
// windows stay within the screen, buttons in sight, and they count meetings in proper plurals.
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "NetworkSession.h"
#include "PrepBatchDialog.h"
#include "PrepSheetWindow.h"
#include "TestSupport.h"
#include "WindowFit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Rapport;

namespace {

const QDateTime kMonday(QDate(2026, 3, 9), QTime(9, 0));

// Where a widget's frame, or a button, runs past the room the screen leaves; empty if it is whole.
QString pastTheScreen(QWidget* widget)
{
    const QRect room = widget->screen()->availableGeometry();
    const QRect rect
        = widget->isWindow() ? widget->frameGeometry() : QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    if (room.contains(rect))
        return {};
    return QStringLiteral("%1 %2×%3 at %4,%5 runs past the screen's %6×%7")
        .arg(widget->objectName())
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y())
        .arg(room.width())
        .arg(room.height());
}

} // namespace

class TestPrepWindowsFit : public QObject
{
    Q_OBJECT

    Test::FixedClock m_clock {kMonday};
    QTemporaryDir m_dir;
    std::unique_ptr<NetworkSession> m_session;
    QWidget m_main; // stands in for the main window, as large as the screen allows
    QList<qint64> m_planned;

    void verifyFits(QWidget* window)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QString past = pastTheScreen(window);
        QVERIFY2(past.isEmpty(), qPrintable(past));
        const auto buttons = window->findChild<QDialogButtonBox*>()->buttons();
        QVERIFY(!buttons.isEmpty());
        for (QAbstractButton* button : buttons) {
            QVERIFY(button->isVisible());
            past = pastTheScreen(button);
            QVERIFY2(past.isEmpty(), qPrintable(button->text() + u' ' + past));
        }
    }

public:
    // The laptop of the trial: offscreen's screen at 1920×1080, Qt scaling it by 2.
    static void initMain()
    {
        qputenv("QT_SCALE_FACTOR", "2");
        Test::useOffscreenScreen(QSize(1920, 1080));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
        if (qgetenv("QT_QPA_PLATFORM").startsWith("offscreen"))
            QCOMPARE(room.size(), QSize(960, 540));
        QString error;
        m_session = NetworkSession::open(m_dir.filePath(QStringLiteral("fit.rapport")), &error);
        QVERIFY2(m_session, qPrintable(error));
        // This week: a coffee, a call and an interview, each with someone else.
        const QList<std::pair<QString, MeetingKind>> plans {{QStringLiteral("Ana"), MeetingKind::Coffee},
            {QStringLiteral("Ben"), MeetingKind::Call}, {QStringLiteral("Chloé"), MeetingKind::InformationalInterview}};
        int day = 0;
        for (const auto& [name, kind] : plans) {
            const qint64 contact = m_session->store()->addContact(Test::sampleContact(name, QStringLiteral("Lopez")));
            QVERIFY(contact);
            Meeting m;
            m.contactId = contact;
            m.kind = kind;
            m.start = QDateTime(kMonday.date().addDays(++day), QTime(10, 0));
            m.status = MeetingStatus::Planned;
            const qint64 id = m_session->meetings()->addMeeting(m);
            QVERIFY(id);
            m_planned.append(id);
        }
        m_main.setGeometry(room);
        m_main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_main));
    }

    void cleanupTestCase() { m_session.reset(); }

    // Room for the frame and a panel the window system may not report.
    void roomLeavesAMargin()
    {
        const QSize room = WindowFit::room(&m_main);
        const QSize available = m_main.screen()->availableGeometry().size();
        QVERIFY(room.width() < available.width());
        QVERIFY(room.height() < available.height());
        QVERIFY(room.height() >= available.height() * 3 / 4);
    }

    void oneSheetFits()
    {
        const Meeting meeting = m_session->meetings()->meeting(m_planned.first()).value();
        PrepSheetWindow window(m_session.get(), {{meeting.contactId, meeting.id}}, &m_main);
        window.show();
        verifyFits(&window);
        QTRY_VERIFY(window.pageCount() >= 1);
        Test::saveScreenshot(&window, QStringLiteral("prep-sheet-hidpi.png"));
    }

    // The meeting's own window too (a new-user trial found its Close button off a 540-high screen).
    void theMeetingWindowFits()
    {
        MeetingDialog dialog(m_session.get(), m_planned.first(), &m_main);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QString past = pastTheScreen(&dialog);
        QVERIFY2(past.isEmpty(), qPrintable(past));
        int shown = 0;
        for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (!button->isVisible())
                continue; // Save and Cancel are a draft's
            ++shown;
            past = pastTheScreen(button);
            QVERIFY2(past.isEmpty(), qPrintable(button->text() + u' ' + past));
        }
        QVERIFY(shown > 0);
    }

    void theBatchFits()
    {
        PrepBatchDialog dialog(m_session.get(), &m_main);
        dialog.show();
        verifyFits(&dialog);
        const int count = int(dialog.sheets().size());
        QCOMPARE(count, m_planned.size());
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("batchCount"));
        QCOMPARE(label->text(), QStringLiteral("%1 planned meetings: one sheet each.").arg(count));

        QList<PrepSheetWindow::Sheet> sheets;
        for (const PrepSheetBatch::Sheet& sheet : dialog.sheets())
            sheets.append({sheet.contactId, sheet.meetingId});
        PrepSheetWindow window(m_session.get(), sheets, &m_main);
        // A coffee and a call are meetings, not interviews.
        QCOMPARE(window.windowTitle(), QStringLiteral("Prep Sheets: %1 meetings").arg(count));
        window.show();
        verifyFits(&window);

        // One day, one meeting: said in the singular.
        const QDate first = m_session->meetings()->meeting(m_planned.first()).value().start.date();
        dialog.findChild<QDateEdit*>(QStringLiteral("batchTo"))->setDate(first);
        QCOMPARE(dialog.sheets().size(), 1);
        QCOMPARE(label->text(), QStringLiteral("1 planned meeting: one sheet."));
    }
};

QTEST_MAIN(TestPrepWindowsFit)
#include "tst_prepwindowsfit.moc"
