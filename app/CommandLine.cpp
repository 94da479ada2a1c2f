#include "CommandLine.h"

#include "ContactExporter.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoNetwork.h"
#include "JsonExporter.h"
#include "SqlStatement.h"
#include "VCardWriter.h"

#include <QCollator>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace Rapport {

namespace {

const QString kDatabase = QStringLiteral("database");
const QString kDemo = QStringLiteral("demo");
const QString kSearch = QStringLiteral("search");
const QString kJson = QStringLiteral("json");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kOnDuplicate = QStringLiteral("on-duplicate");
const QString kDryRun = QStringLiteral("dry-run");
const QString kSkipInvalid = QStringLiteral("skip-invalid");
const QString kVCardVersion = QStringLiteral("vcard-version");

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
        {"import", {kFormat, kOnDuplicate, kDryRun, kSkipInvalid},
            QT_TRANSLATE_NOOP("Rapport::CommandLine",
                "Import FILE: LinkedIn, Google or Outlook CSV, vCard, or CSV with a header row.")},
        {"export", {kFormat, kOutput, kVCardVersion},
            QT_TRANSLATE_NOOP(
                "Rapport::CommandLine", "Export the network (--format json, csv or vcard) to stdout or -o FILE.")},
    };
    return list;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CommandLine::tr("Rapport builds a professional network through informational "
                                                     "interviews. Without a command, it opens the window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {{QStringLiteral("d"), kDatabase}, CommandLine::tr("Use the network file PATH."), CommandLine::tr("PATH")});
    parser.addOption({kDemo, CommandLine::tr("Open the window on a temporary copy of the demo network.")});
    parser.addOption({kSearch, CommandLine::tr("list: only contacts matching TEXT."), CommandLine::tr("TEXT")});
    parser.addOption({kJson, CommandLine::tr("list: print JSON instead of a table.")});
    parser.addOption({kFormat,
        CommandLine::tr("import: auto, linkedin, google, outlook, vcard, csv or json (default auto); "
                        "export: the format to write (default json)."),
        CommandLine::tr("FORMAT")});
    parser.addOption(
        {kOnDuplicate, CommandLine::tr("import: what to do with a known contact: skip, update (default) or create."),
            CommandLine::tr("POLICY")});
    parser.addOption(
        {kVCardVersion, CommandLine::tr("export: vCard version 4 (default) or 3."), CommandLine::tr("VERSION")});
    parser.addOption({kDryRun, CommandLine::tr("import: check the file and report, writing nothing.")});
    parser.addOption({kSkipInvalid, CommandLine::tr("import: import the good rows and list the rows skipped.")});
    parser.addOption({{QStringLiteral("o"), kOutput}, CommandLine::tr("export: write to FILE instead of stdout."),
        CommandLine::tr("FILE")});
    parser.addPositionalArgument(
        QStringLiteral("command"), CommandLine::tr("One of the commands below."), CommandLine::tr("[command]"));
}

QString helpText(QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name), -10)
                    .arg(QCoreApplication::translate("Rapport::CommandLine", command.summary));
    }
    text += QLatin1Char('\n')
        + CommandLine::tr("Without --database, commands and the window use %1.").arg(Database::defaultPath())
        + QLatin1Char('\n')
        + CommandLine::tr("Exit status is 0 on success and 1 on any error, with the reason on stderr.")
        + QLatin1Char('\n');
    return text;
}

QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(kDatabase) ? parser.value(kDatabase) : Database::defaultPath();
}

QString padded(const QString& text, int width)
{
    const QString cut = text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    return cut.leftJustified(width + 2);
}

