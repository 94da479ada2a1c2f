// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphLayout.h"
#include "GraphPaths.h"
#include "GraphScope.h"
#include "GraphStyle.h"
#include "ReferralGraph.h"

#include "GraphNodeItem.h"

#include <QGraphicsScene>

namespace Rapport {

class GraphEdgeItem;
class GraphNodeItem;

// The referral graph as items: built from the network, what is visible and a finished
// layout. Shared by the window's view and `rapport graph`, so both draw the same picture.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject* parent = nullptr);

    void setStyle(const GraphStyle& style) { m_style = style; }
    const GraphStyle& style() const { return m_style; }

    // What Graphviz must place: every visible node at the size its label needs.
    // Only reads its arguments, so a worker thread may call it.
    static LayoutRequest layoutRequest(const ReferralGraph& graph, const VisibleGraph& visible, GraphLayoutKind kind,
        const QHash<qint64, QPointF>& pinned, const GraphStyle& style);
    // Replaces every item.
    void populate(const ReferralGraph& graph, const VisibleGraph& visible, const LayoutResult& layout,
        const QHash<qint64, QPointF>& pinned);
    // The same in small steps, so a window stays responsive while thousands of items are made:
    // call populateStep() from the event loop until it returns true.
    void beginPopulate(const ReferralGraph& graph, const VisibleGraph& visible, const LayoutResult& layout,
        const QHash<qint64, QPointF>& pinned);
    bool populateStep(int budget);

    // A contact was edited: its node shows the new name, colours and size where it stands, and
    // the tooltips of its lines follow. Nothing is laid out again. False when it is not shown.
    bool updateNode(const GraphNode& node);

    GraphNodeItem* nodeItem(qint64 contactId) const { return m_nodes.value(contactId); }
    QList<qint64> contactIds() const { return m_nodes.keys(); }
    // Selects one contact's node (none for 0 or a hidden contact).
    void selectContact(qint64 contactId);
    qint64 selectedContact() const;
    // The person the arrow keys move to from a node (Me is 0): the nearest one within 45° of
    // the direction, which is a unit step such as (1, 0) for Right. 0 when there is none.
    qint64 neighbourInDirection(qint64 fromContact, QPointF direction) const;

    // Emphasises a chain's nodes and links; everything else fades.
    void highlightPath(const WarmPath& path);
    void clearHighlight();
    QList<qint64> highlightedContacts() const;

    // Called by a node the user dropped somewhere new.
    void reportNodeDragged(GraphNodeItem* node, QPointF from);

signals:
    void nodeDragged(qint64 contactId, QPointF from, QPointF to);
    void nodeActivated(qint64 contactId);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void addNode(qint64 id);
    GraphNodeItem::Look lookOf(const GraphNode& node) const;
    void addEdge(qsizetype index);
    QString tooltipFor(const ReferralGraph& graph, const GraphNode& node) const;
    QString tooltipFor(const ReferralGraph& graph, const VisibleEdge& edge) const;

    GraphStyle m_style;
    // What beginPopulate() was given, and how far populateStep() got.
    ReferralGraph m_graph;
    VisibleGraph m_visible;
    LayoutResult m_layout;
    QHash<qint64, QPointF> m_pinned;
    qsizetype m_nextNode = 0;
    qsizetype m_nextEdge = 0;
    QHash<qint64, GraphNodeItem*> m_nodes;
    QList<GraphEdgeItem*> m_edges;
};

} // namespace Rapport
