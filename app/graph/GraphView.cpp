// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphView.h"

#include "GraphNodeItem.h"
#include "GraphScene.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QWheelEvent>

namespace Rapport {

GraphView::GraphView(QWidget* parent)
    : QGraphicsView(parent)
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
}

void GraphView::zoomBy(qreal factor)
{
    const qreal target = qBound(kMinZoom, zoom() * factor, kMaxZoom);
    if (zoom() > 0)
        scale(target / zoom(), target / zoom());
}

void GraphView::fitAll()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    else if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
}

void GraphView::showStart(const QPointF& anchor, bool anchorAtLeft)
{
    fitAll();
    if (zoom() >= kLegibleZoom)
        return;
    setTransform(QTransform::fromScale(kLegibleZoom, kLegibleZoom));
    const qreal halfWidth = viewport()->width() / (2 * kLegibleZoom);
    centerOn(anchorAtLeft ? QPointF(anchor.x() + halfWidth - 40, anchor.y()) : anchor);
}

void GraphView::centreOn(const QPointF& point)
{
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
