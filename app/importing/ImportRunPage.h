// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"
#include "ImportSource.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace Rapport {

class ImportReviewPage;
class PossibleDuplicatesModel;

// The wizard's last page: runs the import on a worker thread (its own database connection),
// shows progress, honours Cancel, and ends with the report.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(const ImportReviewPage* review, const QString& databasePath, QWidget* parent = nullptr);
    ~ImportRunPage() override; // cancels a running import and waits for its rollback

    void initializePage() override;
    bool isComplete() const override;
    void cancel();
    ImportReport report() const { return m_report; }
    bool showImported() const;
    // The contacts the import created or updated (read by the worker: 100k take a while).
    QSet<qint64> importedContacts() const { return m_importedContacts; }
    // The user wants the possible duplicates listed in the window, to merge or keep apart.
    bool reviewDuplicates() const;
    // The pair (an index into the report's duplicatePairs) whose Merge… closed the wizard, or -1.
    int duplicateToMerge() const { return m_duplicateToMerge; }

private:
    struct Outcome {
        ImportReport report;
        QSet<qint64> importedContacts;
    };
    void finished();
    void showDuplicates();
    void mergeDuplicate();

    const ImportReviewPage* m_review;
    QString m_databasePath;
    QProgressBar* m_progress;
    QLabel* m_status;
    QCheckBox* m_showImported;
    QWidget* m_duplicatesBox;
    PossibleDuplicatesModel* m_duplicatesModel;
    QListView* m_duplicates;
    QPushButton* m_mergeDuplicate;
    QCheckBox* m_reviewDuplicates;
    int m_duplicateToMerge = -1;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ImportReport m_report;
    QSet<qint64> m_importedContacts;
    bool m_done = false;
};

} // namespace Rapport
