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
    const QLocale locale;
    const ImportReport& contacts = report.contacts;
    const ArchiveHistoryReport& history = report.history;
    out << CommandLine::tr("%1: LinkedIn archive, %2 connections.").arg(path, locale.toString(contacts.rows)) << '\n'
        << CommandLine::tr("Created %1, updated %2, unchanged %3, skipped %4.")
               .arg(locale.toString(contacts.created), locale.toString(contacts.updated),
                   locale.toString(contacts.unchanged), locale.toString(contacts.skipped + contacts.invalid))
        << '\n';
    if (history.messagesRead > 0) {
        out << CommandLine::tr("Messages and invitations: %1 read, from %2 to %3.")
                   .arg(locale.toString(history.messagesRead),
                       locale.toString(history.first.toLocalTime().date(), QLocale::ShortFormat),
                       locale.toString(history.last.toLocalTime().date(), QLocale::ShortFormat))
            << '\n'
            << CommandLine::tr("Logged %1 new messages and %2 new invitations; %3 were already logged.")
                   .arg(locale.toString(history.messagesAdded), locale.toString(history.invitationsAdded),
                       locale.toString(history.messagesKnown))
            << '\n';
    }
    if (history.drafts + history.spam > 0)
        out << CommandLine::tr("Left out %1 drafts and %2 messages in spam.")
                   .arg(locale.toString(history.drafts), locale.toString(history.spam))
            << '\n';
    if (history.peopleAdded > 0)
        out << CommandLine::tr(
            "Added at Reached out, as you wrote to them and they are not among your connections: %1.")
                   .arg(locale.toString(history.peopleAdded))
            << '\n';
    if (history.movedToReachedOut + history.movedToReplied > 0)
        out << CommandLine::tr("Moved on by their history: %1 to Reached out, %2 to Replied.")
                   .arg(locale.toString(history.movedToReachedOut), locale.toString(history.movedToReplied))
            << '\n';
    if (!history.inboundOnly.isEmpty())
        out << CommandLine::tr("Not added, as they only wrote to you (%1): %2")
                   .arg(locale.toString(history.inboundOnly.size()), history.inboundOnly.join(QStringLiteral("; ")))
            << '\n';
    if (report.profileFields > 0)
        out << CommandLine::tr("Fields of My Profile filled in from Profile.csv (they were empty): %1.")
                   .arg(locale.toString(report.profileFields))
            << '\n';
    if (report.myHistoryAdded > 0)
        out << CommandLine::tr("Positions and schools added to your history: %1.")
                   .arg(locale.toString(report.myHistoryAdded))
            << '\n';
    if (!report.ignoredFiles.isEmpty())
        out << CommandLine::tr("Not read (Rapport has no use for them): %1")
                   .arg(report.ignoredFiles.join(QStringLiteral(", ")))
            << '\n';
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
