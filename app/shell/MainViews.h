// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStackedWidget>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTabWidget;

namespace Rapport {

class ContactEditor;
class ContactFilterBar;
class ContactListView;
class EmptyStateWidget;
class GraphPanel;
class MeetingsPanel;
class TodayPanel;

// The main window's central widget: the empty state while there is nothing to show, else the
// views (Today, Contacts, Referral Graph, Meetings, Career Paths). The contact editor opens beside
// Contacts and the Referral Graph, where a contact is chosen, unless View ▸ Contact Editor is
// unchecked; Today, Meetings and Career Paths use the full width. It lays them out and keeps their
// sizes, the view last shown and the editor's toggle; MainWindow wires them.
class MainViews : public QStackedWidget
{
    Q_OBJECT

public:
    explicit MainViews(QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }
    QSplitter* splitter() const { return m_splitter; }
    ContactFilterBar* filterBar() const { return m_filterBar; }
    ContactListView* list() const { return m_list; }
    QTabWidget* views() const { return m_views; }
    TodayPanel* today() const { return m_today; }
    GraphPanel* graph() const { return m_graph; }
    MeetingsPanel* meetings() const { return m_meetings; }
    MeetingsPanel* careerPaths() const { return m_careerPaths; }
    ContactEditor* editor() const { return m_editor; }

    // "Showing the contacts of one import", above the list, with a way back to all of them.
    void showOnlyBar(const QString& description);
    void hideOnlyBar();

    // The checkable action that shows or hides the editor beside Contacts and the graph.
    void setEditorAction(QAction* toggle);
    // Whether the current view has the editor beside it (the editor may still be toggled off).
    bool viewHoldsEditor() const;
    // Puts the editor on screen: a contact was opened, or a new one is being typed. From a view
    // without the editor this goes to Contacts; a hidden editor is shown again.
    void revealEditor();

    // width is the window's, for the first split between the views and the editor.
    void restoreLayout(const QSettings& settings, int width);
    void saveLayout(QSettings& settings) const;

signals:
    void showAllRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateEditorVisibility();
    void splitByDefault(int width);

    QWidget* m_contactsPane = nullptr;
    QAction* m_editorAction = nullptr;
    int m_editorWidth = 0; // the editor's share when it was last on screen
    bool m_defaultSplitPending = false; // no saved split: the default one is made at the first show
    EmptyStateWidget* m_emptyState = nullptr;
    QSplitter* m_splitter = nullptr;
    ContactFilterBar* m_filterBar = nullptr;
    ContactListView* m_list = nullptr;
    QTabWidget* m_views = nullptr;
    GraphPanel* m_graph = nullptr;
    TodayPanel* m_today = nullptr;
    MeetingsPanel* m_meetings = nullptr;
    MeetingsPanel* m_careerPaths = nullptr;
    ContactEditor* m_editor = nullptr;
    QWidget* m_onlyBar = nullptr;
    QLabel* m_onlyLabel = nullptr;
};

} // namespace Rapport
