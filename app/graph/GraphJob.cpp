// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphJob.h"

#include "DatabaseError.h"
#include "GraphScene.h"
#include "ReadOnlyConnection.h"

#include <QSet>
#include <QSqlDatabase>

namespace Rapport {

GraphJob::Result GraphJob::run() const
{
    Result result;
    ReadOnlyConnection::run(databasePath, &result.error, [&](const QSqlDatabase& db) {
        result.graph = ReferralGraph::load(db);
        result.pinned = ReferralGraph::loadPinnedPositions(db, layoutKey(kind));
    });
    if (!result.error.isEmpty())
        return result;

    GraphFilter chosen = filter;
    if (unreferredBySize)
        chosen.showUnreferred = GraphScope::showsUnreferredByDefault(result.graph);
    result.visible = GraphScope::select(result.graph, chosen);
    result.layout
        = GraphLayout::run(GraphScene::layoutRequest(result.graph, result.visible, kind, result.pinned, style));
    result.error = result.layout.error;
    result.reach = GraphPaths::reach(result.graph);
    collectChoices(result.graph, &result.tags, &result.organizations);
    return result;
}

void GraphJob::collectChoices(const ReferralGraph& graph, QStringList* tags, QStringList* organizations)
{
    tags->clear();
    organizations->clear();
    QSet<QString> seenTags, seenOrganizations; // case-folded
    for (const GraphNode& node : graph.nodes()) {
        for (const QString& tag : node.tags) {
            if (!seenTags.contains(tag.toCaseFolded())) {
                seenTags.insert(tag.toCaseFolded());
                tags->append(tag);
            }
        }
        if (!node.organization.isEmpty() && !seenOrganizations.contains(node.organization.toCaseFolded())) {
            seenOrganizations.insert(node.organization.toCaseFolded());
            organizations->append(node.organization);
        }
    }
    tags->sort(Qt::CaseInsensitive);
    organizations->sort(Qt::CaseInsensitive);
}

} // namespace Rapport
