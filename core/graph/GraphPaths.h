// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReferralGraph.h"

#include <QHash>
#include <QSet>

namespace Rapport {

// One link of a warm-introduction chain. linkIndex indexes ReferralGraph::links(), or is -1
// when Me reaches "to" simply because the user has them as a contact, with no referrer.
struct PathStep {
    qint64 from = 0;
    qint64 to = 0;
    int linkIndex = -1;
};

// The chain Me → A → B → target; empty when there is none.
struct WarmPath {
    QList<PathStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    qint64 target() const { return steps.isEmpty() ? 0 : steps.last().to; }
    // Me (0) first, then every contact along the chain.
    QList<qint64> people() const;
};

// How many people a contact led the user to: directly, and through the people they referred.
struct Reach {
    int direct = 0;
    int total = 0;
};

// Questions answered over the referral graph. Every walk keeps a visited set, so cycles in
// the data (A referred B, B referred A) end like any other path.
class GraphPaths
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::GraphPaths)

public:
    // The shortest chain of introductions from Me to target. Referral and "knows" links are
    // walked both ways (both people know each other); Me knows whoever the user reached
    // directly or has no referrer. Among chains of equal length, stronger relationships win,
    // then names in order, so the answer is stable.
    static WarmPath to(const ReferralGraph& graph, qint64 target);
    // The chain to the person best to ask at organization (case-insensitive), among those a chain
    // reaches: someone the user has met before someone only in touch, before someone not yet
    // contacted (stage), then the stronger relationship, then the shorter chain, which to()
    // gives. A nearby stranger is not a warm introduction; a colleague the user knows is.
    static WarmPath toOrganization(const ReferralGraph& graph, const QString& organization);
    // Why toOrganization chose path's target, for the user: how well they know them and how they
    // were chosen. "You have met Samir Haddad (Following up, strength 3 of 5). Chosen among 5 people
    // at Meridian Therapeutics you can reach: …".
    static QString whyChosen(const ReferralGraph& graph, const WarmPath& path, const QString& organization);

    // How the user came to target through referrals alone: its referrer, that person's referrer,
    // and so on up to Me (the oldest referral at each step). Empty when target has no referrer.
    static WarmPath referralChain(const ReferralGraph& graph, qint64 target);
    // "Me → Ana Lopez → Ben Wu".
    static QString chainText(const ReferralGraph& graph, const WarmPath& path);
    // How one link was made: "Ana Lopez referred you to Ben Wu on 2 Apr 2025: met at the symposium".
    static QString stepText(const ReferralGraph& graph, const PathStep& step);

    // Contacts within hops links of id, id included (links walked both ways, never through Me).
    static QSet<qint64> neighbourhood(const ReferralGraph& graph, qint64 id, int hops);
    // Reach of every contact that referred at least one person.
    static QHash<qint64, Reach> reach(const ReferralGraph& graph);

    // The people a typed name means, ranked as the contact search ranks names
    // (SearchRanking::bestNameMatches): the full name, then names whose words start with the typed
    // words, then names that merely contain it; only the best of these counts. One means found;
    // more means ambiguous. The command line's --to and the window's Path To… both go by this.
    static QList<const GraphNode*> peopleNamed(const ReferralGraph& graph, const QString& text);
    // The same for organisations, spelt as stored (one spelling per organisation).
    static QStringList organizationsNamed(const ReferralGraph& graph, const QString& text);
};

} // namespace Rapport
