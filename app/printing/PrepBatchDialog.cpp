// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepBatchDialog.h"

#include "Clock.h"
#include "DatabaseError.h"
#include "DateFields.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PrepSheetWindow.h"
#include "ReadFailure.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Rapport {

PrepBatchDialog::PrepBatchDialog(NetworkSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("prepBatchDialog"));
    setWindowTitle(tr("Print Prep Sheets"));
    // The next seven days, today included: the calendar week would leave out, on a Sunday, every
    // interview of the days ahead.
    const QDate today = Clock::currentDate();
    m_from = new DateField(today, this);
    m_from->setObjectName(QStringLiteral("batchFrom"));
    m_from->setCalendarPopup(true);
    m_to = new DateField(today.addDays(kDefaultDays - 1), this);
    m_to->setObjectName(QStringLiteral("batchTo"));
    m_to->setCalendarPopup(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("batchCount"));
    connect(m_from, &QDateEdit::dateChanged, this, &PrepBatchDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &PrepBatchDialog::refresh);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("&Preview and Print…"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("batchPdfButton"));
    connect(m_preview, &QPushButton::clicked, this, [this] { emit previewRequested(m_sheets); });
    connect(m_pdf, &QPushButton::clicked, this, &PrepBatchDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(m_count);
    form->addRow(buttons);
    refresh();
}

void PrepBatchDialog::refresh()
{
    QString problem;
    try {
        m_sheets = PrepSheetBatch::plannedBetween(m_session->database().connection(), m_from->date(), m_to->date());
    } catch (const DatabaseError& e) {
        m_sheets.clear();
        problem = e.message();
        m_session->reportReadFailure(problem);
    }
    // One and many worded apart, as English has no numerus translation: "%n" alone would say
    // "1 planned meetings".
    const int count = int(m_sheets.size());
    m_count->setText(!problem.isEmpty() ? ReadFailure::inView(problem)
            : count == 0                ? tr("No planned meetings in these dates.")
            : count == 1                ? tr("1 planned meeting: one sheet.")
                                        : tr("%n planned meetings: one sheet each.", nullptr, count));
    m_preview->setEnabled(!m_sheets.isEmpty());
    m_pdf->setEnabled(!m_sheets.isEmpty());
}

PrepSheetBatch::Result PrepBatchDialog::saveAsPdf()
{
    PrepSheetBatch::Result result;
    if (m_sheets.isEmpty())
        return result;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(this, tr("Save Prep Sheets as PDF"),
        folder + QLatin1Char('/') + tr("Prep sheets %1.pdf").arg(m_from->date().toString(Qt::ISODate)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        result.cancelled = true;
        return result;
    }
    QProgressDialog progress(tr("Making prep sheets…"), tr("Cancel"), 0, int(m_sheets.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QAtomicInt cancel(0);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel.storeRelaxed(1); });
    const QString database = m_session->path();
    const auto sheets = m_sheets;
    const PrepSheetOptions options = PrepSheetWindow::savedOptions();
    QFutureWatcher<PrepSheetBatch::Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<PrepSheetBatch::Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([=, &cancel, &progress] {
        return PrepSheetBatch::writePdf(
            database, sheets, path, PrepSheet::defaultPageSize(), options,
            [&progress](int done, int) {
                QMetaObject::invokeMethod(&progress, [&progress, done] { progress.setValue(done); });
            },
            &cancel);
    }));
    loop.exec(); // the window stays live: events run while the worker writes
    result = watcher.result();
    progress.reset();
    if (!result.error.isEmpty())
        MessageBoxes::warning(this, windowTitle(), tr("The prep sheets could not be made.\n\n%1").arg(result.error));
    return result;
}

} // namespace Rapport
