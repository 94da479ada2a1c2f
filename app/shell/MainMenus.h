// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace Rapport {

class ExportController;
class GraphPanel;

// The main window's actions, with their names, texts, shortcuts and icons; what they do is
// wired by MainWindow.
struct MainActions {
    QAction* newNetwork = nullptr;
    QAction* open = nullptr;
    QAction* import = nullptr;
    QAction* importArchiveFolder = nullptr; // an unzipped LinkedIn archive: a file dialog cannot pick a folder
    QAction* demo = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* newContact = nullptr;
    QAction* deleteContacts = nullptr;
    QAction* merge = nullptr;
    QAction* find = nullptr;
    QAction* about = nullptr;
    QAction* guide = nullptr;
    QAction* importHistory = nullptr;
    QAction* prepSheets = nullptr;
    QAction* restore = nullptr;
    QAction* profile = nullptr;
    QAction* questionBank = nullptr;
    QAction* templates = nullptr;
    QAction* forgetMessageTexts = nullptr; // the archive's privacy choice, made afterwards
    QAction* showToday = nullptr;
    QAction* showContacts = nullptr;
    QAction* showGraph = nullptr;
    QAction* showMeetings = nullptr;
    QAction* showCareerPaths = nullptr;
    QAction* contactEditor = nullptr; // checkable: the editor beside Contacts and the graph
};

// Creates the main window's actions and lays out its menu bar: File, Edit, View (with the
// graph's actions and the language) and Help.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    // Creates the actions; the menus come with fillMenuBar, once the views exist.
    explicit MainMenus(QMainWindow* window);

    const MainActions& actions() const { return m_actions; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // The View menu holds the graph's actions, so this comes after the central widget.
    void fillMenuBar(ExportController* exports, GraphPanel* graph);

private:
    void createActions();
    void addViewMenu(GraphPanel* graph);
    void addLanguageMenu(QMenu* view);
    void addThemeMenu(QMenu* view);

    QMainWindow* m_window;
    MainActions m_actions;
    QMenu* m_recentMenu = nullptr;
};

} // namespace Rapport
