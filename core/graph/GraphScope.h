// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReferralGraph.h"

#include <optional>

namespace Rapport {

// Which part of the network the graph shows.
struct GraphFilter {
    bool showUnreferred = false; // contacts with no link at all, hanging off Me
    QString tag;
    std::optional<Stage> stage;
    QString organization;
    qint64 focusId = 0; // with hops > 0: only the neighbourhood of this contact
    int hops = 0;
};

// A line the graph draws. linkIndex indexes ReferralGraph::links(), or is -1 for the plain
// line from Me to someone shown without a (visible) referrer.
struct VisibleEdge {
    qint64 from = 0;
    qint64 to = 0;
    int linkIndex = -1;
};

struct VisibleGraph {
    QList<qint64> nodes; // Me (0) first
    QList<VisibleEdge> edges;
    int hiddenUnreferred = 0; // unlinked contacts left out beyond GraphScope::kMaxUnreferred
    int hiddenLinked = 0; // linked contacts left out beyond GraphScope::kMaxLinked
    int unlinkedOff = 0; // unlinked contacts the filter leaves out (showUnreferred is off)
};

class GraphScope
{
public:
    // Contacts shown by default: all of them in a small network, only linked ones in a large one.
    static constexpr int kUnreferredShownUpTo = 200;
    // Even when asked for, at most this many unlinked contacts hang off Me: beyond it the
    // picture is a wall of boxes, and laying it out takes minutes.
    static constexpr int kMaxUnreferred = 1000;
    // And at most this many linked people: those fewest introductions away from Me. Graphviz
    // lays 2,000 out in about a second; 100,000 would take hours. The filters reach the rest.
    static constexpr int kMaxLinked = 4000;

    // Whether unlinked contacts show when the user has not chosen: in a small network, and in
    // one where nobody is linked yet (a fresh LinkedIn import), which would otherwise be empty.
    static bool showsUnreferredByDefault(const ReferralGraph& graph);

    static VisibleGraph select(const ReferralGraph& graph, const GraphFilter& filter);
};

} // namespace Rapport
