// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommandLine.h"

#include "CliCommands.h"
#include "CliGraphCommands.h"
#include "CliPrepSheetCommand.h"
#include "CliTodayCommand.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Rapport {

namespace {

using namespace Cli;

struct Command {
    const char* name;
    QStringList options; // the command-specific options it accepts
    const char* summary;
};

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"demo", {}, QT_TRANSLATE_NOOP("Rapport::CommandLine", "Fill an empty network with the demo network.")},
        {"list", {kSearch, kJson},
            QT_TRANSLATE_NOOP("Rapport::CommandLine", "List contacts, optionally matching --search TEXT.")},
        {"import", {kFormat, kOnDuplicate, kDryRun, kSkipInvalid, kStrict, kMessages},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Import FILE: LinkedIn, Google or Outlook CSV, vCard, CSV with a header row, a JSON backup, or "
                "LinkedIn's whole data archive (its ZIP or folder).")},
        {"export", {kFormat, kOutput, kVCardVersion},
            QT_TRANSLATE_NOOP(
                "Rapport::CommandLine", "Export the network (--format json, csv, vcard or ics) to stdout or -o FILE.")},
        {"graph", {kOutput, kLayout},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Draw the referral graph to -o FILE.svg or FILE.png (--layout layered or force).")},
        {"path", {kTo, kToOrganization},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Print the shortest chain of introductions --to NAME or --to-org ORGANIZATION.")},
        {"today", {kJson},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Print what to do today: overdue, due today, thank-yous, meetings, the week, replies awaited, "
                "going cold (--json for scripts).")},
        {"prep-sheet", {kContact, kMeeting, kOutput},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Write an interview prep sheet for --contact NAME or --meeting ID to -o FILE.pdf or FILE.html.")},
    };
    return list;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CommandLine::tr("Rapport builds a professional network through informational "
                                                     "interviews. Without a command, it opens the window."));
    // Our own --help and --version, so their descriptions are translated with everything else.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help and exit.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version and exit.")});
    parser.addOption(
        {{QStringLiteral("d"), kDatabase}, CommandLine::tr("Use the network file PATH."), CommandLine::tr("PATH")});
    parser.addOption({kDemo, CommandLine::tr("Open the window on a temporary copy of the demo network.")});
    parser.addOption({kSearch, CommandLine::tr("list: only contacts matching TEXT."), CommandLine::tr("TEXT")});
    parser.addOption({kJson, CommandLine::tr("list, today: print JSON instead of text.")});
    parser.addOption({kFormat,
        CommandLine::tr("import: auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive (default "
                        "auto); export: the format to write (default json)."),
        CommandLine::tr("FORMAT")});
    parser.addOption({kMessages,
        CommandLine::tr("import: from a LinkedIn archive, keep the message text (text, the default) or only the "
                        "dates and directions (metadata)."),
        CommandLine::tr("KEEP")});
    parser.addOption(
        {kOnDuplicate, CommandLine::tr("import: what to do with a known contact: skip, update (default) or create."),
            CommandLine::tr("POLICY")});
    parser.addOption(
        {kVCardVersion, CommandLine::tr("export: vCard version 4 (default) or 3."), CommandLine::tr("VERSION")});
    parser.addOption({kDryRun, CommandLine::tr("import: check the file and report, writing nothing.")});
    parser.addOption({kSkipInvalid,
        CommandLine::tr("import: import the good rows and list the rows skipped (the default for CSV and vCard).")});
    parser.addOption(
        {kStrict, CommandLine::tr("import: refuse the whole file if any row or value has a problem (for scripts).")});
    parser.addOption({{QStringLiteral("o"), kOutput},
        CommandLine::tr("export: write to FILE instead of stdout; graph, prep-sheet: the file to write."),
        CommandLine::tr("FILE")});
    parser.addOption({kLayout, CommandLine::tr("graph: layered (default) or force."), CommandLine::tr("LAYOUT")});
    parser.addOption({kTo, CommandLine::tr("path: the contact to reach."), CommandLine::tr("NAME")});
    parser.addOption({kContact, CommandLine::tr("prep-sheet: the contact (their next planned meeting, if any)."),
        CommandLine::tr("NAME")});
    parser.addOption({kMeeting, CommandLine::tr("prep-sheet: the meeting, by its number."), CommandLine::tr("ID")});
    parser.addOption({kToOrganization, CommandLine::tr("path: reach anyone at this organisation."),
        CommandLine::tr("ORGANIZATION")});
    parser.addPositionalArgument(
        QStringLiteral("command"), CommandLine::tr("One of the commands below."), CommandLine::tr("[command]"));
}

QString helpText(QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands()) {
        text += QStringLiteral("  %1  %2\n") // two spaces after the longest name too
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                        QCoreApplication::translate("Rapport::CommandLine", command.summary));
    }
    text += QLatin1Char('\n')
        + CommandLine::tr("Without --database, commands and the window use %1.").arg(Database::defaultPath())
        + QLatin1Char('\n')
        + CommandLine::tr("Exit status is 0 on success and 1 on any error, with the reason on stderr.")
        + QLatin1Char('\n');
    return text;
}

