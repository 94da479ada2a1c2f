// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphScene.h"

#include "DisplayFormat.h"
#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"

#include <QGraphicsSceneMouseEvent>
#include <QLocale>

#include <limits>

namespace Rapport {

namespace {

QString detailOf(const GraphNode& node)
{
    return node.organization.isEmpty() ? node.title : node.organization;
}

} // namespace

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
{ }

LayoutRequest GraphScene::layoutRequest(const ReferralGraph& graph, const VisibleGraph& visible, GraphLayoutKind kind,
    const QHash<qint64, QPointF>& pinned, const GraphStyle& style)
{
    LayoutRequest request;
    request.kind = kind;
    request.nodes.reserve(visible.nodes.size());
    for (const qint64 id : visible.nodes) {
        const GraphNode* node = graph.node(id);
        const QSizeF size = node ? GraphNodeItem::sizeFor(node->name, detailOf(*node), style)
                                 : GraphNodeItem::sizeFor(graph.nameOf(0), QString(), style);
        request.nodes.append({id, size});
        if (id == 0)
            request.root = 0; // Me
        if (pinned.contains(id))
            request.pinned.insert(id, pinned.value(id));
    }
    request.edges.reserve(visible.edges.size());
    for (const VisibleEdge& edge : visible.edges) {
        const bool knows = edge.linkIndex >= 0 && !graph.links().at(edge.linkIndex).isReferral();
        request.edges.append({edge.from, edge.to, !knows});
    }
    return request;
}

void GraphScene::populate(const ReferralGraph& graph, const VisibleGraph& visible, const LayoutResult& layout,
    const QHash<qint64, QPointF>& pinned)
{
    beginPopulate(graph, visible, layout, pinned);
    populateStep(std::numeric_limits<int>::max());
}

void GraphScene::beginPopulate(const ReferralGraph& graph, const VisibleGraph& visible, const LayoutResult& layout,
    const QHash<qint64, QPointF>& pinned)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = graph;
    m_visible = visible;
    m_layout = layout;
    m_pinned = pinned;
    m_nextNode = 0;
    m_nextEdge = 0;
    // Items go in faster without the index; it is built once at the end.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(m_style.background());
}

bool GraphScene::populateStep(int budget)
{
    for (; budget > 0 && m_nextNode < m_visible.nodes.size(); --budget)
        addNode(m_visible.nodes.at(m_nextNode++));
    for (; budget > 0 && m_nextEdge < m_visible.edges.size(); --budget)
        addEdge(m_nextEdge++);
    if (m_nextNode < m_visible.nodes.size() || m_nextEdge < m_visible.edges.size())
        return false;
    if (itemIndexMethod() == NoIndex) {
        // The index is built on the first search; searching now builds it in a step of its own
        // rather than during the first paint.
        setItemIndexMethod(BspTreeIndex);
        setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
        items(QPointF());
        return budget == std::numeric_limits<int>::max();
    }
    return true;
}

void GraphScene::addNode(qint64 id)
{
    const GraphNode* node = m_graph.node(id);
    GraphNodeItem::Look look;
    GraphNodeItem* item = nullptr;
    if (!node) { // Me
        const QString me = m_graph.nameOf(0);
        look = {m_style.meFill(), m_style.meFill().darker(130), m_style.meText(), m_style.meText(), 1.5};
        item = new GraphNodeItem(
            0, me, QString(), m_layout.sizes.value(0, GraphNodeItem::sizeFor(me, QString(), m_style)), look, m_style);
        item->setFlag(QGraphicsItem::ItemIsMovable, false);
        item->setToolTip(tr("You: every chain of introductions starts here"));
    } else {
        look = lookOf(*node);
        const QSizeF size = m_layout.sizes.contains(id) ? m_layout.sizes.value(id)
                                                        : GraphNodeItem::sizeFor(node->name, detailOf(*node), m_style);
        item = new GraphNodeItem(id, node->name, detailOf(*node), size, look, m_style);
        item->setToolTip(DisplayFormat::plainToolTip(tooltipFor(m_graph, *node)));
        item->setPinned(m_pinned.contains(id));
    }
    item->setPos(m_layout.centres.value(id));
    addItem(item);
    m_nodes.insert(id, item);
}

GraphNodeItem::Look GraphScene::lookOf(const GraphNode& node) const
{
    return {m_style.stageFill(node.stage), m_style.stageBorder(node.stage), m_style.text(), m_style.mutedText(),
        1.0 + 0.5 * qBound(0, node.strength, 5)};
}

bool GraphScene::updateNode(const GraphNode& node)
{
    m_graph.updateNode(node);
    GraphNodeItem* item = m_nodes.value(node.id);
    if (!item || !node.id)
        return false;
    const QString detail = detailOf(node);
    // The size Graphviz made room for stays while the text does (a new stage or strength).
    const bool sameText = node.name == item->name() && detail == item->detail();
    item->setContent(
        node.name, detail, sameText ? item->size() : GraphNodeItem::sizeFor(node.name, detail, m_style), lookOf(node));
    item->setToolTip(DisplayFormat::plainToolTip(tooltipFor(m_graph, node)));
    for (GraphEdgeItem* edge : item->edges()) {
        const VisibleEdge visible {edge->from()->contactId(), edge->to()->contactId(), edge->linkIndex()};
        edge->setToolTip(DisplayFormat::plainToolTip(tooltipFor(m_graph, visible)));
    }
    return true;
}

