// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphScope.h"

#include "GraphPaths.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Rapport {

namespace {

// How many introductions away from Me each contact is: those nobody referred start chains
// (one step), and each referral adds one. Knows links do not count.
QHash<qint64, int> stepsFromMe(const ReferralGraph& graph)
{
    QHash<qint64, int> steps;
    QList<qint64> queue;
    const auto referredByAContact = [&graph](qint64 id) {
        const QList<int> indexes = graph.linksOf(id);
        return std::any_of(indexes.cbegin(), indexes.cend(), [&graph, id](int i) {
            const Referral& link = graph.links().at(i);
            return link.isReferral() && link.referredId == id && link.referrerId != 0;
        });
    };
    for (const GraphNode& node : graph.nodes()) {
        if (!referredByAContact(node.id)) {
            steps.insert(node.id, 1);
            queue.append(node.id);
        }
    }
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const qint64 id = queue.at(next);
        for (const int index : graph.linksOf(id)) {
            const Referral& link = graph.links().at(index);
            if (link.isReferral() && link.referrerId == id && !steps.contains(link.referredId)) {
                steps.insert(link.referredId, steps.value(id) + 1);
                queue.append(link.referredId);
            }
        }
    }
    return steps;
}

} // namespace

bool GraphScope::showsUnreferredByDefault(const ReferralGraph& graph)
{
    if (graph.nodes().size() <= kUnreferredShownUpTo)
        return true;
    return std::none_of(graph.nodes().cbegin(), graph.nodes().cend(),
        [&graph](const GraphNode& node) { return graph.isLinked(node.id); });
}

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
        return true;
    };

    VisibleGraph visible;
    QSet<qint64> shown {0};
    visible.nodes.append(0);
    int unreferred = 0;
    QList<qint64> linked;
    for (const GraphNode& node : graph.nodes()) {
        if (!passes(node))
            continue;
        if (!graph.isLinked(node.id)) {
            if (!filter.showUnreferred) {
                ++visible.unlinkedOff;
                continue;
            }
            if (++unreferred > kMaxUnreferred) {
                ++visible.hiddenUnreferred;
                continue;
            }
            visible.nodes.append(node.id);
            shown.insert(node.id);
        } else {
            linked.append(node.id);
        }
    }
    if (linked.size() > kMaxLinked) {
        const QHash<qint64, int> steps = stepsFromMe(graph);
        std::stable_sort(linked.begin(), linked.end(), [&steps](qint64 a, qint64 b) {
            return steps.value(a, std::numeric_limits<int>::max()) < steps.value(b, std::numeric_limits<int>::max());
        });
        visible.hiddenLinked = int(linked.size()) - kMaxLinked;
        linked.resize(kMaxLinked);
    }
    for (const qint64 id : std::as_const(linked)) {
        visible.nodes.append(id);
        shown.insert(id);
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
