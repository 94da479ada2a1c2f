// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphNodeItem.h"

#include "GraphEdgeItem.h"
#include "GraphScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Rapport {

namespace {
constexpr qreal kPaddingX = 9;
constexpr qreal kPaddingY = 5;
constexpr qreal kMaxTextWidth = 170;
constexpr qreal kRadius = 6;
// Below this scale the labels would be unreadable specks: boxes only.
constexpr qreal kLabelLevelOfDetail = 0.45;
} // namespace

GraphNodeItem::GraphNodeItem(qint64 contactId, const QString& name, const QString& detail, QSizeF size,
    const Look& look, const GraphStyle& style)
    : m_contactId(contactId)
    , m_name(name)
    , m_detail(detail)
    , m_size(size)
    , m_look(look)
    , m_nameFont(style.nameFont())
    , m_detailFont(style.detailFont())
    , m_highlightColor(style.highlight())
{
    elideText();
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

void GraphNodeItem::elideText()
{
    const qreal textWidth = m_size.width() - 2 * kPaddingX;
    const QFontMetricsF nameMetrics(m_nameFont);
    m_nameLine = nameMetrics.elidedText(m_name, Qt::ElideRight, textWidth);
    m_nameHeight = nameMetrics.height();
    m_detailLine = QFontMetricsF(m_detailFont).elidedText(m_detail, Qt::ElideRight, textWidth);
}

void GraphNodeItem::setContent(const QString& name, const QString& detail, QSizeF size, const Look& look)
{
    if (size != m_size)
        prepareGeometryChange();
    m_name = name;
    m_detail = detail;
    m_size = size;
    m_look = look;
    elideText();
    update();
}

QSizeF GraphNodeItem::sizeFor(const QString& name, const QString& detail, const GraphStyle& style)
{
    const QFontMetricsF nameMetrics(style.nameFont());
    const QFontMetricsF detailMetrics(style.detailFont());
    qreal width = nameMetrics.horizontalAdvance(name);
    qreal height = nameMetrics.height();
    if (!detail.isEmpty()) {
        width = qMax(width, detailMetrics.horizontalAdvance(detail));
        height += detailMetrics.height();
    }
    width = qBound<qreal>(36, width, kMaxTextWidth);
    return QSizeF(std::ceil(width + 2 * kPaddingX), std::ceil(height + 2 * kPaddingY));
}

QRectF GraphNodeItem::boundingRect() const
{
    const qreal margin = 4; // room for the highlight ring
    return QRectF(-m_size.width() / 2 - margin, -m_size.height() / 2 - margin, m_size.width() + 2 * margin,
        m_size.height() + 2 * margin);
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size), kRadius, kRadius);
    return path;
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF box(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_highlighted || isSelected()) {
        painter->setPen(QPen(m_highlightColor, isSelected() ? 3.5 : 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), kRadius + 2, kRadius + 2);
    }
    painter->setPen(QPen(m_look.border, m_look.borderWidth));
    painter->setBrush(m_look.fill);
    painter->drawRoundedRect(box, kRadius, kRadius);
    if (m_pinned) { // a small dot: "placed by hand"
        painter->setBrush(m_look.border);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(box.right() - 5, box.top() + 5), 2, 2);
    }

    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kLabelLevelOfDetail)
        return;
    const QRectF text = box.adjusted(kPaddingX, kPaddingY, -kPaddingX, -kPaddingY);
    painter->setFont(m_nameFont);
    painter->setPen(m_look.text);
    if (m_detail.isEmpty()) {
        painter->drawText(text, Qt::AlignCenter, m_nameLine);
        return;
    }
    const int align = Qt::AlignHCenter | Qt::AlignTop;
    painter->drawText(text, align, m_nameLine);
    painter->setFont(m_detailFont);
    painter->setPen(m_look.detailText);
    painter->drawText(text.adjusted(0, m_nameHeight, 0, 0), align, m_detailLine);
}

void GraphNodeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

void GraphNodeItem::setPinned(bool pinned)
{
    if (m_pinned != pinned) {
        m_pinned = pinned;
        update();
    }
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (GraphEdgeItem* edge : std::as_const(m_edges))
            edge->endMoved();
    }
    return QGraphicsItem::itemChange(change, value);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    // One person at a time: the graph selects (and drags) a single contact, like the list does.
    event->setModifiers(event->modifiers() & ~Qt::ControlModifier);
    m_pressPosition = pos();
    QGraphicsItem::mousePressEvent(event);
}

void GraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPosition) {
        if (auto* graph = qobject_cast<GraphScene*>(scene()))
            graph->reportNodeDragged(this, m_pressPosition);
    }
}

} // namespace Rapport
