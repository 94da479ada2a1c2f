// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphLayout.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QStringListModel;

namespace Rapport {

// The graph tab's actions, made by the panel and shared with the window's View menu.
struct GraphActions {
    QAction* fit = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* path = nullptr;
    QAction* exportImage = nullptr;
    QAction* print = nullptr;
    // Checkable, remembered by the panel: the mini-map and the side panel beside the graph.
    QAction* overview = nullptr;
    QAction* sidePanel = nullptr;
};

// A tool bar rather than a row of widgets: when the window is narrow (a laptop at 200%), what
// does not fit moves behind the bar's » button instead of widening the window.
void setUpGraphBar(QToolBar* bar, const QString& name, const QString& title);

// The graph's tools above the view: zoom and Fit, a search box that completes names, Path To,
// Export, the layout kind (remembered), the overview and side panel toggles and a busy
// indicator while a layout runs. The most used come first: when the bar is narrow, only the
// last ones move behind its » button.
class GraphToolBar : public QToolBar
{
    Q_OBJECT

public:
    GraphToolBar(const GraphActions& actions, QWidget* parent = nullptr);
    // The graph's actions, owned by owner; the caller connects fit and zoom to its view.
    static GraphActions createActions(QObject* owner);

    GraphLayoutKind layoutKind() const;
    bool isLayered() const { return layoutKind() == GraphLayoutKind::Layered; }
    // The names the search box completes.
    void setNames(const QStringList& names);
    QString searchText() const;
    void setBusy(bool busy);

signals:
    void layoutChanged();
    // The user pressed Enter in the search box or picked a completed name.
    void searchRequested();

private:
    QComboBox* m_layout;
    QLineEdit* m_search;
    QStringListModel* m_searchNames;
    QProgressBar* m_busy;
};

} // namespace Rapport
