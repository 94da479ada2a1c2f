// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphPaths.h"

#include "PresetLabels.h"
#include "SearchRanking.h"

#include <QLocale>
#include <QQueue>

#include <algorithm>

namespace Rapport {

QList<qint64> WarmPath::people() const
{
    QList<qint64> ids;
    if (steps.isEmpty())
        return ids;
    ids.append(steps.first().from);
    for (const PathStep& step : steps)
        ids.append(step.to);
    return ids;
}

namespace {

// Who each person can ask for an introduction, in the order a tie is settled.
QList<PathStep> neighbours(const ReferralGraph& graph, qint64 id)
{
    QList<PathStep> result;
    if (id == 0) {
        for (const GraphNode& node : graph.nodes()) {
            if (!graph.hasReferrer(node.id))
                result.append({0, node.id, -1});
        }
    }
    for (const int index : graph.linksOf(id)) {
        const Referral& link = graph.links().at(index);
        const qint64 other = link.referrerId == id ? link.referredId : link.referrerId;
        if (other != 0)
            result.append({id, other, index});
    }
    std::stable_sort(result.begin(), result.end(), [&graph](const PathStep& a, const PathStep& b) {
        const GraphNode* x = graph.node(a.to);
        const GraphNode* y = graph.node(b.to);
        if (x->strength != y->strength)
            return x->strength > y->strength;
        if (const int byName = QString::compare(x->name, y->name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return x->id < y->id;
    });
    return result;
}

// Breadth-first from Me: how each person reached was first reached, in the order reached, so
// nearer people come first. Stops at the first person stopAt accepts, who is then last.
struct Walk {
    QHash<qint64, PathStep> cameFrom;
    QList<qint64> order;

    WarmPath pathTo(qint64 id) const
    {
        WarmPath path;
        for (; id != 0; id = cameFrom.value(id).from)
            path.steps.prepend(cameFrom.value(id));
        return path;
    }
};

template <typename Predicate>
Walk walk(const ReferralGraph& graph, Predicate stopAt)
{
    Walk result;
    QQueue<qint64> queue;
    queue.enqueue(0);
    QSet<qint64> seen {0};
    while (!queue.isEmpty()) {
        const qint64 current = queue.dequeue();
        if (current != 0) {
            result.order.append(current);
            if (stopAt(*graph.node(current)))
                return result;
        }
        for (const PathStep& step : neighbours(graph, current)) {
            if (seen.contains(step.to))
                continue;
            seen.insert(step.to);
            result.cameFrom.insert(step.to, step);
            queue.enqueue(step.to);
        }
    }
    return result;
}

// How well the user knows someone, warmest first: met (met, following up, keep warm), then in
// touch (reached out, replied, scheduled), then not yet contacted, then set aside.
int coldness(Stage stage)
{
    switch (stage) {
    case Stage::Met:
    case Stage::FollowingUp:
    case Stage::KeepWarm:
        return 0;
    case Stage::ReachedOut:
    case Stage::Replied:
    case Stage::Scheduled:
        return 1;
    case Stage::ToContact:
        return 2;
    case Stage::NotPursuing:
        break;
    }
    return 3;
}

// Everyone at organization a chain reaches, the best to ask first: the warmest relationship,
// then the stronger, then the nearer (the walk's order, which also settles ties). *all gets the
// walk over everyone, whose chains are to()'s.
QList<qint64> reachableAt(const ReferralGraph& graph, const QString& organization, Walk* all)
{
    const QString wanted = organization.simplified().toCaseFolded();
    if (wanted.isEmpty())
        return {};
    *all = walk(graph, [](const GraphNode&) { return false; });
    QList<const GraphNode*> people;
    for (const qint64 id : std::as_const(all->order)) {
        const GraphNode* node = graph.node(id);
        if (node->organization.simplified().toCaseFolded() == wanted)
            people.append(node);
    }
    std::stable_sort(people.begin(), people.end(), [](const GraphNode* a, const GraphNode* b) {
        if (const int byStage = coldness(a->stage) - coldness(b->stage); byStage != 0)
            return byStage < 0;
        return a->strength > b->strength;
    });
    QList<qint64> ids;
    for (const GraphNode* node : people)
        ids.append(node->id);
    return ids;
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

WarmPath GraphPaths::to(const ReferralGraph& graph, qint64 target)
{
    if (!graph.node(target))
        return {};
    const Walk found = walk(graph, [target](const GraphNode& node) { return node.id == target; });
    return found.order.isEmpty() || found.order.last() != target ? WarmPath() : found.pathTo(target);
}

WarmPath GraphPaths::toOrganization(const ReferralGraph& graph, const QString& organization)
{
    Walk all;
    const QList<qint64> people = reachableAt(graph, organization, &all);
    return people.isEmpty() ? WarmPath() : all.pathTo(people.first());
}

QString GraphPaths::whyChosen(const ReferralGraph& graph, const WarmPath& path, const QString& organization)
{
    const GraphNode* chosen = graph.node(path.target());
    if (!chosen)
        return {};
    const QString name = chosen->name;
    const QString stage = stageLabel(chosen->stage);
    QString how;
    switch (coldness(chosen->stage)) {
    case 0:
        how = tr("You have met %1 (%2, strength %3 of 5).").arg(name, stage, QString::number(chosen->strength));
        break;
    case 1:
        how = tr("You are in touch with %1 but have not met yet (%2, strength %3 of 5).")
                  .arg(name, stage, QString::number(chosen->strength));
        break;
    case 2:
        how = tr("You have not spoken to %1 yet (%2).").arg(name, stage);
        break;
    default:
        how = tr("You chose not to pursue %1 (%2).").arg(name, stage);
        break;
    }
    Walk all;
    const qsizetype reachable = reachableAt(graph, organization, &all).size();
    const QString why = reachable <= 1
        ? tr("Nobody else at %1 can be reached through your network.").arg(organization)
        : tr("Chosen among %n people at %1 you can reach: those you have met come first, then stronger "
             "relationships, then shorter chains.",
            nullptr, int(reachable))
              .arg(organization);
    return how + QLatin1Char(' ') + why;
}

WarmPath GraphPaths::referralChain(const ReferralGraph& graph, qint64 target)
{
    WarmPath path;
    QSet<qint64> seen {target};
    qint64 current = target;
    while (current != 0) {
        int via = -1;
        for (const int index : graph.linksOf(current)) {
            const Referral& link = graph.links().at(index);
            if (link.isReferral() && link.referredId == current && !seen.contains(link.referrerId)) {
                via = index;
                break;
            }
        }
        if (via < 0)
            break; // nobody referred them (or only someone already in the chain: a cycle)
        const qint64 referrer = graph.links().at(via).referrerId;
        path.steps.prepend({referrer, current, via});
        seen.insert(referrer);
        current = referrer;
    }
    if (current != 0 && !path.isEmpty()) // the chain starts with someone the user has as a contact
        path.steps.prepend({0, current, -1});
    return path;
}

QString GraphPaths::chainText(const ReferralGraph& graph, const WarmPath& path)
{
    QStringList names;
    for (const qint64 id : path.people())
        names.append(graph.nameOf(id));
    return names.join(QStringLiteral(" → "));
}

QString GraphPaths::stepText(const ReferralGraph& graph, const PathStep& step)
{
    if (step.linkIndex < 0)
        return tr("%1 is one of your contacts").arg(graph.nameOf(step.to));
    const Referral& link = graph.links().at(step.linkIndex);
    QString text;
    if (!link.isReferral()) {
        text = link.relation.isEmpty()
            ? tr("%1 and %2 know each other").arg(graph.nameOf(step.from), graph.nameOf(step.to))
            : tr("%1 and %2 know each other (%3)")
                  .arg(graph.nameOf(step.from), graph.nameOf(step.to), PresetLabels::shown(link.relation));
    } else if (link.referrerId == 0) {
        text = tr("you reached %1 yourself").arg(graph.nameOf(link.referredId));
    } else {
        text = tr("%1 referred you to %2").arg(graph.nameOf(link.referrerId), graph.nameOf(link.referredId));
    }
    if (link.date.isValid())
        text = tr("%1 on %2").arg(text, dateText(link.date));
    if (!link.note.isEmpty())
        text = tr("%1: %2").arg(text, link.note);
    return text;
}

QSet<qint64> GraphPaths::neighbourhood(const ReferralGraph& graph, qint64 id, int hops)
{
    QSet<qint64> seen;
    if (!graph.node(id))
        return seen;
    seen.insert(id);
    QList<qint64> frontier {id};
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QList<qint64> next;
        for (const qint64 current : std::as_const(frontier)) {
            for (const int index : graph.linksOf(current)) {
                const Referral& link = graph.links().at(index);
                const qint64 other = link.referrerId == current ? link.referredId : link.referrerId;
                if (other != 0 && !seen.contains(other)) {
                    seen.insert(other);
                    next.append(other);
                }
            }
        }
        frontier = next;
    }
    return seen;
}

QHash<qint64, Reach> GraphPaths::reach(const ReferralGraph& graph)
{
    QHash<qint64, QList<qint64>> referred;
    for (const Referral& link : graph.links()) {
        if (link.isReferral() && link.referrerId != 0 && !referred.value(link.referrerId).contains(link.referredId))
            referred[link.referrerId].append(link.referredId);
    }
    QHash<qint64, Reach> result;
    for (auto it = referred.cbegin(); it != referred.cend(); ++it) {
        QSet<qint64> seen {it.key()};
        QList<qint64> stack = it.value();
        int total = 0;
        while (!stack.isEmpty()) {
            const qint64 current = stack.takeLast();
            if (seen.contains(current))
                continue;
            seen.insert(current);
            ++total;
            stack.append(referred.value(current));
        }
        result.insert(it.key(), Reach {int(it.value().size()), total});
    }
    return result;
}

namespace {
QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}
} // namespace

QList<const GraphNode*> GraphPaths::peopleNamed(const ReferralGraph& graph, const QString& text)
{
    QStringList names;
    names.reserve(graph.nodes().size());
    for (const GraphNode& node : graph.nodes())
        names.append(node.name);
    QList<const GraphNode*> people;
    for (const qsizetype index : SearchRanking::bestNameMatches(text, names))
        people.append(&graph.nodes().at(index));
    return people;
}

QStringList GraphPaths::organizationsNamed(const ReferralGraph& graph, const QString& text)
{
    const QString wanted = folded(text);
    QStringList exact, partial;
    if (wanted.isEmpty())
        return exact;
    QSet<QString> seen;
    for (const GraphNode& node : graph.nodes()) {
        const QString key = folded(node.organization);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        if (key == wanted)
            exact.append(node.organization);
        else if (key.contains(wanted))
            partial.append(node.organization);
    }
    return exact.isEmpty() ? partial : exact;
}

} // namespace Rapport
