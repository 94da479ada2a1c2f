// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rapport graph` and `rapport path`: the referral graph without a window.
#include "CliGraphCommands.h"
#include "CliCommandLine.h"
#include "CliCommands.h"
#include "Database.h"
#include "DatabaseError.h"
#include "GraphExport.h"
#include "GraphJob.h"
#include "GraphLayout.h"
#include "GraphPaths.h"
#include "GraphScene.h"
#include "GraphScope.h"
#include "ReferralGraph.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>

#include <optional>

namespace Rapport::Cli {

namespace {

std::optional<ReferralGraph> loadGraph(Database& database, const QCommandLineParser& parser, QTextStream& err)
{
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return std::nullopt;
    }
    try {
        return ReferralGraph::load(database.connection());
    } catch (const DatabaseError& e) {
        printError(err, database.path() + QStringLiteral(": ") + e.message());
        return std::nullopt;
    }
}

QString describe(const GraphNode& node)
{
    return node.organization.isEmpty() ? node.name : QStringLiteral("%1 (%2)").arg(node.name, node.organization);
}

// The one contact NAME means: the best match as the window's search ranks names, when only one
// person reaches the best rank (GraphPaths::peopleNamed).
const GraphNode* findPerson(const ReferralGraph& graph, const QString& name, QTextStream& err)
{
    const QList<const GraphNode*> candidates = GraphPaths::peopleNamed(graph, name);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty()) {
        printError(err, CommandLine::tr("rapport: no contact is called \"%1\"").arg(name));
        return nullptr;
    }
    printError(err,
        CommandLine::tr("rapport: \"%1\" is ambiguous; %2 contacts match:")
            .arg(name, QString::number(candidates.size())));
    for (const GraphNode* node : candidates)
        printError(err, QStringLiteral("  ") + describe(*node));
    printError(err, CommandLine::tr("Give the full name with --to."));
    return nullptr;
}

// The organisation ORG means, spelt as stored: an exact match, else the only one containing it.
std::optional<QString> findOrganization(const ReferralGraph& graph, const QString& organization, QTextStream& err)
{
    const QStringList candidates = GraphPaths::organizationsNamed(graph, organization);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty()) {
        printError(err, CommandLine::tr("rapport: nobody in the network works at \"%1\"").arg(organization));
        return std::nullopt;
    }
    printError(err,
        CommandLine::tr("rapport: \"%1\" is ambiguous; %2 organisations match:")
            .arg(organization, QString::number(candidates.size())));
    for (const QString& name : candidates)
        printError(err, QStringLiteral("  ") + name);
    printError(err, CommandLine::tr("Give the full name with --to-org."));
    return std::nullopt;
}

} // namespace

int runGraph(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString output = parser.value(kOutput);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty()) {
        printError(err, CommandLine::tr("rapport: graph: give the picture to write with -o FILE.svg or -o FILE.png"));
        return 1;
    }
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        printError(err, CommandLine::tr("rapport: graph: %1: the picture can be .svg or .png").arg(output));
        return 1;
    }
    const QString layout = parser.isSet(kLayout) ? parser.value(kLayout).toLower() : QStringLiteral("layered");
    if (layout != QLatin1String("layered") && layout != QLatin1String("force")) {
        printError(err, CommandLine::tr("rapport: graph: unknown layout '%1' (use layered or force)").arg(layout));
        return 1;
    }
    Database database; // opened first: it checks the file and says clearly what is wrong with it
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return 1;
    }
    GraphJob job;
    job.databasePath = database.path();
    job.unreferredBySize = true;
    job.kind = layout == QLatin1String("force") ? GraphLayoutKind::Force : GraphLayoutKind::Layered;
    job.style = GraphStyle(QGuiApplication::palette(), QGuiApplication::font());
    const GraphJob::Result result = job.run();
    if (!result.error.isEmpty()) {
        printError(err, database.path() + QStringLiteral(": ") + result.error);
        return 1;
    }
    GraphScene scene;
    scene.setStyle(job.style);
    scene.populate(result.graph, result.visible, result.layout, result.pinned);
    scene.setItemIndexMethod(QGraphicsScene::NoIndex); // drawn once, never searched: the index would be wasted work
    QString error;
    if (!GraphExport::write(scene, output, &error)) {
        printError(err, error);
        return 1;
    }
    out << CommandLine::tr("Wrote %1: %2 people and %3 links.")
               .arg(output, QString::number(result.visible.nodes.size() - 1),
                   QString::number(result.visible.edges.size()));
    const int hidden = result.visible.unlinkedOff + result.visible.hiddenUnreferred + result.visible.hiddenLinked;
    if (hidden > 0) // a large network draws its linked people, and says who it left out
        out << QLatin1Char(' ') << CommandLine::tr("%n more not drawn.", nullptr, hidden);
    out << Qt::endl;
    return 0;
}

int runPath(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    if (parser.isSet(kTo) == parser.isSet(kToOrganization)) {
        printError(
            err, CommandLine::tr("rapport: path: say whom to reach with either --to NAME or --to-org ORGANIZATION"));
        return 1;
    }
    Database database;
    const auto graph = loadGraph(database, parser, err);
    if (!graph)
        return 1;
    WarmPath path;
    QString target;
    if (parser.isSet(kTo)) {
        const GraphNode* person = findPerson(*graph, parser.value(kTo), err);
        if (!person)
            return 1;
        path = GraphPaths::to(*graph, person->id);
        target = person->name;
    } else {
        const auto organization = findOrganization(*graph, parser.value(kToOrganization), err);
        if (!organization)
            return 1;
        path = GraphPaths::toOrganization(*graph, *organization);
        target = *organization;
    }
    if (path.isEmpty()) {
        printError(err, CommandLine::tr("rapport: no chain of introductions leads from you to %1").arg(target));
        return 1;
    }
    for (const PathStep& step : path.steps) {
        out << graph->nameOf(step.from) << QStringLiteral(" → ") << graph->nameOf(step.to) << QStringLiteral(": ")
            << GraphPaths::stepText(*graph, step) << Qt::endl;
    }
    if (parser.isSet(kToOrganization)) // several people work there: say why this one, after the chain
        out << GraphPaths::whyChosen(*graph, path, target) << Qt::endl;
    return 0;
}

} // namespace Rapport::Cli
