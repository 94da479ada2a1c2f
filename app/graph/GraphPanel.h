// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphJob.h"
#include "GraphPaths.h"
#include "GraphToolBar.h"

#include <QWidget>

class QAction;
class QLabel;

namespace Rapport {

class GraphFilterBar;
class GraphLayoutController;
class GraphPathBar;
class GraphScene;
class GraphSidePanel;
class GraphView;
class NetworkSession;
class WarmPathPresenter;

// The referral graph tab: wires the tool bar, the filters, the view and the side panel to the
// network, and the layout controller that lays the graph out on a worker thread.
class GraphPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPanel(QWidget* parent = nullptr);
    ~GraphPanel() override;

    // The network to show; nullptr shows nothing.
    void setSession(NetworkSession* session);
    // Selects and centres a contact's node (from the list, the search box...).
    void selectContact(qint64 contactId);
    // Highlights the shortest chain of introductions to a person or an organisation, lists it
    // in the side panel, brings it into view and selects the person it leads to. Returns false
    // (and says why there) when there is none.
    bool showPathTo(qint64 contactId);
    bool showPathToOrganization(const QString& organization);
    void clearPath();
    // Asks for a person or organisation and shows the path to it.
    void choosePath();
    void exportImage();
    void print();

    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    GraphLayoutController* layouter() const { return m_layouter; }
    // True from the request until the new graph is on screen.
    bool isLayingOut() const;
    const ReferralGraph& graph() const { return m_result.graph; }
    QString pathText() const;

    QAction* fitAction() const { return m_actions.fit; }
    QAction* zoomInAction() const { return m_actions.zoomIn; }
    QAction* zoomOutAction() const { return m_actions.zoomOut; }
    QAction* pathAction() const { return m_actions.path; }
    QAction* exportAction() const { return m_actions.exportImage; }
    QAction* printAction() const { return m_actions.print; }
    QAction* overviewAction() const { return m_actions.overview; }
    QAction* sidePanelAction() const { return m_actions.sidePanel; }
    GraphToolBar* toolBar() const { return m_toolBar; }
    GraphSidePanel* sidePanel() const { return m_side; }

signals:
    void contactSelected(qint64 contactId);
    void contactActivated(qint64 contactId);
    // A layout finished and its items are on screen.
    void graphShown();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    std::optional<GraphJob> makeJob() const;
    void layoutFailed(const QString& error);
    // Redraws an edited contact's node in place, or lays out again when the edit may change who is shown.
    void contactEdited(qint64 contactId);
    QStringList visibleNames() const;
    // The new scene replaces the shown one.
    void showBuiltScene();
    void finishShowing();
    void connectScene(GraphScene* scene);
    void searchActivated();
    // False (after saying so) while no finished layout is on screen.
    bool graphReady();
    void nodeDragged(qint64 contactId, QPointF from, QPointF to);
    void nodePlaced(qint64 contactId, bool justDropped);
    void sceneSelectionChanged();
    // After a path was found: the view shows it (GraphView::showChain) and its end is selected.
    void presentPath();
    void showPathInView();
    void showNodeMenu(const QPoint& viewPosition);
    // Zoom and Fit keys work wherever the focus is while the graph is on show, and only then.
    void setViewKeysWindowWide(bool windowWide);
    // Says when the names are too small to read (after Fit on a large network).
    void updateZoomNote();

    NetworkSession* m_session = nullptr;
    GraphScene* m_scene;
    GraphView* m_view;
    GraphActions m_actions;
    GraphToolBar* m_toolBar = nullptr;
    GraphFilterBar* m_filters = nullptr;
    GraphSidePanel* m_side = nullptr;
    GraphPathBar* m_pathBar = nullptr;
    GraphLayoutController* m_layouter = nullptr;
    WarmPathPresenter* m_paths = nullptr;
    QLabel* m_summary;
    QLabel* m_zoomNote;

    GraphJob::Result m_result; // what the scene on screen shows
    QString m_shownLayout; // "layered" or "force": the layout of the scene on screen
    qint64 m_currentContact = 0; // the contact selected in the window, kept across layouts
    qint64 m_revealContact = 0; // a contact just added, scrolled into view once it is drawn
    bool m_revealPath = false; // a path just found, shown again once the graph around its end is drawn
    bool m_fitPending = true; // fit the first layout of a network (and a new layout kind) to the window
    bool m_syncing = false;
};

} // namespace Rapport