int runDemo(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    Database database;
    if (!database.open(databasePath(parser))) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    QString error;
    if (!DemoNetwork::fill(database, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const auto db = database.connection();
    const auto count = [&db](const char* table) {
        return SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    };
    out << CommandLine::tr("%1: added %2 contacts, %3 referral links, %4 meetings and %5 follow-ups.")
               .arg(database.path())
               .arg(count("contact"))
               .arg(count("referral"))
               .arg(count("interaction"))
               .arg(count("follow_up"))
        << Qt::endl;
    return 0;
}

int runList(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    ContactStore store(database);
    const bool searching = parser.isSet(kSearch) && !ContactStore::ftsQuery(parser.value(kSearch)).isEmpty();
    const QSet<qint64> matches = searching ? store.search(parser.value(kSearch)) : QSet<qint64>();
    if (parser.isSet(kJson)) {
        try {
            const QJsonArray contacts = JsonExporter::contacts(database.connection(), searching ? &matches : nullptr);
            out << QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Indented));
        } catch (const DatabaseError& e) {
            err << database.path() << QStringLiteral(": ") << e.message() << Qt::endl;
            return 1;
        }
        return 0;
    }
    QList<ContactSummary> rows = store.summaries();
    if (searching)
        rows.removeIf([&matches](const ContactSummary& s) { return !matches.contains(s.id); });
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(),
        [&collator](const ContactSummary& a, const ContactSummary& b) { return collator.compare(a.name, b.name) < 0; });
    for (const ContactSummary& s : std::as_const(rows))
        out << padded(s.name, 28) << padded(s.organization, 32) << stageLabel(s.stage) << '\n';
    out.flush();
    if (rows.isEmpty()) // on stderr, so scripts reading stdout still get an empty list
        err << (searching ? CommandLine::tr("No contacts match '%1'.").arg(parser.value(kSearch))
                          : CommandLine::tr("The network has no contacts yet."))
            << Qt::endl;
    return 0;
}

