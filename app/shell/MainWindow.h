// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Rapport {

class BackupRestorer;
class ContactActions;
class ContactEditor;
class ContactFilterBar;
class ContactListController;
class ContactListView;
class DemoCopy;
class EmptyStateWidget;
class ExportController;
class GraphPanel;
class HelpWindows;
class MainMenus;
class MainViews;
class MeetingDialog;
class MeetingsPanel;
class MeetingWindows;
class TodayPanel;
class ImportController;
class NetworkOpener;
class NetworkSession;
class NetworkStatusLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a network file; on failure shows why and keeps the current one.
    bool openNetwork(const QString& path);
    // Opens a fresh temporary copy of the demo network.
    bool openDemoNetwork();
    // Opens the import wizard on a file (File ▸ Import, a dropped file, a file given to the app).
    void importFile(const QString& path);
    NetworkSession* session() const { return m_session.get(); }
    // True when the network open is a temporary copy of the demo network.
    bool showsDemo() const { return m_demo != nullptr; }
    GraphPanel* graphPanel() const { return m_graph; }
    TodayPanel* todayPanel() const { return m_today; }
    // Opens (or brings forward) the notes window of a meeting.
    MeetingDialog* openMeeting(qint64 meetingId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createCentralWidget();
    // What the menus' actions do.
    void connectActions();
    void showGraph();
    void showContact(qint64 contactId);

public:
    // Replaces the network's content with a backup's, after asking; the current state is kept as
    // a backup of its own. Returns false when nothing changed.
    bool restoreBackup(const QString& backupPath);

private:
    void setSession(std::unique_ptr<NetworkSession> session, const QString& displayName);
    void restoreLayout();
    void saveLayout() const;
    void updateRecentMenu();
    void updateActions();
    void updateEmptyState();
    void updateStatus();

    void newNetwork();
    void openNetworkDialog();
    // An import, a restore or an undone import: reload the list; forget per-contact undo steps
    // unless the stack still matches the network (see ImportController::networkChanged).
    void afterBulkChange(bool keepsUndoHistory = false);
    void showOnly(const QSet<qint64>& ids, const QString& description);

    // The demo copy is declared first so it outlives the session that has its file open.
    std::unique_ptr<DemoCopy> m_demo;
    std::unique_ptr<NetworkSession> m_session;
    QString m_displayName;

    MainViews* m_pages = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QSplitter* m_splitter = nullptr;
    ContactFilterBar* m_filterBar = nullptr;
    ContactListView* m_list = nullptr;
    QTabWidget* m_views = nullptr; // the contact list and the referral graph
    GraphPanel* m_graph = nullptr;
    TodayPanel* m_today = nullptr;
    MeetingsPanel* m_meetings = nullptr;
    MeetingsPanel* m_careerPaths = nullptr;
    ContactEditor* m_editor = nullptr;
    NetworkStatusLabel* m_statusLabel = nullptr;

    MainMenus* m_menus = nullptr;
    MeetingWindows* m_meetingWindows = nullptr;
    HelpWindows* m_help = nullptr;
    BackupRestorer* m_backups = nullptr;
    ContactActions* m_contacts = nullptr;
    ContactListController* m_contactList = nullptr;
    ImportController* m_imports = nullptr;
    NetworkOpener* m_opener = nullptr;
    ExportController* m_exports = nullptr;
};

} // namespace Rapport
