// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphStyle.h"

#include <QGraphicsItem>

namespace Rapport {

class GraphEdgeItem;

// One person (or Me) in the referral graph: a rounded box with the name and organisation,
// filled by stage, its border weighted by relationship strength. Its position is its centre.
class GraphNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    struct Look {
        QColor fill;
        QColor border;
        QColor text;
        QColor detailText;
        qreal borderWidth = 1;
    };

    GraphNodeItem(qint64 contactId, const QString& name, const QString& detail, QSizeF size, const Look& look,
        const GraphStyle& style);

    int type() const override { return Type; }
    qint64 contactId() const { return m_contactId; }
    QString name() const { return m_name; }
    QString detail() const { return m_detail; }
    QSizeF size() const { return m_size; }
    const Look& look() const { return m_look; }
    // The contact was edited: new text, size and colours, in place (the position stays).
    void setContent(const QString& name, const QString& detail, QSizeF size, const Look& look);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void addEdge(GraphEdgeItem* edge) { m_edges.append(edge); }
    const QList<GraphEdgeItem*>& edges() const { return m_edges; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }

    // The size a node needs to show name and detail in the style's fonts.
    static QSizeF sizeFor(const QString& name, const QString& detail, const GraphStyle& style);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void elideText();

    qint64 m_contactId;
    QString m_name;
    QString m_detail;
    // Elided once: painting (and SVG export above all) draws thousands of these.
    QString m_nameLine;
    QString m_detailLine;
    qreal m_nameHeight = 0;
    QSizeF m_size;
    Look m_look;
    QFont m_nameFont;
    QFont m_detailFont;
    QColor m_highlightColor;
    QList<GraphEdgeItem*> m_edges;
    QPointF m_pressPosition;
    bool m_highlighted = false;
    bool m_pinned = false;
};

} // namespace Rapport