int runExport(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString format = parser.isSet(kFormat) ? parser.value(kFormat).toLower() : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("vcard")) {
        err << CommandLine::tr("export: unknown or unsupported format '%1' (this version writes json, csv and vcard)")
                   .arg(format)
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(kVCardVersion) && format != QLatin1String("vcard")) {
        err << CommandLine::tr("export: --vcard-version applies to --format vcard only") << Qt::endl;
        return 1;
    }
    const QString vcardVersion = parser.isSet(kVCardVersion) ? parser.value(kVCardVersion) : QStringLiteral("4");
    if (vcardVersion != QLatin1String("4") && vcardVersion != QLatin1String("3") && vcardVersion != QLatin1String("4.0")
        && vcardVersion != QLatin1String("3.0")) {
        err << CommandLine::tr("export: --vcard-version must be 3 or 4, not '%1'").arg(vcardVersion) << Qt::endl;
        return 1;
    }
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    QByteArray json;
    try {
        const QSqlDatabase db = database.connection();
        if (format == QLatin1String("json")) {
            json = JsonExporter::toJson(db);
        } else if (format == QLatin1String("csv")) {
            json = ContactExporter::toCsv(ContactExporter::loadAll(db));
        } else {
            json = VCardWriter::write(ContactExporter::loadAll(db), ContactExporter::referrerUuids(db),
                vcardVersion.startsWith(QLatin1Char('3')) ? VCardWriter::Version::V3 : VCardWriter::Version::V4);
        }
    } catch (const DatabaseError& e) {
        err << database.path() << QStringLiteral(": ") << e.message() << Qt::endl;
        return 1;
    }
    if (!parser.isSet(kOutput)) {
        if (QIODevice* device = out.device()) {
            out.flush();
            device->write(json); // byte for byte: the CSV's BOM and the vCard's CRLF included
        } else {
            out << QString::fromUtf8(json);
        }
        out.flush();
        return 0;
    }
    // QSaveFile: the target is replaced only when the whole export was written.
    QSaveFile file(parser.value(kOutput));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << CommandLine::tr("%1: cannot write: %2").arg(parser.value(kOutput), file.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

int runImport(const QCommandLineParser& parser, const QString& file, QTextStream& out, QTextStream& err)
{
    ImportOptions options;
    if (parser.isSet(kFormat) && !ImportSource::parseFormat(parser.value(kFormat), &options.format)) {
        err << CommandLine::tr("import: unknown format '%1' (use auto, linkedin, google, outlook, vcard, csv or json)")
                   .arg(parser.value(kFormat))
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(kOnDuplicate)) {
        const QString policy = parser.value(kOnDuplicate).toLower();
        if (policy == QLatin1String("skip"))
            options.onDuplicate = DuplicatePolicy::Skip;
        else if (policy == QLatin1String("update"))
            options.onDuplicate = DuplicatePolicy::Update;
        else if (policy == QLatin1String("create"))
            options.onDuplicate = DuplicatePolicy::Create;
        else {
            err << CommandLine::tr("import: --on-duplicate must be skip, update or create, not '%1'").arg(policy)
                << Qt::endl;
            return 1;
        }
    }
    options.dryRun = parser.isSet(kDryRun);
    options.skipInvalid = parser.isSet(kSkipInvalid);

    Database database;
    const QString databaseFile = databasePath(parser);
    const bool newNetwork = !QFileInfo::exists(databaseFile);
    if (!database.open(databaseFile)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    const ImportReport report = ContactImporter::run(database, file, options);
    if (newNetwork && !report.written) {
        // A failed or dry-run import into a network that did not exist leaves nothing behind.
        database.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(databaseFile + suffix);
    }
    const QStringList problems = ContactImporter::problemLines(file, report);
    const bool failed = !report.error.isEmpty() || report.cancelled;
    for (const QString& line : problems)
        err << (failed || !options.skipInvalid ? line : CommandLine::tr("%1 (skipped)").arg(line)) << '\n';
    if (failed) {
        if (problems.isEmpty() || report.problems.size() > 1 || report.error != report.problems.first().message)
            err << file << QStringLiteral(": ") << report.error << '\n';
        err.flush();
        return 1;
    }
    const QLocale locale;
    const QLocale rowLocale;
    out << (report.rows == 1 ? CommandLine::tr("%1: %2, %3, 1 row.").arg(file, report.formatName, report.encodingName)
                             : CommandLine::tr("%1: %2, %3, %4 rows.")
                                   .arg(file, report.formatName, report.encodingName, rowLocale.toString(report.rows)))
        << '\n'
        << CommandLine::tr("Created %1, updated %2, unchanged %3, skipped %4.")
               .arg(locale.toString(report.created), locale.toString(report.updated), locale.toString(report.unchanged),
                   locale.toString(report.skipped + report.invalid))
        << '\n';
    if (report.referrals > 0)
        out << CommandLine::tr("Linked %n referral(s) from \"Referred By\".", nullptr, report.referrals) << '\n';
    if (!report.unresolvedReferrers.isEmpty())
        out << CommandLine::tr("No single contact matches these referrers: %1")
                   .arg(report.unresolvedReferrers.join(QStringLiteral(", ")))
            << '\n';
    if (options.dryRun)
        out << CommandLine::tr("Dry run: nothing was written.") << '\n';
    out.flush();
    err.flush();
    return 0;
}

} // namespace

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
        if (!arg.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addOptions(parser);
    const auto usageError = [&err](const QString& message) {
        err << QStringLiteral("rapport: ") << message << Qt::endl
            << tr("Try 'rapport --help' for the commands and options.") << Qt::endl;
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
    for (const QString& option :
        {kDemo, kSearch, kJson, kFormat, kOutput, kOnDuplicate, kDryRun, kSkipInvalid, kVCardVersion}) {
        if (parser.isSet(option) && !command->options.contains(option))
            return usageError(tr("%1: the option --%2 does not apply here").arg(name, option));
    }

    if (name == QLatin1String("demo"))
        return runDemo(parser, out, err);
    if (name == QLatin1String("list"))
        return runList(parser, out, err);
    if (name == QLatin1String("import"))
        return runImport(parser, positional.at(1), out, err);
    return runExport(parser, out, err);
}

bool CommandLine::parseGuiOptions(const QStringList& arguments, GuiOptions* options, QString* error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    for (const QString& option :
        {kSearch, kJson, kFormat, kOutput, kOnDuplicate, kDryRun, kSkipInvalid, kVCardVersion}) {
        if (parser.isSet(option)) {
            *error = tr("the option --%1 needs a command").arg(option);
            return false;
        }
    }
    options->database = parser.value(kDatabase);
    options->demo = parser.isSet(kDemo);
    if (options->demo && !options->database.isEmpty()) {
        *error = tr("--demo and --database cannot be used together");
        return false;
    }
    return true;
}

} // namespace Rapport
