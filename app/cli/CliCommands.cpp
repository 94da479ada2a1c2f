// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommands.h"

#include "ArchiveImport.h"
#include "BackupMerge.h"
#include "CliCommandLine.h"
#include "ContactImporter.h"
#include "ContactListing.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoNetwork.h"
#include "LinkedInArchive.h"
#include "NetworkCounts.h"
#include "NetworkExport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace Rapport::Cli {

namespace {

QString padded(const QString& text, int width)
{
    const QString cut = text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    return cut.leftJustified(width + 2);
}

} // namespace

QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(kDatabase) ? parser.value(kDatabase) : Database::defaultPath();
}

void printError(QTextStream& err, const QString& message)
{
    const QString prefix = QStringLiteral("rapport: ");
    QString text = message;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(prefix))
            err << prefix;
        err << line << '\n';
    }
    err.flush();
}

int runDemo(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    Database database;
    if (!database.open(databasePath(parser))) {
        printError(err, database.errorString());
        return 1;
    }
    QString error;
    if (!DemoNetwork::fill(database, &error)) {
        printError(err, error);
        return 1;
    }
    try {
        const NetworkCounts counts = NetworkCounts::read(database.connection());
        out << CommandLine::tr("%1: added %2 contacts, %3 referral links, %4 meetings and %5 follow-ups.")
                   .arg(database.path(), QString::number(counts.contacts), QString::number(counts.referrals),
                       QString::number(counts.meetings), QString::number(counts.followUps))
            << Qt::endl;
    } catch (const DatabaseError& e) {
        printError(err, database.path() + QStringLiteral(": ") + e.message());
        return 1;
    }
    return 0;
}

int runList(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return 1;
    }
    ContactStore store(database);
    // A read that failed returns nothing: say so, rather than list fewer contacts (or none).
    const auto readFailed = [&] {
        printError(err, database.path() + QStringLiteral(": ") + store.readError());
        return 1;
    };
    const QString search = parser.isSet(kSearch) ? parser.value(kSearch) : QString();
    const bool searching = !ContactStore::ftsQuery(search).isEmpty();
    // Without a search, the JSON listing keeps its id order; a search lists its matches in the
    // same order as the text, the best match first.
    const QList<ContactSummary> rows
        = searching || !parser.isSet(kJson) ? ContactListing::rows(store, search) : QList<ContactSummary>();
    if (!store.readError().isEmpty())
        return readFailed();
    if (parser.isSet(kJson)) {
        try {
            QList<qint64> ids;
            ids.reserve(rows.size());
            for (const ContactSummary& s : rows)
                ids.append(s.id);
            const QJsonArray contacts = searching ? ContactListing::json(database.connection(), ids)
                                                  : ContactListing::json(database.connection());
            out << QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Indented));
        } catch (const DatabaseError& e) {
            printError(err, database.path() + QStringLiteral(": ") + e.message());
            return 1;
        }
        return 0;
    }
    for (const ContactSummary& s : std::as_const(rows))
        out << padded(s.name, 28) << padded(s.organization, 32) << stageLabel(s.stage) << '\n';
    out.flush();
    if (rows.isEmpty()) // on stderr, so scripts reading stdout still get an empty list
        err << (searching ? CommandLine::tr("No contacts match '%1'.").arg(search)
                          : CommandLine::tr("The network has no contacts yet."))
            << Qt::endl;
    return 0;
}

int runExport(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString format = parser.isSet(kFormat) ? parser.value(kFormat).toLower() : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("vcard")
        && format != QLatin1String("ics")) {
        printError(err, CommandLine::tr("export: unknown format '%1' (use json, csv, vcard or ics)").arg(format));
        return 1;
    }
    if (parser.isSet(kVCardVersion) && format != QLatin1String("vcard")) {
        printError(err, CommandLine::tr("export: --vcard-version applies to --format vcard only"));
        return 1;
    }
    const QString vcardVersion = parser.isSet(kVCardVersion) ? parser.value(kVCardVersion) : QStringLiteral("4");
    if (vcardVersion != QLatin1String("4") && vcardVersion != QLatin1String("3") && vcardVersion != QLatin1String("4.0")
        && vcardVersion != QLatin1String("3.0")) {
        printError(err, CommandLine::tr("export: --vcard-version must be 3 or 4, not '%1'").arg(vcardVersion));
        return 1;
    }
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return 1;
    }
    const ExportFormat chosen = format == QLatin1String("json") ? ExportFormat::Json
        : format == QLatin1String("csv")                        ? ExportFormat::Csv
        : format == QLatin1String("ics")                        ? ExportFormat::Calendar
        : vcardVersion.startsWith(QLatin1Char('3'))             ? ExportFormat::VCard3
                                                                : ExportFormat::VCard4;
    QByteArray json;
    try {
        json = NetworkExport::bytes(database.connection(), chosen);
    } catch (const DatabaseError& e) {
        printError(err, database.path() + QStringLiteral(": ") + e.message());
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
        printError(err, CommandLine::tr("%1: cannot write: %2").arg(parser.value(kOutput), file.errorString()));
        return 1;
    }
    return 0;
}

