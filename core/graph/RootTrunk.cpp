// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RootTrunk.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Rapport {

namespace {

constexpr qreal kCornerRadius = 8;

QRectF boxAt(const LayoutResult& result, qint64 id)
{
    const QSizeF size = result.sizes.value(id);
    const QPointF centre = result.centres.value(id);
    return {centre - QPointF(size.width(), size.height()) / 2, size};
}

// From the root's right side along to the trunk, down it, and along to the child's left side,
// with rounded corners.
QPainterPath branch(const QPointF& start, qreal trunkX, const QPointF& end)
{
    QPainterPath path(start);
    const qreal drop = end.y() - start.y();
    const qreal radius = std::min({kCornerRadius, drop / 2, (trunkX - start.x()), (end.x() - trunkX)});
    if (radius < 0.5) {
        path.lineTo(end);
        return path;
    }
    path.lineTo(trunkX - radius, start.y());
    path.quadTo(trunkX, start.y(), trunkX, start.y() + radius);
    path.lineTo(trunkX, end.y() - radius);
    path.quadTo(trunkX, end.y(), trunkX + radius, end.y());
    path.lineTo(end);
    return path;
}

} // namespace

void RootTrunk::apply(const LayoutRequest& request, qint64 root, LayoutResult& result)
{
    if (request.kind != GraphLayoutKind::Layered || request.pinned.contains(root) || !result.centres.contains(root))
        return;
    // The people the root points to in the column next to it: dot gives a column one x.
    QList<qsizetype> trunkEdges;
    qreal column = std::numeric_limits<qreal>::max();
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const LayoutRequest::Edge& edge = request.edges.at(i);
        if (edge.from == root && edge.ranks && edge.to != root && !request.pinned.contains(edge.to)
            && result.centres.contains(edge.to)) {
            trunkEdges.append(i);
            column = std::min(column, result.centres.value(edge.to).x());
        }
    }
    const auto inColumn
        = [&](qsizetype i) { return qAbs(result.centres.value(request.edges.at(i).to).x() - column) < 1; };
    trunkEdges.removeIf([&](qsizetype i) { return !inColumn(i); });
    const QSet<qsizetype> onTrunk(trunkEdges.cbegin(), trunkEdges.cend()); // looked up once per edge below
    if (trunkEdges.isEmpty())
        return;

    qreal top = std::numeric_limits<qreal>::max();
    qreal childrenLeft = std::numeric_limits<qreal>::max();
    for (const qsizetype i : std::as_const(trunkEdges)) {
        const QRectF box = boxAt(result, request.edges.at(i).to);
        top = std::min(top, box.center().y());
        childrenLeft = std::min(childrenLeft, box.left());
    }
    const QPointF oldCentre = result.centres.value(root);
    const QPointF raised(oldCentre.x(), top);
    result.centres.insert(root, raised);
    const QRectF rootBox = boxAt(result, root);
    for (auto it = result.centres.cbegin(); it != result.centres.cend(); ++it) {
        if (it.key() != root && boxAt(result, it.key()).intersects(rootBox.adjusted(-4, -4, 4, 4))) {
            result.centres.insert(root, oldCentre); // someone is there already: dot's place stays
            return;
        }
    }

    const qreal trunkX = (rootBox.right() + childrenLeft) / 2;
    for (qsizetype i = 0; i < request.edges.size() && i < result.edgePaths.size(); ++i) {
        const LayoutRequest::Edge& edge = request.edges.at(i);
        if (edge.from != root && edge.to != root)
            continue;
        if (!onTrunk.contains(i)) {
            result.edgePaths[i] = QPainterPath(); // drawn straight, from where the root is now
            continue;
        }
        const QRectF child = boxAt(result, edge.to);
        result.edgePaths[i]
            = branch(QPointF(rootBox.right(), raised.y()), trunkX, QPointF(child.left(), child.center().y()));
    }
}

} // namespace Rapport