int runCommand(const QString& name, const QCommandLineParser& parser, const QStringList& positional, QTextStream& out,
    QTextStream& err)
{
    if (name == QLatin1String("demo"))
        return runDemo(parser, out, err);
    if (name == QLatin1String("list"))
        return runList(parser, out, err);
    if (name == QLatin1String("import"))
        return runImport(parser, positional.at(1), out, err);
    if (name == QLatin1String("today"))
        return runToday(parser, out, err);
    if (name == QLatin1String("graph"))
        return runGraph(parser, out, err);
    if (name == QLatin1String("path"))
        return runPath(parser, out, err);
    if (name == QLatin1String("prep-sheet"))
        return runPrepSheet(parser, out, err);
    return runExport(parser, out, err);
}

} // namespace

bool CommandLine::isImportableFile(const QString& argument)
{
    static const QStringList suffixes {QStringLiteral("csv"), QStringLiteral("vcf"), QStringLiteral("vcard"),
        QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("json")};
    const QFileInfo info(argument);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

bool CommandLine::drawsPictures(const QStringList& arguments)
{
    return isCommand(arguments)
        && (arguments.contains(QLatin1String("graph")) || arguments.contains(QLatin1String("prep-sheet")));
}

bool CommandLine::isCommand(const QStringList& arguments)
{
    // Options whose value is the next argument: ours, and those QApplication takes for itself
    // (a session manager restarts us with "-session ID", for instance).
    static const QStringList optionsWithValue
        = {QStringLiteral("--database"), QStringLiteral("-d"), QStringLiteral("-platform"),
            QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
            QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"), QStringLiteral("-qwindowtitle"),
            QStringLiteral("-style"), QStringLiteral("-stylesheet"), QStringLiteral("-session"),
            QStringLiteral("-display"), QStringLiteral("-geometry"), QStringLiteral("-title"), QStringLiteral("-name")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsWithValue.contains(arg)) {
            ++i; // its value
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v") || arg == QLatin1String("--help-all"))
            return true;
        // A file to import (the desktop's "Open with Rapport", or a drop on the launcher) opens the window.
        if (!arg.startsWith(QLatin1Char('-')))
            return !isImportableFile(arg);
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addOptions(parser);
    const auto usageError = [&err](const QString& message) {
        printError(err, message);
        printError(err, tr("Try 'rapport --help' for the commands and options."));
        return 1;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser);
        out.flush();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("rapport ") << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const QString name = positional.first();
    const auto command = std::find_if(
        commands().cbegin(), commands().cend(), [&name](const Command& c) { return name == QLatin1String(c.name); });
    if (command == commands().cend())
        return usageError(tr("unknown command '%1'").arg(name));
    const int expectedArguments = name == QLatin1String("import") ? 2 : 1;
    if (positional.size() > expectedArguments)
        return usageError(tr("%1: unexpected argument '%2'").arg(name, positional.at(expectedArguments)));
    if (positional.size() < expectedArguments)
        return usageError(tr("%1: which file? (rapport import FILE)").arg(name));
    for (const QString& option : {kDemo, kSearch, kJson, kFormat, kOutput, kOnDuplicate, kDryRun, kSkipInvalid, kStrict,
             kVCardVersion, kLayout, kTo, kToOrganization, kContact, kMeeting, kMessages}) {
        if (parser.isSet(option) && !command->options.contains(option))
            return usageError(tr("%1: the option --%2 does not apply here").arg(name, option));
    }

    // Each command reports its own failed reads; this is the last resort for one that did not,
    // so a read that fails is an exit status of 1 with the reason, never an abort.
    try {
        return runCommand(name, parser, positional, out, err);
    } catch (const DatabaseError& e) {
        printError(err, databasePath(parser) + QStringLiteral(": ") + e.message());
        return 1;
    }
}

QString CommandLine::noDisplayMessage()
{
    return tr("there is no display to open the window on; the commands work without one (see rapport --help)");
}

bool CommandLine::parseGuiOptions(const QStringList& arguments, GuiOptions* options, QString* error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    for (const QString& option : {kSearch, kJson, kFormat, kOutput, kOnDuplicate, kDryRun, kSkipInvalid, kStrict,
             kVCardVersion, kLayout, kTo, kToOrganization, kContact, kMeeting, kMessages}) {
        if (parser.isSet(option)) {
            *error = tr("the option --%1 needs a command").arg(option);
            return false;
        }
    }
    options->database = parser.value(kDatabase);
    options->demo = parser.isSet(kDemo);
    for (const QString& file : parser.positionalArguments()) {
        if (!isImportableFile(file)) {
            *error = tr("unknown command '%1'").arg(file);
            return false;
        }
        options->importFiles.append(file);
    }
    if (options->demo && !options->database.isEmpty()) {
        *error = tr("--demo and --database cannot be used together");
        return false;
    }
    return true;
}

} // namespace Rapport
