// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace Rapport {

class GraphNodeItem;

// A line between two nodes: a referral (solid, arrow to the person referred), a "knows" link
// (dashed, no arrow: it goes both ways) or Me's plain line to a first contact (faint).
class GraphEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Kind { Referral, Knows, Direct };

    GraphEdgeItem(GraphNodeItem* from, GraphNodeItem* to, Kind kind, const QPainterPath& routed, const QColor& color,
        const QColor& highlightColor);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    int linkIndex() const { return m_linkIndex; }
    void setLinkIndex(int index) { m_linkIndex = index; }
    GraphNodeItem* from() const { return m_from; }
    GraphNodeItem* to() const { return m_to; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    // The colour it is drawn in now.
    QColor color() const { return m_highlighted ? m_highlightColor : m_color; }
    // An end was dragged: the routed curve no longer fits, so draw straight from now on.
    void endMoved();

private:
    void rebuild();

    GraphNodeItem* m_from;
    GraphNodeItem* m_to;
    Kind m_kind;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QColor m_color;
    QColor m_highlightColor;
    int m_linkIndex = -1;
    bool m_routed;
    bool m_highlighted = false;
};

} // namespace Rapport
