// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <memory>

class QMenu;
class QWidget;

namespace Rapport {

class NetworkSession;

// Finding and opening a network file for the window: the New and Open dialogs, Open Recent,
// and what happens when a file cannot be opened as it is (a repair offered for a schema
// Rapport can put right, the latest backup for a damaged file). Every refusal is told to the user.
class NetworkOpener : public QObject
{
    Q_OBJECT

public:
    explicit NetworkOpener(QWidget* window);

    // The network at path as a session, or null when it could not be opened or the user declined
    // what was offered. *repaired is set when a repair was made first.
    std::unique_ptr<NetworkSession> open(const QString& path, bool* repaired);
    // New Network: a path for a file that does not exist yet, or empty.
    QString chooseNewPath();
    // Open Network: an existing file, starting in folder; or empty.
    QString chooseExistingPath(const QString& folder);
    // Open Recent: one action per recent network (recentChosen when picked), and Clear List.
    void fillRecentMenu(QMenu* menu);

signals:
    void recentChosen(const QString& path);

private:
    std::unique_ptr<NetworkSession> offerBackup(const QString& path, const QString& error, bool* repaired);

    QWidget* m_window;
};

} // namespace Rapport
