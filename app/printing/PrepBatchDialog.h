// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Dashboard.h"
#include "PrepSheetBatch.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace Rapport {

class NetworkSession;

// File ▸ Print Prep Sheets…: every planned meeting in a date range (the next 7 days by default),
// one sheet per page, previewed, printed or saved as one PDF with a progress bar and Cancel.
class PrepBatchDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultDays = Dashboard::kUpcomingDays; // from today, as Today's "Next 7 days"

    explicit PrepBatchDialog(NetworkSession* session, QWidget* parent = nullptr);

    QList<PrepSheetBatch::Sheet> sheets() const { return m_sheets; }
    // Asks where (FileDialogs seam) and writes the PDF on a worker; returns what happened.
    PrepSheetBatch::Result saveAsPdf();

signals:
    void previewRequested(const QList<Rapport::PrepSheetBatch::Sheet>& sheets);

private:
    void refresh();

    NetworkSession* m_session;
    QList<PrepSheetBatch::Sheet> m_sheets;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QPushButton* m_preview;
    QPushButton* m_pdf;
};

} // namespace Rapport
