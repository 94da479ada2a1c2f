// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphLayoutController.h"

#include "GraphScene.h"

#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Rapport {

GraphLayoutController::GraphLayoutController(QWidget* owner, JobMaker makeJob)
    : QObject(owner)
    , m_owner(owner)
    , m_makeJob(std::move(makeJob))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &GraphLayoutController::run);
    connect(&m_watcher, &QFutureWatcher<GraphJob::Result>::finished, this, &GraphLayoutController::finished);
}

GraphLayoutController::~GraphLayoutController()
{
    delete m_building;
    m_watcher.waitForFinished(); // the worker holds only copies, but its result must not arrive late
}

void GraphLayoutController::schedule()
{
    m_timer->start();
}

bool GraphLayoutController::isScheduled() const
{
    return m_timer->isActive();
}

void GraphLayoutController::run()
{
    m_timer->stop();
    if (!m_owner->isVisible()) {
        m_waiting = true;
        return;
    }
    if (m_watcher.isRunning()) {
        m_rerun = true;
        return;
    }
    const std::optional<GraphJob> job = m_makeJob();
    if (!job)
        return;
    m_waiting = false;
    m_jobLayout = layoutKey(job->kind);
    m_jobGeneration = m_generation;
    ++m_jobsStarted;
    emit started();
    m_watcher.setFuture(QtConcurrent::run([job = *job] { return job.run(); }));
}

void GraphLayoutController::runIfWaiting()
{
    if (m_waiting)
        run();
}

void GraphLayoutController::reset()
{
    m_pending = {};
    ++m_generation;
    delete m_building;
    m_building = nullptr;
}

void GraphLayoutController::markStale()
{
    if (isBusy())
        m_rerun = true;
}

void GraphLayoutController::continueAfterShowing()
{
    if (m_rerun) { // a change arrived while the items were being made
        m_rerun = false;
        run();
    }
}

void GraphLayoutController::finished()
{
    GraphJob::Result result = m_watcher.result();
    if (m_rerun || m_jobGeneration != m_generation) { // already out of date
        m_rerun = false;
        emit failed(QString());
        run();
        return;
    }
    if (!result.error.isEmpty()) {
        emit failed(result.error);
        return;
    }
    m_pending = std::move(result);
    m_pendingLayout = m_jobLayout;
    delete m_building;
    m_building = new GraphScene(this);
    m_building->setStyle(GraphStyle(m_owner->palette(), m_owner->font()));
    m_building->beginPopulate(m_pending.graph, m_pending.visible, m_pending.layout, m_pending.pinned);
    buildStep();
}

void GraphLayoutController::buildStep()
{
    // A few milliseconds of work per turn of the event loop: thousands of items never freeze the window.
    constexpr int kItemsPerStep = 300;
    if (!m_building)
        return;
    if (!m_building->populateStep(kItemsPerStep)) {
        QTimer::singleShot(1, this, &GraphLayoutController::buildStep);
        return;
    }
    emit sceneReady();
}

GraphScene* GraphLayoutController::takeScene()
{
    GraphScene* scene = m_building;
    m_building = nullptr;
    return scene;
}

GraphJob::Result GraphLayoutController::takeResult()
{
    GraphJob::Result result = std::move(m_pending);
    m_pending = {};
    return result;
}

} // namespace Rapport
