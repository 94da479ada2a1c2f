#include "GraphJob.h"

#include "DatabaseError.h"
#include "GraphScene.h"

#include <QAtomicInteger>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

namespace Rapport {

GraphJob::Result GraphJob::run() const
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("rapport-graph-%1").arg(counter.fetchAndAddRelaxed(1));
    Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            try {
                result.graph = ReferralGraph::load(db);
                result.pinned = ReferralGraph::loadPinnedPositions(db, layoutKey(kind));
            } catch (const DatabaseError& e) {
                result.error = e.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result.error.isEmpty())
        return result;

    GraphFilter chosen = filter;
    if (unreferredBySize)
        chosen.showUnreferred = result.graph.nodes().size() <= GraphScope::kUnreferredShownUpTo;
    result.visible = GraphScope::select(result.graph, chosen);
    result.layout
        = GraphLayout::run(GraphScene::layoutRequest(result.graph, result.visible, kind, result.pinned, style));
    result.error = result.layout.error;
    result.reach = GraphPaths::reach(result.graph);
    QSet<QString> seenTags, seenOrganizations; // case-folded
    for (const GraphNode& node : result.graph.nodes()) {
        for (const QString& tag : node.tags) {
            if (!seenTags.contains(tag.toCaseFolded())) {
                seenTags.insert(tag.toCaseFolded());
                result.tags.append(tag);
            }
        }
        if (!node.organization.isEmpty() && !seenOrganizations.contains(node.organization.toCaseFolded())) {
            seenOrganizations.insert(node.organization.toCaseFolded());
            result.organizations.append(node.organization);
        }
    }
    result.tags.sort(Qt::CaseInsensitive);
    result.organizations.sort(Qt::CaseInsensitive);
    return result;
}

} // namespace Rapport
