// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphLayout.h"

#include "RootTrunk.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <memory>

namespace Rapport {

namespace {

QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Graphviz's attribute setters take char*; these keep the strings alive for the call.
void setAttribute(void* object, const char* name, const QByteArray& value, const char* fallback = "")
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.constData()), const_cast<char*>(fallback));
}

QByteArray inches(qreal points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

// From this many people on, dot's placement is capped (see run()).
constexpr qsizetype kLargeGraphNodes = 400;

// Graphviz reports problems through a global hook; we report our own, so it stays quiet.
int ignoreGraphvizMessage(char*)
{
    return 0;
}

} // namespace

QString layoutKey(GraphLayoutKind kind)
{
    return kind == GraphLayoutKind::Force ? QStringLiteral("force") : QStringLiteral("layered");
}

LayoutResult GraphLayout::run(const LayoutRequest& request)
{
    LayoutResult result;
    if (request.nodes.isEmpty())
        return result;
    QMutexLocker lock(&graphvizMutex());
    agseterrf(ignoreGraphvizMessage);
    agseterr(AGMAX);

    const std::unique_ptr<GVC_t, int (*)(GVC_t*)> context(gvContext(), gvFreeContext);
    const std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(
        agopen(const_cast<char*>("rapport"), Agdirected, nullptr), agclose);
    const bool layered = request.kind == GraphLayoutKind::Layered;
    setAttribute(graph.get(), "rankdir", "LR");
    if (layered) {
        setAttribute(graph.get(), "nodesep", "0.12");
        setAttribute(graph.get(), "ranksep", "0.55");
        // dot spends most of a large graph's time placing nodes across ranks (its second network
        // simplex: 2.0 of 2.8 s for 2,000 people and 3,000 links). Capping its iterations keeps
        // the layout valid, with no overlaps, only a little less compact; small graphs, where the
        // optimum costs nothing, keep it.
        if (request.nodes.size() > kLargeGraphNodes)
            setAttribute(graph.get(), "nslimit", "0.1");
    } else {
        setAttribute(graph.get(), "overlap", "prism");
        setAttribute(graph.get(), "sep", "+8");
        setAttribute(graph.get(), "splines", "false");
    }

    QHash<qint64, Agnode_t*> nodes;
    nodes.reserve(request.nodes.size());
    for (const auto& node : request.nodes) {
        Agnode_t* n = agnode(graph.get(), QByteArray::number(node.id).data(), 1);
        setAttribute(n, "shape", "box");
        setAttribute(n, "fixedsize", "true");
        setAttribute(n, "label", "");
        setAttribute(n, "width", inches(node.size.width()));
        setAttribute(n, "height", inches(node.size.height()));
        nodes.insert(node.id, n);
    }
    QList<Agedge_t*> edges;
    edges.reserve(request.edges.size());
    for (const auto& edge : request.edges) {
        Agnode_t* from = nodes.value(edge.from);
        Agnode_t* to = nodes.value(edge.to);
        Agedge_t* e = from && to ? agedge(graph.get(), from, to, nullptr, 1) : nullptr;
        if (e && !edge.ranks)
            setAttribute(e, "constraint", "false", "true");
        edges.append(e);
    }

    if (gvLayout(context.get(), graph.get(), layered ? "dot" : "sfdp") != 0) {
        result.error = tr("the graph could not be laid out");
        return result;
    }
    // Graphviz's y axis points up; the scene's points down.
    const qreal top = GD_bb(graph.get()).UR.y;
    const auto toScene = [top](const pointf& p) { return QPointF(p.x, top - p.y); };
    for (const auto& node : request.nodes)
        result.sizes.insert(node.id, node.size);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        result.centres.insert(it.key(), request.pinned.value(it.key(), toScene(ND_coord(it.value()))));

    result.edgePaths.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        QPainterPath path;
        Agedge_t* e = edges.at(i);
        const auto& edge = request.edges.at(i);
        const bool pinnedEnd = request.pinned.contains(edge.from) || request.pinned.contains(edge.to);
        if (e && ED_spl(e) && !pinnedEnd && ED_spl(e)->size > 0) {
            const bezier& curve = ED_spl(e)->list[0];
            if (curve.size >= 4) {
                path.moveTo(toScene(curve.sflag ? curve.sp : curve.list[0]));
                if (curve.sflag)
                    path.lineTo(toScene(curve.list[0]));
                for (int j = 1; j + 2 < curve.size; j += 3)
                    path.cubicTo(toScene(curve.list[j]), toScene(curve.list[j + 1]), toScene(curve.list[j + 2]));
                if (curve.eflag)
                    path.lineTo(toScene(curve.ep));
            }
        }
        result.edgePaths.append(path);
    }
    gvFreeLayout(context.get(), graph.get());
    if (request.root)
        RootTrunk::apply(request, *request.root, result);
    return result;
}

} // namespace Rapport