void GraphScene::addEdge(qsizetype index)
{
    const VisibleEdge& edge = m_visible.edges.at(index);
    GraphNodeItem* from = m_nodes.value(edge.from);
    GraphNodeItem* to = m_nodes.value(edge.to);
    if (!from || !to)
        return;
    GraphEdgeItem::Kind kind = GraphEdgeItem::Kind::Direct;
    QColor color = m_style.directLine();
    if (edge.linkIndex >= 0) {
        const bool referral = m_graph.links().at(edge.linkIndex).isReferral();
        kind = referral ? GraphEdgeItem::Kind::Referral : GraphEdgeItem::Kind::Knows;
        color = referral ? m_style.referralLine() : m_style.knowsLine();
    }
    auto* item = new GraphEdgeItem(from, to, kind, m_layout.edgePaths.value(index), color, m_style.highlight());
    item->setLinkIndex(edge.linkIndex);
    item->setToolTip(DisplayFormat::plainToolTip(tooltipFor(m_graph, edge)));
    addItem(item);
    m_edges.append(item);
}

QString GraphScene::tooltipFor(const ReferralGraph&, const GraphNode& node) const
{
    QStringList lines {node.name};
    if (!node.title.isEmpty() || !node.organization.isEmpty())
        lines.append(node.title.isEmpty()     ? node.organization
                : node.organization.isEmpty() ? node.title
                                              : tr("%1, %2").arg(node.title, node.organization));
    lines.append(tr("Stage: %1").arg(stageLabel(node.stage)));
    lines.append(tr("Strength: %1 of 5").arg(node.strength));
    return lines.join(QLatin1Char('\n'));
}

QString GraphScene::tooltipFor(const ReferralGraph& graph, const VisibleEdge& edge) const
{
    if (edge.linkIndex < 0)
        return tr("%1 is one of your contacts, with no referrer shown").arg(graph.nameOf(edge.to));
    return GraphPaths::stepText(graph, {edge.from, edge.to, edge.linkIndex});
}

void GraphScene::selectContact(qint64 contactId)
{
    GraphNodeItem* item = m_nodes.value(contactId);
    if (item && item->isSelected() && selectedItems().size() == 1)
        return;
    clearSelection();
    if (item && contactId)
        item->setSelected(true);
}

qint64 GraphScene::selectedContact() const
{
    const QList<QGraphicsItem*> items = selectedItems();
    for (QGraphicsItem* item : items) {
        if (item->type() == GraphNodeItem::Type)
            return static_cast<GraphNodeItem*>(item)->contactId();
    }
    return 0;
}

qint64 GraphScene::neighbourInDirection(qint64 fromContact, QPointF direction) const
{
    const GraphNodeItem* from = m_nodes.value(fromContact);
    if (!from)
        return 0;
    const QPointF origin = from->sceneBoundingRect().center();
    qint64 best = 0;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.key() == fromContact || !it.key() || !it.value()->isVisible())
            continue;
        const QPointF offset = it.value()->sceneBoundingRect().center() - origin;
        const qreal along = QPointF::dotProduct(offset, direction);
        const qreal across = std::abs(offset.x() * direction.y() - offset.y() * direction.x());
        if (along <= 0 || across > along)
            continue;
        // Straight ahead wins over a nearer node off to the side.
        const qreal score = along + 2 * across;
        if (score < bestScore || (score == bestScore && it.key() < best)) {
            bestScore = score;
            best = it.key();
        }
    }
    return best;
}

void GraphScene::highlightPath(const WarmPath& path)
{
    clearHighlight();
    const QList<qint64> people = path.people();
    const QSet<qint64> onPath(people.cbegin(), people.cend());
    for (GraphNodeItem* node : std::as_const(m_nodes)) {
        node->setHighlighted(onPath.contains(node->contactId()));
        node->setOpacity(path.isEmpty() || onPath.contains(node->contactId()) ? 1.0 : 0.35);
    }
    for (GraphEdgeItem* edge : std::as_const(m_edges)) {
        const bool along = std::any_of(path.steps.cbegin(), path.steps.cend(), [edge](const PathStep& step) {
            const qint64 a = edge->from()->contactId();
            const qint64 b = edge->to()->contactId();
            const bool sameEnds = (a == step.from && b == step.to) || (a == step.to && b == step.from);
            return sameEnds && edge->linkIndex() == step.linkIndex;
        });
        edge->setHighlighted(along);
        edge->setOpacity(path.isEmpty() || along ? 1.0 : 0.3);
    }
}

void GraphScene::clearHighlight()
{
    for (GraphNodeItem* node : std::as_const(m_nodes)) {
        node->setHighlighted(false);
        node->setOpacity(1.0);
    }
    for (GraphEdgeItem* edge : std::as_const(m_edges)) {
        edge->setHighlighted(false);
        edge->setOpacity(1.0);
    }
}

QList<qint64> GraphScene::highlightedContacts() const
{
    QList<qint64> ids;
    for (GraphNodeItem* node : std::as_const(m_nodes)) {
        if (node->isHighlighted())
            ids.append(node->contactId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GraphScene::reportNodeDragged(GraphNodeItem* node, QPointF from)
{
    emit nodeDragged(node->contactId(), from, node->pos());
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (item->type() == GraphNodeItem::Type) {
            if (const qint64 id = static_cast<GraphNodeItem*>(item)->contactId())
                emit nodeActivated(id);
            return;
        }
    }
}

} // namespace Rapport
