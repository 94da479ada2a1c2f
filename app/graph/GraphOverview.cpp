// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphOverview.h"

#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace Rapport {

namespace {
constexpr int kMaxWidth = 220;
constexpr int kMaxHeight = 160;
constexpr int kFrame = 1;
} // namespace

GraphOverview::GraphOverview(QGraphicsView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("graphOverview"));
    setAccessibleName(tr("Overview of the whole graph"));
    setToolTip(tr("The whole graph: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderLater.setSingleShot(true);
    m_renderLater.setInterval(150); // a drag changes the scene many times a second: draw once it settles
    connect(&m_renderLater, &QTimer::timeout, this, &GraphOverview::render);
}

void GraphOverview::sceneChanged()
{
    if (!m_renderLater.isActive())
        m_renderLater.start();
}

QSize GraphOverview::sizeHint() const
{
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    const int maxWidth = qMin(kMaxWidth, m_limit.width()) - 2 * kFrame;
    const int maxHeight = qMin(kMaxHeight, m_limit.height()) - 2 * kFrame;
    if (scene.isEmpty())
        return {maxWidth, maxHeight};
    const qreal scale = qMin(maxWidth / scene.width(), maxHeight / scene.height());
    return {
        qMax(40, qRound(scene.width() * scale)) + 2 * kFrame, qMax(30, qRound(scene.height() * scale)) + 2 * kFrame};
}

QRectF GraphOverview::mapRect() const
{
    return QRectF(rect()).adjusted(kFrame, kFrame, -kFrame, -kFrame);
}

QPointF GraphOverview::toMap(const QPointF& scenePoint) const
{
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    const QRectF map = mapRect();
    if (scene.isEmpty())
        return map.center();
    return {map.left() + (scenePoint.x() - scene.left()) * map.width() / scene.width(),
        map.top() + (scenePoint.y() - scene.top()) * map.height() / scene.height()};
}

QPointF GraphOverview::toScene(const QPointF& mapPoint) const
{
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    const QRectF map = mapRect();
    if (scene.isEmpty() || map.isEmpty())
        return scene.center();
    return {scene.left() + (mapPoint.x() - map.left()) * scene.width() / map.width(),
        scene.top() + (mapPoint.y() - map.top()) * scene.height() / map.height()};
}

QRectF GraphOverview::visibleFrame() const
{
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(toMap(shown.topLeft()), toMap(shown.bottomRight())).intersected(mapRect());
}

void GraphOverview::render()
{
    const QSize hint = sizeHint();
    if (size() != hint)
        resize(hint);
    QGraphicsScene* scene = m_view->scene();
    const qreal ratio = devicePixelRatioF();
    QPixmap picture((mapRect().size() * ratio).toSize());
    picture.setDevicePixelRatio(ratio);
    picture.fill(palette().color(QPalette::Base));
    if (scene && !scene->sceneRect().isEmpty()) {
        QPainter painter(&picture);
        drawMap(painter, *scene);
    }
    m_picture = picture;
    update();
}

void GraphOverview::drawMap(QPainter& painter, const QGraphicsScene& scene) const
{
    // Boxes and straight lines, not the scene rendered: at this size no name can be read, and
    // painting 2,000 names and 3,000 curves held the window still for over half a second.
    const QRectF source = scene.sceneRect();
    const QSizeF target = mapRect().size();
    painter.scale(target.width() / source.width(), target.height() / source.height());
    painter.translate(-source.topLeft());
    const QList<QGraphicsItem*> items = scene.items();
    QList<const GraphEdgeItem*> highlighted;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const QGraphicsItem* item : items) {
        if (const auto* edge = qgraphicsitem_cast<const GraphEdgeItem*>(item)) {
            if (edge->isHighlighted()) {
                highlighted.append(edge); // on top of the others
                continue;
            }
            painter.setOpacity(edge->opacity() * 0.6);
            painter.setPen(QPen(edge->color(), 0)); // one pixel wide at any scale
            painter.drawLine(edge->from()->pos(), edge->to()->pos());
        }
    }
    painter.setOpacity(1.0);
    for (const GraphEdgeItem* edge : std::as_const(highlighted)) {
        QPen pen(edge->color(), 2);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLine(edge->from()->pos(), edge->to()->pos());
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (const QGraphicsItem* item : items) {
        if (const auto* node = qgraphicsitem_cast<const GraphNodeItem*>(item)) {
            painter.setOpacity(node->opacity());
            painter.setBrush(node->look().border); // the stage's colour, stronger than the fill
            painter.drawRect(node->shape().boundingRect().translated(node->pos()));
        }
    }
}

void GraphOverview::paintEvent(QPaintEvent*)
{
    if (m_picture.isNull())
        render();
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.drawPixmap(mapRect().topLeft(), m_picture);
    // The visible part: the highlight colour, so it stands out in light and dark palettes.
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.15f);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawRect(visibleFrame());
}

void GraphOverview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        moveViewTo(event->position());
    event->accept();
}

void GraphOverview::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        moveViewTo(event->position());
    event->accept();
}

void GraphOverview::moveViewTo(const QPointF& mapPoint)
{
    emit moveRequested(toScene(mapPoint));
    update();
}

} // namespace Rapport
