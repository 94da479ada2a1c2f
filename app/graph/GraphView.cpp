// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphView.h"

#include "ChainFraming.h"
#include "GraphNodeItem.h"
#include "GraphOverview.h"
#include "GraphScene.h"
#include "GraphStyle.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace Rapport {

GraphView::GraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_overview(new GraphOverview(this, this))
{
    setObjectName(QStringLiteral("graphView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Scroll bars that come and go with the zoom would resize the viewport and paint everything twice.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Referral graph"));
    setAccessibleDescription(tr("Who referred you to whom. Arrows point from the referrer to the person referred; "
                                "dashed lines join people who know each other. Use the search box to find a person, "
                                "plus and minus to zoom."));
    m_overview->hide();
    connect(m_overview, &GraphOverview::moveRequested, this, &GraphView::centreOn);
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, &GraphView::viewChanged);
        connect(bar, &QScrollBar::rangeChanged, this, &GraphView::viewChanged);
        bar->installEventFilter(this); // the user scrolling with the bars
    }
    connect(this, &GraphView::viewChanged, this, &GraphView::placeOverview);
}

void GraphView::showScene(QGraphicsScene* graph)
{
    if (scene())
        scene()->disconnect(m_overview);
    setScene(graph);
    makeRoomForOverview(); // the new graph's own edges (showChain may have widened them)
    m_chain.reset(); // its nodes are elsewhere in the new graph
    if (graph)
        connect(graph, &QGraphicsScene::changed, m_overview, &GraphOverview::sceneChanged);
    m_overview->sceneChanged();
    placeOverview();
}

void GraphView::setOverviewEnabled(bool enabled)
{
    m_overviewEnabled = enabled;
    makeRoomForOverview();
    placeOverview();
}

qreal GraphView::legibleZoom() const
{
    // The detail line (organisation) is the smallest text on a node: it must be readable too.
    const QFont label = GraphStyle(palette(), font()).detailFont();
    const qreal pixels = label.pixelSize() > 0 ? label.pixelSize() : label.pointSizeF() * logicalDpiY() / 72.0;
    return pixels > 0 ? qBound(kMinZoom, kLegiblePixels / pixels, kMaxZoom) : 1.0;
}

bool GraphView::showsWholeScene() const
{
    if (!scene())
        return true;
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    return shown.contains(scene()->sceneRect().adjusted(2, 2, -2, -2));
}

void GraphView::placeOverview()
{
    const QRect area = overviewArea();
    const bool wanted = !area.isEmpty() && scene() && !scene()->sceneRect().isEmpty() && !showsWholeScene();
    if (wanted) {
        if (m_overview->size() != area.size()) {
            m_overview->resize(area.size());
            m_overview->sceneChanged(); // drawn again at its new size
        }
        m_overview->move(area.topLeft() + viewport()->pos());
        m_overview->raise();
        m_overview->update();
    }
    m_overview->setVisible(wanted);
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_chain)
        makeRoomForOverview();
    if (m_start)
        applyStart(); // the window settled on its size after the first view: show the start again
    else if (m_chain)
        frameChain(*m_chain); // the editor opened beside the graph, say: the path stays in view
    else if (m_keepFitted) // queued: the resize may come from inside fitAll (the note under the view appears)
        QMetaObject::invokeMethod(
            this, [this] { m_keepFitted ? fitAll() : void(); }, Qt::QueuedConnection);
    placeOverview();
}

bool GraphView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Wheel)
        forgetStart();
    return QGraphicsView::eventFilter(watched, event);
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    forgetStart();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::zoomBy(qreal factor)
{
    forgetStart();
    const qreal target = qBound(kMinZoom, zoom() * factor, kMaxZoom);
    if (zoom() > 0)
        scale(target / zoom(), target / zoom());
    makeRoomForOverview();
    emit viewChanged();
}

void GraphView::fitAll()
{
    forgetStart();
    if (!scene())
        return;
    m_keepFitted = true;
    setSceneRect(QRectF());
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    else if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(scene()->sceneRect().center());
    emit viewChanged();
}

void GraphView::forgetStart()
{
    m_start.reset();
    m_keepFitted = false;
    m_chain.reset();
}

void GraphView::showStart(const QPointF& anchor, bool anchorAtLeft)
{
    m_keepFitted = false;
    m_chain.reset();
    m_start = Start {anchor, anchorAtLeft};
    applyStart();
}

void GraphView::applyStart()
{
    if (!scene() || !m_start)
        return;
    setSceneRect(QRectF());
    const QRectF graph = scene()->sceneRect();
    const QRectF port = QRectF(viewport()->rect()).adjusted(4, 4, -4, -4);
    if (graph.isEmpty() || port.isEmpty())
        return;
    const qreal fit = qMin(port.width() / graph.width(), port.height() / graph.height());
    const qreal legible = legibleZoom();
    if (fit >= legible) {
        // Everything, legibly; a small graph is not blown up beyond its natural size.
        const qreal z = qMin(fit, qMax(1.0, legible));
        setTransform(QTransform::fromScale(z, z));
        makeRoomForOverview();
        centerOn(graph.center());
    } else {
        // Me at the legible zoom; the overview shows where the rest is.
        setTransform(QTransform::fromScale(legible, legible));
        makeRoomForOverview();
        const QSizeF half = QSizeF(viewport()->width(), viewport()->height()) / (2 * legible);
        const QPointF me = m_start->anchor;
        // A left-to-right tree, Me at its top (RootTrunk), reads like a page from its top-left
        // corner; Me placed lower by hand is shown in the upper part of the view.
        const QPointF topLeft(
            me.x() - graph.left() < half.width() ? graph.left() + half.width() : me.x() + half.width() - 60,
            me.y() - graph.top() < half.height() / 2 ? graph.top() + half.height() : me.y() + half.height() / 2);
        centerOn(m_start->anchorAtLeft ? topLeft : me);
    }
    emit viewChanged();
}

