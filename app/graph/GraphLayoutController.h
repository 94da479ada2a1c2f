// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;
class QWidget;

namespace Rapport {

class GraphScene;

// Lays the graph out on a worker thread (GraphJob: Graphviz, then the pinned nodes put back
// where the user dropped them, since dot ignores given positions) and makes the new scene's
// items a slice at a time, so the window never freezes. A result that a newer request
// replaced is dropped; a request while the owner is hidden waits until it is shown.
class GraphLayoutController : public QObject
{
    Q_OBJECT

public:
    // The job to run now, or nothing when there is no network.
    using JobMaker = std::function<std::optional<GraphJob>()>;

    GraphLayoutController(QWidget* owner, JobMaker makeJob);
    ~GraphLayoutController() override;

    // Lays out again soon (changes come in bursts: an import, typing in the editor).
    void schedule();
    void run();
    // Runs a request that waited while the owner was hidden.
    void runIfWaiting();
    // Drops whatever is under way: the network changed (or closed).
    void reset();
    // Something changed that the layout on its way did not see: run again once it is shown.
    void markStale();
    // After the owner showed a new scene: runs again if something changed meanwhile.
    void continueAfterShowing();

    // True from the request until the new scene is ready.
    bool isBusy() const { return m_watcher.isRunning() || m_building; }
    bool isWaiting() const { return m_waiting; }
    // True while a layout is due to start (schedule() was called).
    bool isScheduled() const;
    // How many layouts have been started (tests check that an edit did not start one).
    int jobsStarted() const { return m_jobsStarted; }

    // After sceneReady: the new scene (the caller owns it) and what it shows.
    GraphScene* takeScene();
    GraphJob::Result takeResult();
    QString resultLayout() const { return m_pendingLayout; }

signals:
    void started();
    void failed(const QString& error);
    void sceneReady();

private:
    void finished();
    void buildStep();

    QWidget* m_owner;
    JobMaker m_makeJob;
    QTimer* m_timer;
    QFutureWatcher<GraphJob::Result> m_watcher;
    GraphScene* m_building = nullptr; // filled a slice at a time while the old one stays on screen
    GraphJob::Result m_pending; // a finished layout whose items are still being made
    QString m_pendingLayout;
    QString m_jobLayout;
    quint64 m_generation = 0; // bumped when the network changes: older results are dropped
    quint64 m_jobGeneration = 0;
    int m_jobsStarted = 0;
    bool m_waiting = false; // a layout waits until the owner is shown
    bool m_rerun = false; // something changed while the worker was busy
};

} // namespace Rapport
