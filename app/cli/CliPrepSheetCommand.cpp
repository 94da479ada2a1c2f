// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rapport prep-sheet`: one interview brief as PDF or HTML, without a display.
#include "CliPrepSheetCommand.h"
#include "CliCommandLine.h"
#include "CliCommands.h"
#include "Clock.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "PrepSheet.h"
#include "SearchRanking.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Rapport::Cli {

namespace {

// The one contact NAME means, as the window's search ranks names (SearchRanking): the best
// match, when only one person reaches the best rank. Throws DatabaseError when the contacts
// cannot be read.
qint64 findContact(ContactStore& store, const QString& name, QTextStream& err)
{
    const QList<ContactSummary> people = store.directory();
    if (!store.readError().isEmpty()) // not "no contact is called …": the contacts could not be read
        throw DatabaseError(store.readError());
    QStringList names;
    names.reserve(people.size());
    for (const ContactSummary& person : people)
        names.append(person.name);
    QList<ContactSummary> candidates;
    for (const qsizetype index : SearchRanking::bestNameMatches(name, names))
        candidates.append(people.at(index));
    if (candidates.size() == 1)
        return candidates.first().id;
    if (candidates.isEmpty()) {
        printError(err, CommandLine::tr("rapport: no contact is called \"%1\"").arg(name));
        return 0;
    }
    printError(err,
        CommandLine::tr("rapport: \"%1\" is ambiguous; %2 contacts match:")
            .arg(name, QString::number(candidates.size())));
    for (const ContactSummary& person : candidates)
        printError(err,
            QStringLiteral("  ")
                + (person.organization.isEmpty() ? person.name
                                                 : QStringLiteral("%1 (%2)").arg(person.name, person.organization)));
    printError(err, CommandLine::tr("Give the full name with --contact."));
    return 0;
}

} // namespace

int runPrepSheet(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString output = parser.value(kOutput);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty()) {
        printError(
            err, CommandLine::tr("rapport: prep-sheet: give the file to write with -o FILE.pdf or -o FILE.html"));
        return 1;
    }
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html")) {
        printError(
            err, CommandLine::tr("rapport: prep-sheet: %1: the sheet can be written as .pdf or .html").arg(output));
        return 1;
    }
    if (parser.isSet(kContact) == parser.isSet(kMeeting)) {
        printError(
            err, CommandLine::tr("rapport: prep-sheet: say whom it is for with either --contact NAME or --meeting ID"));
        return 1;
    }
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return 1;
    }
    const QSqlDatabase db = database.connection();
    qint64 contactId = 0;
    qint64 meetingId = 0;
    try {
        if (parser.isSet(kMeeting)) {
            bool ok = false;
            meetingId = parser.value(kMeeting).toLongLong(&ok);
            contactId = ok ? PrepSheet::contactOfMeeting(db, meetingId) : 0;
            if (!contactId) {
                printError(err, CommandLine::tr("rapport: there is no meeting %1").arg(parser.value(kMeeting)));
                return 1;
            }
        } else {
            ContactStore store(database);
            contactId = findContact(store, parser.value(kContact), err);
            if (!contactId)
                return 1;
            meetingId = PrepSheet::nextMeetingOf(db, contactId, Clock::currentDateTimeUtc());
        }
        const PrepSheetData data = PrepSheet::gather(db, contactId, meetingId);
        const QString html = PrepSheet::combined({PrepSheet::html(data)});
        QString error;
        if (suffix == QLatin1String("pdf")) {
            if (!PrepSheet::writePdf(html, output, PrepSheet::defaultPageSize(), &error)) {
                printError(err, error);
                return 1;
            }
        } else {
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
                printError(err, CommandLine::tr("%1: cannot write: %2").arg(output, file.errorString()));
                return 1;
            }
        }
        out << CommandLine::tr("Wrote the prep sheet for %1 to %2.").arg(data.contact.displayName(), output)
            << Qt::endl;
    } catch (const DatabaseError& e) {
        printError(err, database.path() + QStringLiteral(": ") + e.message());
        return 1;
    }
    return 0;
}

} // namespace Rapport::Cli
