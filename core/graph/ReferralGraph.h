// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"
#include "Stage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QStringList>

namespace Rapport {

// A contact as the referral graph shows it.
struct GraphNode {
    qint64 id = 0;
    QString name;
    QString organization;
    QString title;
    Stage stage = Stage::ToContact;
    int strength = 0;
    QStringList tags;

    bool operator==(const GraphNode&) const = default;
};

// Who led to whom: every contact and every referral or "knows" link, read in one go. Plain
// data, so a worker thread can lay it out while the UI keeps its own copy. Contact id 0 is Me.
class ReferralGraph
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ReferralGraph)

public:
    // Throws DatabaseError.
    static ReferralGraph load(const QSqlDatabase& db);
    // Where the user pinned nodes by hand in one layout ("layered" or "force"), by contact id.
    // Throws DatabaseError.
    static QHash<qint64, QPointF> loadPinnedPositions(const QSqlDatabase& db, const QString& layout);

    // A contact as a node: what the graph shows of them.
    static GraphNode nodeOf(const Contact& contact);

    void addNode(const GraphNode& node);
    // Replaces the node with node's id (an edit of that contact); false when there is none.
    bool updateNode(const GraphNode& node);
    // A link between two known nodes (or from Me); others are ignored.
    void addLink(const Referral& link);

    const QList<GraphNode>& nodes() const { return m_nodes; }
    const QList<Referral>& links() const { return m_links; }
    const GraphNode* node(qint64 id) const;
    // "Me" for 0, the contact's name otherwise.
    QString nameOf(qint64 id) const;
    // Indexes into links() of every link that touches id (0 for Me's own referrals).
    QList<int> linksOf(qint64 id) const { return m_linksOf.value(id); }
    // True when some referral (from Me or a contact) leads to id.
    bool hasReferrer(qint64 id) const;
    // True when any link touches id.
    bool isLinked(qint64 id) const { return m_linksOf.contains(id); }

private:
    QList<GraphNode> m_nodes;
    QHash<qint64, qsizetype> m_nodeIndex;
    QList<Referral> m_links;
    QHash<qint64, QList<int>> m_linksOf;
};

} // namespace Rapport
