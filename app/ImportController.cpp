#include "ImportController.h"

#include "BackupMerge.h"
#include "Database.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "JsonRestore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace Rapport {

ImportController::ImportController(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

void ImportController::chooseAndImport()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Contacts"),
        QSettings().value(QStringLiteral("lastImportFolder")).toString(),
        tr("Contacts (*.csv *.vcf *.vcard *.txt *.json);;LinkedIn, Google or Outlook CSV (*.csv);;"
           "vCard (*.vcf *.vcard);;Rapport backup (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportController::importFile(const QString& path)
{
    if (!m_session)
        return;
    emit aboutToChange();
    QSettings().setValue(QStringLiteral("lastImportFolder"), QFileInfo(path).absolutePath());
    if (JsonRestore::looksLikeJson(path)) {
        restoreBackup(path);
        return;
    }
    ImportSource source;
    ImportProblem problem;
    bool opened = source.open(path, ImportFormat::Auto, &problem);
    if (!opened) {
        // Not a format we recognise, but maybe a CSV whose columns the user can map in the wizard.
        ImportSource generic;
        generic.setAllowUnmappedColumns(true);
        ImportProblem genericProblem;
        if (generic.open(path, ImportFormat::Csv, &genericProblem)) {
            source = generic;
            opened = true;
        }
    }
    const QString fileName = QFileInfo(path).fileName();
    if (!opened) {
        MessageBoxes::warning(m_window, tr("Cannot import this file"),
            problem.line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName, QString::number(problem.line), problem.message)
                             : QStringLiteral("%1: %2").arg(fileName, problem.message));
        return;
    }
    ImportWizard wizard(source, m_session->path(), m_window);
    wizard.exec();
    const ImportReport report = wizard.report();
    if (!report.written)
        return;
    emit networkChanged(tr("Imported %1: %2 new, %3 updated.")
                            .arg(fileName, QString::number(report.created), QString::number(report.updated)));
    if (wizard.showImportedRequested())
        emit showContacts(m_session->store()->contactsOfImport(report.batchId),
            tr("Showing the contacts imported from %1.").arg(fileName));
}

void ImportController::restoreBackup(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (MessageBoxes::question(m_window, tr("Restore Backup"),
            tr("Merge the backup %1 into this network?\n"
               "What the network lacks is added. Where both changed the same thing, the later change wins, and "
               "rows deleted on one side are deleted on the other. A copy of the network is kept first "
               "(File ▸ Restore Backup…).")
                .arg(fileName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const ImportReport report = runRestore(path);
    if (report.cancelled)
        return;
    if (!report.written) {
        const QStringList problems = ContactImporter::problemLines(fileName, report);
        MessageBoxes::warning(m_window, tr("Cannot restore this backup"),
            problems.isEmpty() ? report.error : problems.mid(0, 20).join(QLatin1Char('\n')));
        return;
    }
    emit networkChanged(tr("Merged %1: %2 new contacts, %3 updated, %4 unchanged.")
                            .arg(fileName, QString::number(report.created), QString::number(report.updated),
                                QString::number(report.unchanged + report.skipped)));
    // The user should know which of two edits was kept, and whom a new contact may duplicate.
    if (!report.conflicts.isEmpty() || !report.possibleDuplicates.isEmpty())
        MessageBoxes::information(
            m_window, tr("Backup merged"), BackupMerge::summary(report).mid(0, 30).join(QLatin1Char('\n')));
}

ImportReport ImportController::runRestore(const QString& path)
{
    // A backup of a large network takes seconds: it is written by a worker on its own connection
    // (a QSqlDatabase belongs to the thread that made it), while a window-modal progress dialog
    // keeps the window painted and out of the way, and offers Cancel.
    QProgressDialog dialog(tr("Merging %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, m_window);
    dialog.setObjectName(QStringLiteral("restoreProgress"));
    dialog.setWindowTitle(tr("Restore Backup"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel, &dialog] {
        cancel->store(true);
        dialog.setLabelText(tr("Cancelling… the network is left as it was."));
    });
    QFutureWatcher<ImportReport> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ImportReport>::finished, &loop, &QEventLoop::quit);
    const QString databasePath = m_session->path();
    QPointer<QProgressDialog> bar(&dialog);
    watcher.setFuture(QtConcurrent::run([path, databasePath, cancel, bar] {
        Database database;
        if (!database.open(databasePath, Database::OpenMode::MustExist)) {
            ImportReport failed;
            failed.error = database.errorString();
            return failed;
        }
        ImportOptions options;
        options.format = ImportFormat::Json;
        return ContactImporter::run(database, path, options, [cancel, bar](int percent) {
            QMetaObject::invokeMethod(
                bar.data(), [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
    loop.exec(); // returns when the worker has finished, cancelled or not
    return watcher.result();
}

void ImportController::showHistory()
{
    if (!m_session)
        return;
    emit aboutToChange();
    ImportHistoryDialog dialog(m_session->database(), m_window);
    connect(&dialog, &ImportHistoryDialog::batchUndone, this,
        [this] { emit networkChanged(tr("The import was undone.")); });
    dialog.exec();
}

} // namespace Rapport
