// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportController.h"

#include "ArchiveHistory.h"
#include "ArchiveImportDialog.h"

#include "BackupMerge.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ImportCommand.h"
#include "ImportHistory.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "JsonRestore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
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
    if (!m_session || m_restoring)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Contacts"),
        QSettings().value(QStringLiteral("lastImportFolder")).toString(),
        tr("Contacts (*.csv *.vcf *.vcard *.txt *.json *.zip);;LinkedIn, Google or Outlook CSV (*.csv);;"
           "LinkedIn data archive (*.zip);;vCard (*.vcf *.vcard);;Rapport backup (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportController::chooseArchiveFolder()
{
    if (!m_session || m_restoring)
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import LinkedIn Archive Folder"),
        QSettings().value(QStringLiteral("lastImportFolder")).toString());
    if (!folder.isEmpty())
        importFile(folder);
}

void ImportController::importFile(const QString& path)
{
    if (!m_session || m_restoring)
        return;
    emit aboutToChange();
    QSettings().setValue(QStringLiteral("lastImportFolder"), QFileInfo(path).absolutePath());
    if (JsonRestore::looksLikeJson(path)) {
        restoreBackup(path);
        return;
    }
    if (QFileInfo(path).isDir()) { // an unzipped LinkedIn archive
        importArchive(path);
        return;
    }
    if (offerWholeArchive(path))
        return;
    ImportSource source;
    ImportProblem problem;
    bool opened = source.open(path, ImportFormat::Auto, &problem);
    const ContentSniffer::Kind content = source.contentKind();
    if (!opened && content == ContentSniffer::Kind::Zip) { // the LinkedIn archive as LinkedIn ships it
        importArchive(path);
        return;
    }
    if (!opened && content == ContentSniffer::Kind::Text) {
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
        const bool notContacts = content == ContentSniffer::Kind::Binary || content == ContentSniffer::Kind::NotTable;
        MessageBoxes::warning(m_window, notContacts ? tr("Not a contacts file") : tr("Cannot import this file"),
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
                            .arg(fileName, QString::number(report.created), QString::number(report.updated)),
        true);
    pushImport(report.batchId, fileName);
    if (wizard.showImportedRequested())
        emit showContacts(wizard.importedContacts(), tr("Showing the contacts imported from %1.").arg(fileName));
    if (wizard.reviewDuplicatesRequested())
        emit reviewDuplicates(report.duplicatePairs, fileName, wizard.duplicateToMerge());
}

bool ImportController::offerWholeArchive(const QString& path)
{
    // A file of an unzipped LinkedIn archive (Connections.csv, messages.csv…) beside the others:
    // the archive as a whole brings the messages and invitations too.
    const QFileInfo file(path);
    const QDir folder = file.dir();
    const auto has = [&folder](const char* name) { return folder.exists(QString::fromLatin1(name)); };
    const bool archive = has("Connections.csv") && (has("messages.csv") || has("Invitations.csv"));
    const QString name = file.fileName().toLower();
    if (!archive
        || !(name == QLatin1String("connections.csv") || name == QLatin1String("messages.csv")
            || name == QLatin1String("invitations.csv")))
        return false;
    if (MessageBoxes::question(m_window, tr("Import Contacts"),
            tr("%1 is part of a LinkedIn data archive. Import the whole archive, with its messages and "
               "invitations?\n\nNo imports %1 alone.")
                .arg(file.fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    importArchive(folder.absolutePath());
    return true;
}

void ImportController::importArchive(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    ArchiveImportDialog dialog(path, m_session->path(), m_window);
    dialog.exec();
    const ArchiveImportReport& report = dialog.report();
    if (!report.written())
        return;
    const QLocale locale;
    emit networkChanged(
        tr("Imported the LinkedIn archive %1: %2 new contacts, %3 updated, %4 messages and "
           "invitations logged.")
            .arg(fileName, locale.toString(report.contacts.created), locale.toString(report.contacts.updated),
                locale.toString(report.history.messagesAdded)),
        true);
    pushImport(report.contacts.batchId, fileName);
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
                                QString::number(report.unchanged + report.skipped)),
        true);
    pushImport(report.batchId, fileName);
    // The user should know which of two edits was kept, and whom a new contact may duplicate.
    if (!report.conflicts.isEmpty() || !report.possibleDuplicates.isEmpty())
        MessageBoxes::information(
            m_window, tr("Backup merged"), BackupMerge::summary(report).mid(0, 30).join(QLatin1Char('\n')));
    if (!report.duplicatePairs.isEmpty())
        emit reviewDuplicates(report.duplicatePairs, fileName, -1);
}

namespace {

// Stays up until the worker has finished: Cancel, Escape and closing ask the worker to stop (it
// rolls everything back) instead of hiding the dialog and handing the window back while the
// network is still being written.
class RestoreProgressDialog : public QProgressDialog
{
public:
    RestoreProgressDialog(const QString& fileName, QWidget* parent)
        : QProgressDialog(
            ImportController::tr("Merging %1…").arg(fileName), ImportController::tr("Cancel"), 0, 100, parent)
    {
        setObjectName(QStringLiteral("restoreProgress"));
        setWindowTitle(ImportController::tr("Restore Backup"));
        setWindowModality(Qt::WindowModal);
        setAutoReset(false);
        setAutoClose(false);
        setMinimumDuration(0);
        // QProgressDialog hides itself when cancelled; here a cancel only asks.
        QObject::disconnect(this, &QProgressDialog::canceled, this, nullptr);
        connect(this, &QProgressDialog::canceled, this, &RestoreProgressDialog::askToCancel);
    }

    std::shared_ptr<std::atomic_bool> cancelRequested = std::make_shared<std::atomic_bool>(false);

protected:
    void reject() override { askToCancel(); }
    void closeEvent(QCloseEvent* event) override
    {
        event->ignore();
        askToCancel();
    }

private:
    void askToCancel()
    {
        cancelRequested->store(true);
        setLabelText(ImportController::tr("Cancelling… the network is left as it was."));
        setCancelButtonText(QString()); // hides the button: there is nothing more to ask
    }
};

// A busy indicator for work that cannot be cancelled: it stays until the work is done.
class BusyDialog : public QProgressDialog
{
public:
    BusyDialog(const QString& label, QWidget* parent)
        : QProgressDialog(label, QString(), 0, 0, parent)
    {
        setObjectName(QStringLiteral("busyDialog"));
        setWindowModality(Qt::WindowModal);
        setMinimumDuration(0);
        setCancelButton(nullptr);
    }

protected:
    void reject() override { }
    void closeEvent(QCloseEvent* event) override { event->ignore(); }
};

} // namespace

ImportReport ImportController::runRestore(const QString& path)
{
    // A backup of a large network takes seconds: it is written by a worker on its own connection
    // (a QSqlDatabase belongs to the thread that made it), while a window-modal progress dialog
    // keeps the window painted and out of reach until the worker is done, and offers Cancel.
    m_restoring = true;
    const auto notRestoring = qScopeGuard([this] { m_restoring = false; });
    RestoreProgressDialog dialog(QFileInfo(path).fileName(), m_window);
    dialog.setValue(0);
    dialog.show();
    const auto cancel = dialog.cancelRequested;
    QFutureWatcher<ImportReport> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ImportReport>::finished, &loop, &QEventLoop::quit);
    const QString databasePath = m_session->path();
    // The dialog outlives the worker (this function waits for it), so the worker may post to it.
    QProgressDialog* bar = &dialog;
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
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
    loop.exec();
    if (!watcher.isFinished()) { // the application is quitting: the restore must not outlive it
        cancel->store(true);
        watcher.waitForFinished();
    }
    return watcher.result();
}

void ImportController::forgetMessageTexts()
{
    if (!m_session || m_restoring)
        return;
    const QString title = tr("Forget Message Texts");
    int kept = 0;
    try {
        kept = ArchiveHistory::textsKept(m_session->database().connection());
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(m_window, title, e.message());
        return;
    }
    if (kept == 0) {
        MessageBoxes::information(
            m_window, title, tr("No LinkedIn message in this network keeps its text: there is nothing to forget."));
        return;
    }
    if (MessageBoxes::question(m_window, title,
            tr("Remove the text of the %1 LinkedIn messages that keep it?\n\nTheir dates, directions and people "
               "stay, and so do the stages and last contacts they gave. This cannot be undone.\n\nThe automatic "
               "backups (File ▸ Restore Backup…) still hold the texts until newer backups replace them.")
                .arg(QLocale().toString(kept)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QSettings().setValue(QStringLiteral("archive/keepMessageText"), false); // the next archive asks the same
    m_restoring = true; // one worker at a time
    const auto notRestoring = qScopeGuard([this] { m_restoring = false; });
    BusyDialog busy(tr("Removing the texts…"), m_window);
    busy.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    const QString databasePath = m_session->path();
    // On a connection of its own: a QSqlDatabase belongs to the thread that made it.
    watcher.setFuture(QtConcurrent::run([databasePath] {
        Database database;
        if (!database.open(databasePath, Database::OpenMode::MustExist))
            return database.errorString();
        try {
            ArchiveHistory::forgetTexts(database.connection());
        } catch (const DatabaseError& e) {
            return e.message();
        }
        return QString();
    }));
    if (!watcher.isFinished())
        loop.exec();
    busy.hide();
    if (const QString error = watcher.result(); !error.isEmpty()) {
        MessageBoxes::warning(
            m_window, title, tr("The texts could not be removed; nothing was changed: %1").arg(error));
        return;
    }
    emit networkChanged(
        tr("Removed the text of %1 LinkedIn messages; their dates and directions stay.").arg(QLocale().toString(kept)),
        true);
}

void ImportController::showHistory()
{
    if (!m_session)
        return;
    emit aboutToChange();
    ImportHistoryDialog dialog(m_session->database(), m_window);
    connect(&dialog, &ImportHistoryDialog::batchUndone, this, &ImportController::forgetUndoneBatch);
    dialog.exec();
}

void ImportController::pushImport(qint64 batchId, const QString& fileName)
{
    if (batchId > 0)
        m_session->undoStack()->push(new ImportCommand(batchId, tr("Import %1").arg(fileName), [this](qint64 batch) {
            // Undone by QUndoStack::undo() (not through undoLastImport): the stack drops the step
            // once its undo returns, then the steps above it can go.
            const bool undone = undoBatch(batch);
            if (undone)
                QTimer::singleShot(0, this, &ImportController::dropRedoSteps);
            return undone;
        }));
}

bool ImportController::undoBatch(qint64 batchId)
{
    if (m_restoring)
        return false; // one worker at a time; the stack is left as it is
    emit aboutToChange();
    m_restoring = true; // no import while the worker writes
    const auto notRestoring = qScopeGuard([this] { m_restoring = false; });
    BusyDialog dialog(tr("Undoing the import…"), m_window);
    dialog.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path = m_session->path(), batchId] {
        Database database;
        if (!database.open(path, Database::OpenMode::MustExist))
            return database.errorString();
        QString error;
        return ImportHistory::undo(database, batchId, &error) ? QString() : error;
    }));
    loop.exec();
    watcher.waitForFinished(); // the application may be quitting: the undo must not outlive it
    dialog.hide();
    const QString error = watcher.result();
    if (!error.isEmpty()) {
        MessageBoxes::warning(m_window, tr("Undo Import"), tr("The import could not be undone: %1").arg(error));
        return false;
    }
    emit networkChanged(tr("The import was undone."), true);
    return true;
}

bool ImportController::undoLastImport()
{
    QUndoStack* stack = m_session ? m_session->undoStack() : nullptr;
    const int top = stack ? stack->index() - 1 : -1;
    auto* command = top >= 0 ? dynamic_cast<ImportCommand*>(const_cast<QUndoCommand*>(stack->command(top))) : nullptr;
    if (!command)
        return false;
    if (m_restoring)
        return true; // an undo is already running: one is enough
    if (undoBatch(command->batchId())) {
        command->setObsolete(true); // the stack drops it without undoing it again
        stack->undo();
        dropRedoSteps();
    }
    return true;
}

void ImportController::forgetUndoneBatch(qint64 batchId)
{
    QUndoStack* stack = m_session->undoStack();
    const int top = stack->index() - 1;
    const auto* command = top >= 0 ? dynamic_cast<const ImportCommand*>(stack->command(top)) : nullptr;
    if (!command || command->batchId() != batchId) {
        // Undone from under later steps, or from before this session: those steps may point at
        // what the import brought in.
        emit networkChanged(tr("The import was undone."), false);
        return;
    }
    // The last step: the stack drops it without undoing it again, and keeps what came before.
    const_cast<ImportCommand*>(command)->setObsolete(true);
    stack->undo();
    dropRedoSteps();
    emit networkChanged(tr("The import was undone."), true);
}

void ImportController::dropRedoSteps()
{
    QUndoStack* stack = m_session ? m_session->undoStack() : nullptr;
    if (!stack || !stack->canRedo())
        return;
    // Pushing a step clears what could be redone; an obsolete one is then not kept either.
    class NoStep : public QUndoCommand
    {
        void redo() override { setObsolete(true); }
    };
    stack->push(new NoStep);
    emit undoStepsDropped();
}

} // namespace Rapport
