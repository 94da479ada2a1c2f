// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphJob.h"
#include "GraphPaths.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStringListModel;
class QTimer;
class QToolBar;
class QTreeWidget;

namespace Rapport {

class GraphScene;
class GraphView;
class NetworkSession;

// The referral graph tab: the view, its toolbar and filters, and a side panel with the
// warm path found and each contact's reach. Layout runs on a worker thread; the panel
// only builds items once it is done, and drops results that a newer request replaced.
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
    // Highlights the shortest chain of introductions to a person or an organisation and
    // lists it in the side panel. Returns false (and says why there) when there is none.
    bool showPathTo(qint64 contactId);
    bool showPathToOrganization(const QString& organization);
    void clearPath();
    // Asks for a person or organisation and shows the path to it.
    void choosePath();
    void exportImage();
    void print();

    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    // True from the request until the new graph is on screen.
    bool isLayingOut() const { return m_watcher.isRunning() || m_building; }
    const ReferralGraph& graph() const { return m_result.graph; }
    QString pathText() const;

    QAction* fitAction() const { return m_fitAction; }
    QAction* zoomInAction() const { return m_zoomInAction; }
    QAction* zoomOutAction() const { return m_zoomOutAction; }
    QAction* pathAction() const { return m_pathAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* printAction() const { return m_printAction; }

signals:
    void contactSelected(qint64 contactId);
    void contactActivated(qint64 contactId);
    // A layout finished and its items are on screen.
    void graphShown();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    QToolBar* toolBar(const QString& name, const QString& title);
    QToolBar* createToolbar();
    QToolBar* createFilters();
    QWidget* createSidePanel();
    // Lays the graph out again soon (changes come in bursts: an import, typing in the editor).
    void scheduleRelayout();
    void relayout();
    void layoutFinished();
    // Makes the next slice of items; the new scene replaces the shown one when complete.
    void buildStep();
    void showBuiltScene();
    void finishShowing();
    void connectScene(GraphScene* scene);
    void refreshFilterChoices();
    void refreshReach();
    void refreshLegend();
    void showPath(const WarmPath& path, const QString& target);
    void searchActivated();
    // False (after saying so) while no finished layout is on screen.
    bool graphReady();
    void nodeDragged(qint64 contactId, QPointF from, QPointF to);
    void nodePlaced(qint64 contactId, bool justDropped);
    void sceneSelectionChanged();
    void showNodeMenu(const QPoint& viewPosition);

    NetworkSession* m_session = nullptr;
    GraphScene* m_scene;
    GraphScene* m_building = nullptr; // filled a slice at a time while the old one stays on screen
    GraphView* m_view;
    QComboBox* m_layout;
    QLineEdit* m_search;
    QStringListModel* m_searchNames;
    QComboBox* m_tagFilter;
    QComboBox* m_stageFilter;
    QComboBox* m_organizationFilter;
    QSpinBox* m_hops;
    QCheckBox* m_showUnreferred;
    QProgressBar* m_busy;
    QLabel* m_summary;
    QWidget* m_pathBox;
    QPlainTextEdit* m_pathText;
    QTreeWidget* m_reach;
    QLabel* m_legend = nullptr;
    QTimer* m_relayoutTimer;
    QSplitter* m_splitter = nullptr;
    bool m_splitterSized = false;

    QAction* m_fitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_pathAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;

    QFutureWatcher<GraphJob::Result> m_watcher;
    GraphJob::Result m_result; // what the scene on screen shows
    GraphJob::Result m_pending; // a finished layout whose items are still being made
    QString m_shownLayout; // "layered" or "force": the layout of the scene on screen
    QString m_pendingLayout;
    QString m_jobLayout;
    // The path the user asked for: found again in every new layout.
    qint64 m_pathContact = 0;
    QString m_pathOrganization;
    WarmPath m_path;
    qint64 m_currentContact = 0; // the contact selected in the window, kept across layouts
    quint64 m_generation = 0; // bumped when the network changes: older results are dropped
    quint64 m_jobGeneration = 0;
    bool m_dirty = false; // a relayout waits until the panel is shown
    bool m_rerun = false; // something changed while the worker was busy
    bool m_fitPending = true; // fit the first layout of a network (and a new layout kind) to the window
    bool m_unreferredChosen = false; // the user ticked or unticked "show unlinked" themselves
    bool m_syncing = false;
};

} // namespace Rapport
