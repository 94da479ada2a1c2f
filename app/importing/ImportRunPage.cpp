// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportRunPage.h"

#include "Database.h"
#include "ImportReviewPage.h"
#include "PossibleDuplicatesModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent>

namespace Rapport {

ImportRunPage::ImportRunPage(const ImportReviewPage* review, const QString& databasePath, QWidget* parent)
    : QWizardPage(parent)
    , m_review(review)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_showImported = new QCheckBox(tr("Show the imported contacts in the list"));
    m_showImported->setObjectName(QStringLiteral("showImportedCheck"));
    m_showImported->setChecked(true);
    m_showImported->hide();

    // Possible duplicates are never merged on a guess: they are listed here, for the user to merge
    // in the window once the import is done (a merge is a step on the window's undo stack).
    m_duplicatesBox = new QWidget;
    auto* duplicatesLabel = new QLabel(tr("&Possible duplicates, kept apart as two people. Merge… closes this "
                                          "report and compares the two side by side; you can undo a merge."));
    duplicatesLabel->setWordWrap(true);
    m_duplicatesModel = new PossibleDuplicatesModel(this);
    m_duplicates = new QListView;
    m_duplicates->setObjectName(QStringLiteral("possibleDuplicatesList"));
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setUniformItemSizes(true);
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->setModel(m_duplicatesModel);
    duplicatesLabel->setBuddy(m_duplicates);
    m_mergeDuplicate = new QPushButton(tr("&Merge…"));
    m_mergeDuplicate->setObjectName(QStringLiteral("mergeDuplicateButton"));
    m_mergeDuplicate->setAutoDefault(false); // Enter still finishes the wizard
    m_reviewDuplicates = new QCheckBox(tr("&List them after closing, to merge or keep apart"));
    m_reviewDuplicates->setObjectName(QStringLiteral("reviewDuplicatesCheck"));
    m_reviewDuplicates->setChecked(true);
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->setContentsMargins(0, 0, 0, 0);
    duplicateButtons->addWidget(m_mergeDuplicate);
    duplicateButtons->addWidget(m_reviewDuplicates, 1);
    auto* duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(duplicatesLabel);
    duplicatesLayout->addWidget(m_duplicates, 1);
    duplicatesLayout->addLayout(duplicateButtons);
    m_duplicatesBox->hide();
    connect(m_mergeDuplicate, &QPushButton::clicked, this, &ImportRunPage::mergeDuplicate);
    connect(m_duplicates, &QListView::doubleClicked, this, &ImportRunPage::mergeDuplicate);
    connect(m_duplicates->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_mergeDuplicate->setEnabled(current.isValid()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_duplicatesBox, 1);
    layout->addWidget(m_showImported);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportRunPage::finished);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_duplicateToMerge = -1;
    m_duplicatesModel->setPairs({});
    m_duplicatesBox->hide();
    setTitle(tr("Importing"));
    m_progress->setValue(0);
    m_status->setText(tr("Reading and writing contacts… Cancel stops the import and leaves your network as it was."));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ImportSource source = m_review->source();
    ImportOptions options = m_review->options();
    options.collectContacts = true; // for "show the imported contacts", without reading them back
    const QString databasePath = m_databasePath;
    const auto cancel = m_cancel;
    QProgressBar* bar = m_progress; // outlives the worker: the destructor waits for it
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
    m_watcher.setFuture(QtConcurrent::run([source, options, databasePath, cancel, bar] {
        Outcome outcome;
        Database database;
        if (!database.open(databasePath, Database::OpenMode::MustExist)) {
            outcome.report.error = database.errorString();
            return outcome;
        }
        outcome.report = ContactImporter::run(database, source, options, [cancel, bar](int percent) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
        outcome.importedContacts = std::exchange(outcome.report.contacts, {});
        return outcome;
    }));
    emit completeChanged();
}

ImportRunPage::~ImportRunPage()
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

void ImportRunPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::finished()
{
    const Outcome outcome = m_watcher.result();
    m_report = outcome.report;
    m_importedContacts = outcome.importedContacts;
    m_done = true;
    setTitle(m_report.written ? tr("Import finished") : tr("Nothing was imported"));
    const QLocale locale;
    if (m_report.cancelled) {
        m_status->setText(tr("The import was cancelled. Nothing was written."));
    } else if (!m_report.written) {
        m_status->setText(tr("Nothing was imported: %1").arg(m_report.error));
    } else {
        m_progress->setValue(100);
        QString text
            = tr("Done. New contacts: %1. Updated: %2. Already up to date: %3. Skipped: %4.")
                  .arg(locale.toString(m_report.created), locale.toString(m_report.updated),
                      locale.toString(m_report.unchanged), locale.toString(m_report.skipped + m_report.invalid));
        if (m_report.referrals > 0)
            text += QLatin1Char('\n') + tr("%1 referral links were made.").arg(locale.toString(m_report.referrals));
        if (!m_report.unresolvedReferrers.isEmpty())
            text += QLatin1Char('\n')
                + tr("No single contact matches these referrers: %1")
                      .arg(m_report.unresolvedReferrers.join(QStringLiteral(", ")));
        if (!m_report.keptTyped.isEmpty()) {
            // What the user typed wins; they should see where the file said otherwise.
            constexpr int kShown = 10;
            text += QLatin1Char('\n') + tr("Kept what you typed where the file differs:");
            for (const QString& line : m_report.keptTyped.mid(0, kShown))
                text += QStringLiteral("\n  ") + line;
            if (m_report.keptTyped.size() > kShown)
                text += QStringLiteral("\n  ")
                    + tr("…and %1 more.").arg(locale.toString(m_report.keptTyped.size() - kShown));
        }
        if (!m_report.possibleDuplicates.isEmpty() && m_report.duplicatePairs.isEmpty()) {
            // Never merged on a guess: the user decides, and should know whom to look at.
            constexpr int kShown = 10;
            text += QLatin1Char('\n') + tr("Possible duplicates, kept apart:");
            for (const QString& line : m_report.possibleDuplicates.mid(0, kShown))
                text += QStringLiteral("\n  ") + line;
            if (m_report.possibleDuplicates.size() > kShown)
                text += QStringLiteral("\n  ")
                    + tr("…and %1 more.").arg(locale.toString(m_report.possibleDuplicates.size() - kShown));
        }
        text += QLatin1Char('\n') + tr("File ▸ Import History can undo this whole import later.");
        m_status->setText(text);
        m_showImported->setVisible(m_report.created + m_report.updated > 0);
        showDuplicates();
    }
    emit completeChanged();
}

void ImportRunPage::showDuplicates()
{
    m_duplicatesModel->setPairs(m_report.duplicatePairs);
    const bool any = m_duplicatesModel->rowCount() > 0;
    if (any)
        m_duplicates->setCurrentIndex(m_duplicatesModel->index(0));
    m_mergeDuplicate->setEnabled(any);
    m_duplicatesBox->setVisible(any);
}

void ImportRunPage::mergeDuplicate()
{
    const int pair = m_duplicatesModel->pairAt(m_duplicates->currentIndex().row());
    if (pair < 0 || !m_report.written)
        return;
    // The merge goes on the window's undo stack, after the import's own step: the wizard closes first.
    m_duplicateToMerge = pair;
    if (wizard())
        wizard()->accept();
}

bool ImportRunPage::reviewDuplicates() const
{
    return m_report.written && !m_report.duplicatePairs.isEmpty()
        && (m_duplicateToMerge >= 0 || m_reviewDuplicates->isChecked());
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

bool ImportRunPage::showImported() const
{
    return m_report.written && !m_showImported->isHidden() && m_showImported->isChecked();
}

} // namespace Rapport
