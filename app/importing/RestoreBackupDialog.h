// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Backups.h" // MainWindow restores through Backups after this dialog

#include <QDialog>

class QTreeView;

namespace Rapport {

class BackupListModel;

// File ▸ Restore Backup…: the copies of this network with when and why they were taken and
// how many contacts they hold. Restoring asks first, and keeps the current network as a copy
// of its own, so a restore can be undone by restoring that one.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& networkPath, QWidget* parent = nullptr);

    // The copy chosen, once accepted.
    QString chosenPath() const;

private:
    BackupListModel* m_model;
    QTreeView* m_list;
};

} // namespace Rapport
