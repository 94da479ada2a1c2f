// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkExport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Rapport {

class NetworkSession;

// File ▸ Export: the network as a JSON backup, CSV for Google, vCard, or the meetings as a
// calendar. The bytes are made on a worker with a read-only connection of its own, so a large
// network never freezes the window, and the file is written whole or not at all (QSaveFile).
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget* window);

    void setSession(NetworkSession* session);
    // Adds the export actions to menu; they are enabled while a network is open.
    void addActionsTo(QMenu* menu);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void finished(const QString& message); // for the status bar
    void failed(const QString& message);

private:
    void exportAs(ExportFormat format);

    QWidget* m_window;
    NetworkSession* m_session = nullptr;
    QList<QAction*> m_actions;
    QFutureWatcher<QString> m_watcher; // an empty result means success
    QString m_target;
};

} // namespace Rapport
