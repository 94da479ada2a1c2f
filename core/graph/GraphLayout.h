// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <optional>

namespace Rapport {

enum class GraphLayoutKind {
    Layered, // Graphviz dot: Me at the top, each referral one rank further
    Force, // Graphviz sfdp: clusters of people who know each other
};

// The key stored with pinned positions: "layered" or "force".
QString layoutKey(GraphLayoutKind kind);

// What to lay out: boxes of a given size and the lines between them. Plain data, so it can
// travel to a worker thread.
struct LayoutRequest {
    struct Node {
        qint64 id = 0;
        QSizeF size; // scene units (points)
    };
    struct Edge {
        qint64 from = 0;
        qint64 to = 0;
        bool ranks = true; // false for links that must not push people down a rank ("knows")
    };

    GraphLayoutKind kind = GraphLayoutKind::Layered;
    QList<Node> nodes;
    QList<Edge> edges;
    // Nodes the user placed by hand: they stay where they are, whatever the layout says.
    QHash<qint64, QPointF> pinned;
    // The tree's root (Me): in the layered layout it is drawn at the top of its column, level
    // with the first person it points to (RootTrunk). None for a graph without Me.
    std::optional<qint64> root;
};

struct LayoutResult {
    QHash<qint64, QPointF> centres;
    QHash<qint64, QSizeF> sizes; // as requested, so the boxes drawn match the boxes placed
    // One per request edge: the routed curve ending at the arrow's tip, or empty when the
    // edge should be drawn straight (force layout, or an end that was pinned).
    QList<QPainterPath> edgePaths;
    QString error; // empty on success
};

// Runs Graphviz. Safe to call from any thread; calls are serialised, since Graphviz keeps
// global state.
class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::GraphLayout)

public:
    static LayoutResult run(const LayoutRequest& request);
};

} // namespace Rapport
