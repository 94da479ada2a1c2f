#include "ImportRunPage.h"

#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ImportReviewPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_showImported);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportRunPage::finished);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    setTitle(tr("Importing"));
    m_progress->setValue(0);
    m_status->setText(tr("Reading and writing contacts… Cancel stops the import and leaves your network as it was."));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ImportSource source = m_review->source();
    const ImportOptions options = m_review->options();
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
        if (outcome.report.written) {
            try {
                outcome.importedContacts
                    = ContactStore::readContactsOfImport(database.connection(), outcome.report.batchId);
            } catch (const DatabaseError&) {
                // Only "show the imported contacts" needs them; the list then shows everyone.
            }
        }
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
        if (!m_report.possibleDuplicates.isEmpty()) {
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
    }
    emit completeChanged();
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