void GraphView::centreOn(const QPointF& point)
{
    forgetStart();
    centerOn(point);
}

void GraphView::reveal(const QRectF& sceneRect)
{
    forgetStart();
    ensureVisible(sceneRect, 40, 40);
}

qsizetype GraphView::showChain(const QList<QRectF>& chain)
{
    forgetStart();
    m_chain = chain;
    return frameChain(chain);
}

qsizetype GraphView::frameChain(const QList<QRectF>& chain)
{
    const qsizetype inView = placeChain(chain);
    emit chainFramed(inView, chain.size());
    return inView;
}

qsizetype GraphView::placeChain(const QList<QRectF>& chain)
{
    if (!scene() || chain.isEmpty())
        return 0;
    const QRectF viewRect = viewport()->rect();
    const QRectF port = viewRect.adjusted(kChainMargin, kChainMargin, -kChainMargin, -kChainMargin);
    if (port.isEmpty())
        return 0;
    const ChainFraming framing(port, overviewArea());
    const qreal legible = legibleZoom();
    const auto apply = [this](qreal z, const QPointF& centre) {
        setTransform(QTransform::fromScale(z, z));
        centreBeyondEdges(centre);
        emit viewChanged();
    };
    if (isLegible()) {
        // It fits as the user zoomed: move only when part of it is off screen or covered.
        QList<QRectF> onScreen;
        for (const QRectF& node : chain)
            onScreen.append(mapFromScene(node).boundingRect());
        if (framing.isClear(onScreen)) {
            emit viewChanged();
            return chain.size();
        }
        if (const std::optional<QPointF> centre = framing.place(chain, zoom(), viewRect)) {
            apply(zoom(), *centre);
            return chain.size();
        }
    }
    // The whole chain, at natural size at most, but legible.
    if (const std::optional<qreal> z = framing.largestZoom(chain, legible, qMax(1.0, legible))) {
        apply(*z, *framing.place(chain, *z, viewRect));
        return chain.size();
    }
    // Too long for that: as much of it as fits legibly, ending where it leads.
    for (qsizetype count = chain.size() - 1; count > 0; --count) {
        const QList<QRectF> end = chain.mid(chain.size() - count);
        if (const std::optional<QPointF> centre = framing.place(end, legible, viewRect)) {
            apply(legible, *centre);
            return count;
        }
    }
    apply(legible, chain.last().center()); // a view too small for even one node
    return 0;
}

QRect GraphView::overviewArea()
{
    const QRect port = viewport()->rect();
    // A third of the view at most: the graph stays the main thing; none on a tiny view.
    if (!m_overviewEnabled || port.width() < 180 || port.height() < 120)
        return {};
    m_overview->setLimit(QSize(port.width() / 3, port.height() / 3));
    const QSize size = m_overview->sizeHint();
    return {QPoint(port.right() - size.width() - 8, port.bottom() - size.height() - 8), size};
}

void GraphView::makeRoomForOverview()
{
    if (!scene()) {
        setSceneRect(QRectF());
        return;
    }
    // Room to scroll the graph's bottom-right corner out from under the overview: without it,
    // the people drawn there could not be seen while the overview is on.
    QRectF rect = scene()->sceneRect();
    const QRect area = overviewArea();
    const bool partShown = rect.width() * zoom() > viewport()->width() || rect.height() * zoom() > viewport()->height();
    if (!area.isEmpty() && partShown && zoom() > 0)
        rect.adjust(0, 0, (area.width() + 16) / zoom(), (area.height() + 16) / zoom());
    setSceneRect(rect);
}

void GraphView::centreBeyondEdges(const QPointF& point)
{
    // The view scrolls only within its scene rect: widened to where it must go, until the next graph.
    const QSizeF half = QSizeF(viewport()->width(), viewport()->height()) / (2 * zoom());
    const QRectF wanted(point - QPointF(half.width(), half.height()), half * 2);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
    centerOn(point);
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, steps)); // one notch (120) is about 20%
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    forgetStart();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier && stepSelection(event->key()))
            return;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (auto* graph = qobject_cast<GraphScene*>(scene()); graph && graph->selectedContact()) {
            emit graph->nodeActivated(graph->selectedContact());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event); // arrows scroll when there is nowhere to go
}

bool GraphView::event(QEvent* event)
{
    // The Menu key (or Shift+F10) opens the selected person's menu where they are drawn, as a
    // right-click on them does; the panel's handler reads the position in viewport coordinates.
    if (event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard) {
        auto* graph = qobject_cast<GraphScene*>(scene());
        if (const GraphNodeItem* node = graph ? graph->nodeItem(graph->selectedContact()) : nullptr;
            node && graph->selectedContact()) {
            emit customContextMenuRequested(mapFromScene(node->sceneBoundingRect().center()));
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool GraphView::stepSelection(int key)
{
    auto* graph = qobject_cast<GraphScene*>(scene());
    if (!graph)
        return false;
    const QPointF direction = key == Qt::Key_Left ? QPointF(-1, 0)
        : key == Qt::Key_Right                    ? QPointF(1, 0)
        : key == Qt::Key_Up                       ? QPointF(0, -1)
                                                  : QPointF(0, 1);
    const qint64 next = graph->neighbourInDirection(graph->selectedContact(), direction); // from Me if none
    if (!next)
        return false;
    graph->selectContact(next);
    if (const GraphNodeItem* node = graph->nodeItem(next))
        ensureVisible(node, 40, 40);
    return true;
}

} // namespace Rapport
