// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace Rapport {

class NetworkSession;

// File ▸ Restore Backup: replaces the network's content with a backup's, after asking; the
// network as it was is kept as a backup of its own.
class BackupRestorer : public QObject
{
    Q_OBJECT

public:
    explicit BackupRestorer(QMainWindow* window);

    void setSession(NetworkSession* session);
    // Lets the user pick one of the network's backups, then restores it.
    void chooseAndRestore();
    // Returns false when nothing changed.
    bool restore(const QString& backupPath);

signals:
    // Before the content is replaced: open windows save what they hold.
    void aboutToChange();
    // The content may have changed (also when the restore failed part way): show it again.
    void networkChanged();

private:
    QMainWindow* m_window;
    QPointer<NetworkSession> m_session;
};

} // namespace Rapport
