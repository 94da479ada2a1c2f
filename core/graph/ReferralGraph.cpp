// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferralGraph.h"

#include "Contact.h"
#include "SqlStatement.h"

namespace Rapport {

ReferralGraph ReferralGraph::load(const QSqlDatabase& db)
{
    ReferralGraph graph;
    QHash<qint64, QStringList> tags;
    SqlStatement tagRows(db, QStringLiteral("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id, position"));
    tagRows.exec();
    while (tagRows.next())
        tags[tagRows.value(0).toLongLong()].append(tagRows.value(1).toString());

    SqlStatement contacts(db,
        QStringLiteral("SELECT c.id, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.stage, c.strength "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.id"));
    contacts.exec();
    while (contacts.next()) {
        GraphNode node;
        node.id = contacts.value(0).toLongLong();
        node.organization = contacts.value(3).toString();
        node.name = contactDisplayName(contacts.value(1).toString(), contacts.value(2).toString(), node.organization);
        node.title = contacts.value(4).toString();
        stageFromKey(contacts.value(5).toString(), &node.stage);
        node.strength = contacts.value(6).toInt();
        node.tags = tags.value(node.id);
        graph.addNode(node);
    }

    SqlStatement links(db,
        QStringLiteral("SELECT id, ifnull(referrer_id, 0), referred_id, kind, relation, date, note, may_use_name "
                       "FROM referral ORDER BY id"));
    links.exec();
    while (links.next()) {
        Referral link;
        link.id = links.value(0).toLongLong();
        link.referrerId = links.value(1).toLongLong();
        link.referredId = links.value(2).toLongLong();
        link.kind = MeetingTypes::linkKind(links.value(3).toString()).value_or(LinkKind::Referral);
        link.relation = links.value(4).toString();
        link.date = QDate::fromString(links.value(5).toString(), Qt::ISODate);
        link.note = links.value(6).toString();
        if (!links.value(7).isNull())
            link.mayUseName = links.value(7).toInt() != 0;
        graph.addLink(link);
    }
    return graph;
}

QHash<qint64, QPointF> ReferralGraph::loadPinnedPositions(const QSqlDatabase& db, const QString& layout)
{
    QHash<qint64, QPointF> positions;
    SqlStatement rows(db, QStringLiteral("SELECT contact_id, x, y FROM node_position WHERE layout = ?"));
    rows.exec({layout});
    while (rows.next())
        positions.insert(rows.value(0).toLongLong(), QPointF(rows.value(1).toDouble(), rows.value(2).toDouble()));
    return positions;
}

GraphNode ReferralGraph::nodeOf(const Contact& contact)
{
    GraphNode node;
    node.id = contact.id;
    node.name = contact.displayName();
    node.organization = contact.organization;
    node.title = contact.title;
    node.stage = contact.stage;
    node.strength = contact.strength;
    node.tags = contact.tags;
    return node;
}

bool ReferralGraph::updateNode(const GraphNode& node)
{
    const auto it = m_nodeIndex.constFind(node.id);
    if (it == m_nodeIndex.cend())
        return false;
    m_nodes[it.value()] = node;
    return true;
}

void ReferralGraph::addNode(const GraphNode& node)
{
    m_nodeIndex.insert(node.id, m_nodes.size());
    m_nodes.append(node);
}

void ReferralGraph::addLink(const Referral& link)
{
    const bool known = (link.referrerId == 0 || m_nodeIndex.contains(link.referrerId))
        && m_nodeIndex.contains(link.referredId) && link.referrerId != link.referredId;
    if (!known)
        return;
    const int index = int(m_links.size());
    m_links.append(link);
    m_linksOf[link.referrerId].append(index);
    m_linksOf[link.referredId].append(index);
}

const GraphNode* ReferralGraph::node(qint64 id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes.at(it.value());
}

QString ReferralGraph::nameOf(qint64 id) const
{
    if (id == 0)
        return tr("Me");
    const GraphNode* n = node(id);
    return n ? n->name : QString();
}

bool ReferralGraph::hasReferrer(qint64 id) const
{
    const QList<int> indexes = m_linksOf.value(id);
    return std::any_of(indexes.cbegin(), indexes.cend(), [this, id](int i) {
        const Referral& link = m_links.at(i);
        return link.isReferral() && link.referredId == id;
    });
}

} // namespace Rapport
