#include "GraphScope.h"

#include "GraphPaths.h"

#include <QSet>

namespace Rapport {

VisibleGraph GraphScope::select(const ReferralGraph& graph, const GraphFilter& filter)
{
    const QSet<qint64> around = filter.focusId && filter.hops > 0
        ? GraphPaths::neighbourhood(graph, filter.focusId, filter.hops)
        : QSet<qint64>();
    const QString organization = filter.organization.simplified().toCaseFolded();
    const auto passes = [&](const GraphNode& node) {
        if (!filter.tag.isEmpty() && !node.tags.contains(filter.tag, Qt::CaseInsensitive))
            return false;
        if (filter.stage && node.stage != *filter.stage)
            return false;
        if (!organization.isEmpty() && node.organization.simplified().toCaseFolded() != organization)
            return false;
        if (filter.focusId && filter.hops > 0 && !around.contains(node.id))
            return false;
        return graph.isLinked(node.id) || filter.showUnreferred;
    };

    VisibleGraph visible;
    QSet<qint64> shown {0};
    visible.nodes.append(0);
    int unreferred = 0;
    for (const GraphNode& node : graph.nodes()) {
        if (!passes(node))
            continue;
        if (!graph.isLinked(node.id) && ++unreferred > kMaxUnreferred) {
            ++visible.hiddenUnreferred;
            continue;
        }
        visible.nodes.append(node.id);
        shown.insert(node.id);
    }
    QSet<qint64> referred;
    for (int i = 0; i < graph.links().size(); ++i) {
        const Referral& link = graph.links().at(i);
        if (!shown.contains(link.referrerId) || !shown.contains(link.referredId))
            continue;
        visible.edges.append({link.referrerId, link.referredId, i});
        if (link.isReferral())
            referred.insert(link.referredId);
    }
    // Whoever has no referrer in view starts a chain: Me reached them.
    for (qsizetype i = 1; i < visible.nodes.size(); ++i) {
        if (!referred.contains(visible.nodes.at(i)))
            visible.edges.append({0, visible.nodes.at(i), -1});
    }
    return visible;
}

} // namespace Rapport
