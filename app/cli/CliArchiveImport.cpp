// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveImport.h"
#include "CliCommandLine.h"
#include "CliCommands.h"

#include <QLocale>

namespace Rapport::Cli {

namespace {

void printReport(const QString& path, const ArchiveImportReport& report, bool dryRun, QTextStream& out)
{
    out << CommandLine::tr("%1: LinkedIn archive, %2 connections.").arg(path, QLocale().toString(report.contacts.rows))
        << '\n';
    for (const QString& line : ArchiveImport::summary(report))
        out << line << '\n';
    if (dryRun)
        out << CommandLine::tr("Dry run: nothing was written.") << '\n';
}

} // namespace

int runArchiveImport(const QCommandLineParser& parser, const QString& path, QTextStream& out, QTextStream& err)
{
    ArchiveImportOptions options;
    const QString messages = parser.value(kMessages).toLower();
    if (parser.isSet(kMessages) && messages != QLatin1String("text") && messages != QLatin1String("metadata")) {
        printError(err, CommandLine::tr("import: --messages must be text or metadata, not '%1'").arg(messages));
        return 1;
    }
    options.keepMessageText = messages != QLatin1String("metadata");
    if (parser.isSet(kStrict) || parser.isSet(kSkipInvalid)) {
        printError(err,
            CommandLine::tr("import: --strict and --skip-invalid apply to contacts files; a LinkedIn archive "
                            "imports what it can read and lists the rest"));
        return 1;
    }
    if (!readDuplicatePolicy(parser, &options.onDuplicate, err))
        return 1;
    options.dryRun = parser.isSet(kDryRun);
    ImportTarget target;
    if (!target.open(parser, err))
        return 1;
    const ArchiveImportReport report = ArchiveImport::run(target.database, path, options);
    target.removeUnwritten(report.written());
    // Every row a table left out, as FILE:LINE: (the table's name inside the archive).
    for (const ImportProblem& problem : ContactImporter::sortedProblems(report.contacts))
        err << ContactImporter::problemLine(report.connectionsName, problem, report.error.isEmpty()) << '\n';
    for (const QString& line : report.history.problems)
        err << line << '\n';
    if (!report.error.isEmpty()) {
        printError(err, report.error); // it names the archive, or the table in it
        err.flush();
        return 1;
    }
    printReport(path, report, options.dryRun, out);
    out.flush();
    err.flush();
    return 0;
}

} // namespace Rapport::Cli
