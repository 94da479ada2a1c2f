// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ArchiveImport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Rapport {

// Imports a LinkedIn data archive (ZIP or folder) in the window. It first reads the archive
// without writing (a dry run, in a worker) and shows what it found: the people, the messages and
// invitations and their dates, who will be added, who only wrote and is left out, the files it
// does not read. The user chooses whether the messages' text is kept, then Import writes it all
// as one batch, with progress and Cancel, and the dialog shows the report.
class ArchiveImportDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveImportDialog(const QString& archivePath, const QString& databasePath, QWidget* parent = nullptr);
    ~ArchiveImportDialog() override;

    // The import's report once it has run (written() says whether it did).
    const ArchiveImportReport& report() const { return m_report; }

protected:
    void reject() override;

private:
    enum class Step { Reading, Ready, Importing, Done };
    void startWorker(bool dryRun);
    void workerFinished();
    void showFound(const ArchiveImportReport& found);
    void showDone();
    void setStep(Step step);

    QString m_archivePath;
    QString m_databasePath;
    Step m_step = Step::Reading;
    ArchiveImportReport m_report;
    QFutureWatcher<ArchiveImportReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QLabel* m_status;
    QLabel* m_found;
    QRadioButton* m_keepText;
    QRadioButton* m_metadataOnly;
    QWidget* m_privacy;
    QLabel* m_inboundTitle;
    QPlainTextEdit* m_inbound;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace Rapport
