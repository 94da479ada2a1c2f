// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Print Prep Sheets: by default the next seven days from today, so that on a Sunday the
// interviews of the coming week are in it; previewed, one page per sheet.
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MeetingStore.h"
#include "NetworkSession.h"
#include "PrepBatchDialog.h"
#include "PrepSheetWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Rapport;

namespace {

// A Sunday, mid-morning.
const QDateTime kSunday(QDate(2026, 3, 8), QTime(10, 0));

} // namespace

class TestPrepBatchDialog : public QObject
{
    Q_OBJECT

    Test::FixedClock m_clock {kSunday};
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(kSunday.date().dayOfWeek(), int(Qt::Sunday));
    }

    void theDefaultIsTheNextSevenDaysFromToday()
    {
        QString error;
        const auto session = NetworkSession::open(m_dir.filePath(QStringLiteral("week.rapport")), &error);
        QVERIFY2(session, qPrintable(error));
        const qint64 ana
            = session->store()->addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        QVERIFY(ana);
        // Planned meetings from last Saturday to next Monday, and one held tomorrow.
        struct Planned {
            QDateTime start;
            MeetingStatus status;
        };
        const QList<Planned> plans {
            {QDateTime(kSunday.date().addDays(-1), QTime(11, 0)), MeetingStatus::Planned},
            {QDateTime(kSunday.date(), QTime(16, 0)), MeetingStatus::Planned},
            {QDateTime(kSunday.date().addDays(1), QTime(9, 0)), MeetingStatus::Planned}, // Monday
            {QDateTime(kSunday.date().addDays(1), QTime(14, 0)), MeetingStatus::Cancelled},
            {QDateTime(kSunday.date().addDays(3), QTime(12, 30)), MeetingStatus::Planned},
            {QDateTime(kSunday.date().addDays(6), QTime(17, 0)), MeetingStatus::Planned}, // Saturday
            {QDateTime(kSunday.date().addDays(7), QTime(9, 0)), MeetingStatus::Planned},
            {QDateTime(kSunday.date().addDays(8), QTime(9, 0)), MeetingStatus::Planned},
        };
        QList<qint64> expected; // planned, today up to six days on
        qint64 monday = 0;
        for (const Planned& plan : plans) {
            Meeting m;
            m.contactId = ana;
            m.start = plan.start;
            m.status = plan.status;
            const qint64 id = session->meetings()->addMeeting(m);
            QVERIFY(id);
            const qint64 days = kSunday.date().daysTo(plan.start.date());
            if (plan.status == MeetingStatus::Planned && days >= 0 && days < PrepBatchDialog::kDefaultDays)
                expected.append(id);
            if (plan.status == MeetingStatus::Planned && days == 1)
                monday = id;
        }

        PrepBatchDialog dialog(session.get());
        QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("batchFrom"))->date(), kSunday.date());
        QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("batchTo"))->date(), kSunday.date().addDays(6));
        QList<qint64> shown;
        for (const PrepSheetBatch::Sheet& sheet : dialog.sheets())
            shown.append(sheet.meetingId);
        QCOMPARE(shown, expected); // by start time
        QVERIFY(shown.contains(monday)); // tomorrow's interview is in
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("batchCount"))->text().contains(QString::number(expected.size())));
        Test::saveScreenshot(&dialog, QStringLiteral("prep-batch.png"));

        // Previewed, each sheet is one page.
        QList<PrepSheetWindow::Sheet> sheets;
        for (const PrepSheetBatch::Sheet& sheet : dialog.sheets())
            sheets.append({sheet.contactId, sheet.meetingId});
        PrepSheetWindow window(session.get(), sheets);
        window.show();
        QTRY_COMPARE(window.pageCount(), int(sheets.size()));
        Test::saveScreenshot(&window, QStringLiteral("prep-sheets-preview.png"));

        // The preview zooms: in and out (Ctrl++ and Ctrl+-), to the page's width, to a whole page.
        auto* preview = window.findChild<QPrintPreviewWidget*>(QStringLiteral("prepSheetPreview"));
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitToWidth); // it opens readable
        window.findChild<QAction*>(QStringLiteral("wholePageAction"))->trigger();
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitInView);
        const qreal whole = preview->zoomFactor();
        auto* zoomIn = window.findChild<QAction*>(QStringLiteral("zoomInAction"));
        QCOMPARE(zoomIn->shortcut(), QKeySequence(QKeySequence::ZoomIn));
        zoomIn->trigger();
        QVERIFY(preview->zoomFactor() > whole);
        window.findChild<QAction*>(QStringLiteral("zoomOutAction"))->trigger();
        window.findChild<QAction*>(QStringLiteral("zoomOutAction"))->trigger();
        QVERIFY(preview->zoomFactor() < whole);
        window.findChild<QAction*>(QStringLiteral("fitWidthAction"))->trigger();
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitToWidth);
        QVERIFY(preview->zoomFactor() > whole);
    }
};

QTEST_MAIN(TestPrepBatchDialog)
#include "tst_prepbatchdialog.moc"
