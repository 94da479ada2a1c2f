// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStackedWidget>

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
// views (Today, Contacts, Referral Graph, Meetings, Career Paths) beside the contact editor.
// It lays them out and keeps their sizes and the view last shown; MainWindow wires them.
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

    // width is the window's, for the first split between the views and the editor.
    void restoreLayout(const QSettings& settings, int width);
    void saveLayout(QSettings& settings) const;

signals:
    void showAllRequested();

private:
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
