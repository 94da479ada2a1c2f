// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackupRestorer.h"

#include "Backups.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "RestoreBackupDialog.h"

#include <QMainWindow>
#include <QStatusBar>

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

BackupRestorer::BackupRestorer(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{ }

void BackupRestorer::setSession(NetworkSession* session)
{
    m_session = session;
}

void BackupRestorer::chooseAndRestore()
{
    if (!m_session)
        return;
    RestoreBackupDialog dialog(m_session->path(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restore(dialog.chosenPath());
}

bool BackupRestorer::restore(const QString& backupPath)
{
    if (!m_session)
        return false;
    if (MessageBoxes::question(m_window, MainWindow::tr("Restore Backup"),
            MainWindow::tr("Replace everything in this network with the backup?\n\nThe network as it is now is kept "
                           "as a backup too, so you can restore it if you change your mind."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    emit aboutToChange();
    QString error;
    if (Backups::take(m_session->database(), QStringLiteral("replaced"), &error).isEmpty()
        || !Backups::restore(m_session->database(), backupPath, &error)) {
        MessageBoxes::warning(m_window, MainWindow::tr("Restore Backup"),
            MainWindow::tr("The backup was not restored.\n\n%1").arg(error));
        emit networkChanged(); // whatever happened, show what the file holds now
        return false;
    }
    emit networkChanged();
    m_window->statusBar()->showMessage(
        MainWindow::tr("Backup restored. The network as it was is kept as a backup."), 8000);
    return true;
}

} // namespace Rapport
