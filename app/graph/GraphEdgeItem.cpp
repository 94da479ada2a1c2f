// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphEdgeItem.h"

#include "GraphNodeItem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace Rapport {

namespace {

constexpr qreal kArrowLength = 8;

// Where the segment from inside to outside leaves rect (the node's box).
QPointF exitPoint(const QRectF& rect, const QPointF& inside, const QPointF& outside)
{
    const QLineF line(inside, outside);
    const QPointF corners[] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    for (int i = 0; i < 4; ++i) {
        QPointF hit;
        if (line.intersects(QLineF(corners[i], corners[(i + 1) % 4]), &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return inside;
}

QRectF boxOf(const GraphNodeItem* node)
{
    return node->shape().boundingRect().translated(node->pos());
}

} // namespace

GraphEdgeItem::GraphEdgeItem(GraphNodeItem* from, GraphNodeItem* to, Kind kind, const QPainterPath& routed,
    const QColor& color, const QColor& highlightColor)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_path(routed)
    , m_color(color)
    , m_highlightColor(highlightColor)
    , m_routed(!routed.isEmpty())
{
    setZValue(0);
    setAcceptHoverEvents(true);
    from->addEdge(this);
    to->addEdge(this);
    rebuild();
}

void GraphEdgeItem::endMoved()
{
    m_routed = false;
    rebuild();
}

void GraphEdgeItem::rebuild()
{
    prepareGeometryChange();
    if (!m_routed) {
        const QPointF a = m_from->pos();
        const QPointF b = m_to->pos();
        m_path = QPainterPath(exitPoint(boxOf(m_from), a, b));
        m_path.lineTo(exitPoint(boxOf(m_to), b, a));
    }
    m_arrow.clear();
    if (m_kind == Kind::Knows || m_path.elementCount() < 2)
        return;
    // The arrow points along the last bit of the curve, its tip on the target's box.
    const QPointF tip = m_path.pointAtPercent(1);
    const qreal angle = qDegreesToRadians(m_path.angleAtPercent(1));
    const QPointF back(-std::cos(angle) * kArrowLength, std::sin(angle) * kArrowLength);
    const QPointF side(std::sin(angle) * kArrowLength * 0.45, std::cos(angle) * kArrowLength * 0.45);
    m_arrow << tip << tip + back + side << tip + back - side;
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8); // easy to hover for the tooltip
    return stroker.createStroke(m_path);
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_highlighted ? m_highlightColor : m_color;
    QPen pen(color, m_highlighted ? 3 : (m_kind == Kind::Referral ? 1.3 : 1.1));
    if (m_kind == Kind::Knows)
        pen.setStyle(Qt::DashLine);
    else if (m_kind == Kind::Direct)
        pen.setStyle(Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
}

void GraphEdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 0.5 : 0);
        update();
    }
}

} // namespace Rapport
