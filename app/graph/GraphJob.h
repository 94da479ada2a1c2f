// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphLayout.h"
#include "GraphPaths.h"
#include "GraphScope.h"
#include "GraphStyle.h"
#include "ReferralGraph.h"

namespace Rapport {

// Everything between the network file and a laid-out graph: read the contacts and links,
// choose what is shown, and run Graphviz. It opens its own read-only connection, so the
// window runs it on a worker thread and `rapport graph` runs it directly.
struct GraphJob {
    struct Result {
        ReferralGraph graph;
        VisibleGraph visible;
        LayoutResult layout;
        QHash<qint64, QPointF> pinned;
        QHash<qint64, Reach> reach;
        QStringList tags; // every tag and organisation in the network, sorted, for the filters
        QStringList organizations;
        QString error;
    };

    QString databasePath;
    GraphFilter filter;
    GraphLayoutKind kind = GraphLayoutKind::Layered;
    GraphStyle style;
    // When set, the default for showing unreferred contacts follows the network's size.
    bool unreferredBySize = false;

    Result run() const;
    // Every tag and organisation in the graph, each once (whatever its case), sorted.
    static void collectChoices(const ReferralGraph& graph, QStringList* tags, QStringList* organizations);
};

} // namespace Rapport