bool readDuplicatePolicy(const QCommandLineParser& parser, DuplicatePolicy* policy, QTextStream& err)
{
    if (!parser.isSet(kOnDuplicate))
        return true;
    const QString value = parser.value(kOnDuplicate).toLower();
    if (value == QLatin1String("skip"))
        *policy = DuplicatePolicy::Skip;
    else if (value == QLatin1String("update"))
        *policy = DuplicatePolicy::Update;
    else if (value == QLatin1String("create"))
        *policy = DuplicatePolicy::Create;
    else {
        printError(err, CommandLine::tr("import: --on-duplicate must be skip, update or create, not '%1'").arg(value));
        return false;
    }
    return true;
}

bool ImportTarget::open(const QCommandLineParser& parser, QTextStream& err)
{
    file = databasePath(parser);
    isNew = !QFileInfo::exists(file);
    if (!database.open(file)) {
        printError(err, database.errorString());
        return false;
    }
    return true;
}

void ImportTarget::removeUnwritten(bool written)
{
    if (!isNew || written)
        return;
    database.close();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

int runImport(const QCommandLineParser& parser, const QString& file, QTextStream& out, QTextStream& err)
{
    const QString format = parser.value(kFormat);
    if (format.compare(QLatin1String(ArchiveImport::FormatKey), Qt::CaseInsensitive) == 0
        || ((format.isEmpty() || format.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
            && LinkedInArchive::isArchivePath(file)))
        return runArchiveImport(parser, file, out, err);
    if (parser.isSet(kMessages)) {
        printError(err, CommandLine::tr("import: --messages applies to a LinkedIn archive (a ZIP or a folder) only"));
        return 1;
    }
    ImportOptions options;
    if (parser.isSet(kFormat) && !ImportSource::parseFormat(format, &options.format)) {
        printError(err,
            CommandLine::tr("import: unknown format '%1' (use auto, linkedin, google, outlook, vcard, csv, json or "
                            "linkedin-archive)")
                .arg(format));
        return 1;
    }
    if (!readDuplicatePolicy(parser, &options.onDuplicate, err))
        return 1;
    options.dryRun = parser.isSet(kDryRun);
    options.skipInvalid = parser.isSet(kSkipInvalid);
    options.strict = parser.isSet(kStrict);
    if (options.strict && options.skipInvalid) {
        printError(err, CommandLine::tr("import: --strict and --skip-invalid ask for opposite things; give one"));
        return 1;
    }

    ImportTarget target;
    if (!target.open(parser, err))
        return 1;
    const ImportReport report = ContactImporter::run(target.database, file, options);
    target.removeUnwritten(report.written);
    const bool failed = !report.error.isEmpty() || report.cancelled;
    // When the import goes through, each line says what became of its row or value (a warning's
    // line was left out of a row that was imported). A problem on a line keeps DESIGN.md's
    // FILE:LINE: form, the one editors and scripts read, as a compiler's do; one with the whole
    // file (missing, unreadable, not a contacts file) is an error like any other.
    for (const ImportProblem& problem : ContactImporter::sortedProblems(report)) {
        const QString line = ContactImporter::problemLine(file, problem, !failed);
        if (problem.line > 0)
            err << line << '\n';
        else
            printError(err, line);
    }
    if (failed) {
        if (report.problems.size() != 1 || report.error != report.problems.first().message)
            printError(err, file + QStringLiteral(": ") + report.error);
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
    if (report.skipped > 0)
        out << CommandLine::tr(
            "Left %n contact(s) you already have alone (--on-duplicate skip).", nullptr, report.skipped)
            << '\n';
    if (report.hiddenMembers > 0)
        out << CommandLine::tr(
            "Skipped %n row(s) of LinkedIn members who hide their details.", nullptr, report.hiddenMembers)
            << '\n';
    if (report.invalid > report.hiddenMembers)
        out << CommandLine::tr(
            "Skipped %n row(s) with problems, listed on stderr.", nullptr, report.invalid - report.hiddenMembers)
            << '\n';
    if (report.unreadable > 0)
        out << CommandLine::tr("Left %n value(s) empty that could not be read; their text is in the notes, and "
                               "each is listed on stderr.",
            nullptr, report.unreadable)
            << '\n';
    if (!report.notedColumns.isEmpty())
        out << CommandLine::tr("Kept in the notes, as no field holds them: %1")
                   .arg(report.notedColumns.join(QStringLiteral(", ")))
            << '\n';
    if (report.referrals > 0)
        out << CommandLine::tr("Linked %n referral(s).", nullptr, report.referrals) << '\n';
    for (const QString& line : BackupMerge::summary(report))
        out << line << '\n';
    if (!report.keptTyped.isEmpty()) {
        out << CommandLine::tr("Kept what you typed where the file differs:") << '\n';
        for (const QString& line : report.keptTyped)
            out << QStringLiteral("  ") << line << '\n';
    }
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

} // namespace Rapport::Cli
