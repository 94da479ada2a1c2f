// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveImport.h"

#include "ArchiveTables.h"
#include "LinkedInArchive.h"
#include "SqlStatement.h"

#include <QFileInfo>
#include <QLocale>
#include <QUuid>

namespace Rapport {

namespace {

using Table = LinkedInArchive::Table;
using Row = QHash<QString, QString>;

// The archive's tables, read and parsed before anything is written.
struct Tables {
    ArchiveHistory::Input history;
    QList<Row> profile;
    QList<Row> positions;
    QList<Row> education;
};

// "messages.csv:12: DATE ... is not a date" for each row a table left out.
void takeProblems(const QString& name, const ArchiveTableReport& table, ArchiveImportReport* report)
{
    report->history.drafts += table.drafts;
    report->history.spam += table.spam;
    for (const ImportProblem& p : table.problems)
        report->history.problems.append(QStringLiteral("%1:%2: %3").arg(name, QString::number(p.line), p.message));
}

// "Connections.csv in Basic_LinkedInDataExport.zip: the file is empty": what is wrong with a table.
QString inTable(const LinkedInArchive& archive, Table table, const QString& problem)
{
    return ArchiveImport::tr("%1 in %2: %3").arg(archive.nameOf(table), QFileInfo(archive.path()).fileName(), problem);
}

// Reads every table the archive has; false with report->error when one cannot be read at all.
bool readTables(const LinkedInArchive& archive, Tables* tables, ArchiveImportReport* report)
{
    const auto bytesOf = [&](Table table) -> std::optional<QByteArray> {
        if (!archive.has(table))
            return QByteArray();
        QString error;
        auto bytes = archive.read(table, &error);
        if (!bytes)
            report->error = error; // a sentence that names the table
        return bytes;
    };
    // A table whose header lacks a column it needs refuses itself with a problem at line 0.
    const auto refused = [&](Table table, const ArchiveTableReport& read) {
        report->error = inTable(archive, table,
            read.problems.isEmpty() ? ArchiveImport::tr("cannot be read") : read.problems.first().message);
        return false;
    };
    const struct {
        Table table;
        QStringList required;
        QList<Row>* rows;
    } plain[] = {{Table::Profile, {QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")}, &tables->profile},
        {Table::Positions, {QStringLiteral("COMPANY NAME")}, &tables->positions},
        {Table::Education, {QStringLiteral("SCHOOL NAME")}, &tables->education}};
    for (const auto& [table, required, rows] : plain) {
        const auto bytes = bytesOf(table);
        if (!bytes)
            return false;
        ArchiveTableReport read;
        if (!bytes->isEmpty() && !ArchiveTables::readRows(*bytes, required, rows, &read))
            return refused(table, read);
        takeProblems(archive.nameOf(table), read, report);
    }
    const auto messages = bytesOf(Table::Messages);
    if (!messages)
        return false;
    ArchiveTableReport read;
    if (!messages->isEmpty() && !ArchiveTables::readMessages(*messages, &tables->history.messages, &read))
        return refused(Table::Messages, read);
    takeProblems(archive.nameOf(Table::Messages), read, report);
    const auto invitations = bytesOf(Table::Invitations);
    if (!invitations)
        return false;
    read = {};
    if (!invitations->isEmpty() && !ArchiveTables::readInvitations(*invitations, &tables->history.invitations, &read))
        return refused(Table::Invitations, read);
    takeProblems(archive.nameOf(Table::Invitations), read, report);
    return true;
}

// My Profile where it is empty: the name, the field (Headline) and the introduction (Summary).
// What the user typed is never replaced; what was filled is kept with the batch for its undo.
int fillProfile(const QSqlDatabase& db, const QList<Row>& profile, qint64 batchId)
{
    if (profile.isEmpty())
        return 0;
    const Row& row = profile.first();
    const QString name = (row.value(QStringLiteral("FIRST NAME")).trimmed() + QLatin1Char(' ')
        + row.value(QStringLiteral("LAST NAME")))
                             .simplified();
    const std::pair<const char*, QString> wanted[]
        = {{"name", name}, {"field", row.value(QStringLiteral("HEADLINE")).trimmed()},
            {"introduction", row.value(QStringLiteral("SUMMARY")).trimmed()}};
    int filled = 0;
    for (const auto& [column, value] : wanted) {
        const QString field = QString::fromLatin1(column);
        const QString current
            = SqlStatement::scalar(db, QStringLiteral("SELECT %1 FROM profile WHERE id = 1").arg(field)).toString();
        if (value.isEmpty() || !current.trimmed().isEmpty())
            continue;
        SqlStatement::run(db, QStringLiteral("UPDATE profile SET %1 = ? WHERE id = 1").arg(field), {value});
        SqlStatement::run(db,
            QStringLiteral("INSERT OR IGNORE INTO import_value_change (batch_id, entity, row_id, field, old_value, "
                           "new_value) VALUES (?, 'profile', 1, ?, ?, ?)"),
            {batchId, field, current, value});
        ++filled;
    }
    return filled;
}

// Positions.csv and Education.csv become "my history"; a row already there (same kind,
// organisation, title and start) is not added twice.
int addMyHistory(const QSqlDatabase& db, const QList<Row>& positions, const QList<Row>& education, qint64 batchId)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT OR IGNORE INTO my_history (uuid, kind, organization, title, started_on, finished_on, "
                       "description, position, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int added = 0;
    int position
        = int(SqlStatement::scalar(db, QStringLiteral("SELECT ifnull(max(position) + 1, 0) FROM my_history")).toInt());
    const auto addRows
        = [&](const QList<Row>& rows, const QString& kind, const QString& organization, const QString& title,
              const QString& start, const QString& end, const QString& description) {
              for (const Row& row : rows) {
                  const QString org = row.value(organization).simplified();
                  if (org.isEmpty())
                      continue;
                  insert.exec({QUuid::createUuid().toString(QUuid::WithoutBraces), kind, org,
                      row.value(title).simplified(), row.value(start).trimmed(), row.value(end).trimmed(),
                      row.value(description).trimmed(), position, batchId});
                  if (insert.numRowsAffected() > 0) {
                      ++added;
                      ++position;
                  }
              }
          };
    addRows(positions, QStringLiteral("position"), QStringLiteral("COMPANY NAME"), QStringLiteral("TITLE"),
        QStringLiteral("STARTED ON"), QStringLiteral("FINISHED ON"), QStringLiteral("DESCRIPTION"));
    addRows(education, QStringLiteral("education"), QStringLiteral("SCHOOL NAME"), QStringLiteral("DEGREE NAME"),
        QStringLiteral("START DATE"), QStringLiteral("END DATE"), QStringLiteral("NOTES"));
    return added;
}

} // namespace

ArchiveImportReport ArchiveImport::run(Database& database, const QString& path, const ArchiveImportOptions& options,
    const ContactImporter::Progress& progress)
{
    ArchiveImportReport report;
    QString error;
    const std::unique_ptr<LinkedInArchive> archive = LinkedInArchive::open(path, &error);
    if (!archive) {
        report.error = error;
        return report;
    }
    report.ignoredFiles = archive->ignoredFiles();
    if (!archive->has(Table::Connections)) {
        report.error = tr("%1 holds no Connections.csv: ask LinkedIn for the archive with your connections.")
                           .arg(QFileInfo(path).fileName());
        return report;
    }
    Tables tables;
    if (!readTables(*archive, &tables, &report))
        return report;
    tables.history.keepText = options.keepMessageText;
    const Row profile = tables.profile.value(0);
    tables.history.me = ArchiveHistory::identify(tables.history.messages, profile.value(QStringLiteral("FIRST NAME")),
        profile.value(QStringLiteral("LAST NAME")));

    const auto connections = archive->read(Table::Connections, &error);
    if (!connections) {
        report.error = error; // a sentence that names the table
        return report;
    }
    report.connectionsName = archive->nameOf(Table::Connections);
    ImportSource source;
    ImportProblem problem;
    if (!source.open(*connections, archive->nameOf(Table::Connections), ImportFormat::LinkedIn, &problem)) {
        report.error = inTable(*archive, Table::Connections, problem.message);
        return report;
    }
    ImportOptions importOptions;
    importOptions.format = ImportFormat::LinkedIn;
    importOptions.onDuplicate = options.onDuplicate;
    importOptions.dryRun = options.dryRun;
    importOptions.batchFile = QFileInfo(path).absoluteFilePath();
    importOptions.batchFormat = QString::fromLatin1(FormatKey);
    importOptions.alsoWrite = [&](const QSqlDatabase& db, ImportReport& contacts) {
        tables.history.batchId = contacts.batchId;
        ArchiveHistory::write(db, tables.history, &report.history);
        contacts.created += report.history.peopleAdded; // the batch's counts are written after this
        report.profileFields = fillProfile(db, tables.profile, contacts.batchId);
        report.myHistoryAdded = addMyHistory(db, tables.positions, tables.education, contacts.batchId);
    };
    report.contacts = ContactImporter::run(database, source, importOptions, progress);
    if (!report.contacts.error.isEmpty())
        report.error = inTable(*archive, Table::Connections, report.contacts.error);
    return report;
}

QStringList ArchiveImport::summary(const ArchiveImportReport& report)
{
    const QLocale locale;
    const ImportReport& contacts = report.contacts;
    const ArchiveHistoryReport& history = report.history;
    QStringList lines;
    lines << tr("Created %1, updated %2, unchanged %3, skipped %4.")
                 .arg(locale.toString(contacts.created), locale.toString(contacts.updated),
                     locale.toString(contacts.unchanged), locale.toString(contacts.skipped + contacts.invalid));
    if (history.messagesRead > 0) {
        lines << tr("Messages and invitations: %1 read, from %2 to %3.")
                     .arg(locale.toString(history.messagesRead),
                         locale.toString(history.first.toLocalTime().date(), QLocale::ShortFormat),
                         locale.toString(history.last.toLocalTime().date(), QLocale::ShortFormat))
              << tr("Logged %1 new messages and %2 new invitations; %3 were already logged.")
                     .arg(locale.toString(history.messagesAdded), locale.toString(history.invitationsAdded),
                         locale.toString(history.messagesKnown));
    }
    if (history.drafts + history.spam > 0)
        lines << tr("Left out %1 drafts and %2 messages in spam.")
                     .arg(locale.toString(history.drafts), locale.toString(history.spam));
    if (history.peopleAdded > 0)
        lines << tr("Added at Reached out, as you wrote to them and they are not among your connections: %1.")
                     .arg(locale.toString(history.peopleAdded));
    if (history.movedToReachedOut + history.movedToReplied > 0)
        lines << tr("Moved on by their history: %1 to Reached out, %2 to Replied.")
                     .arg(locale.toString(history.movedToReachedOut), locale.toString(history.movedToReplied));
    if (!history.inboundOnly.isEmpty())
        lines << tr("Not added, as they only wrote to you (%1): %2")
                     .arg(locale.toString(history.inboundOnly.size()), history.inboundOnly.join(QStringLiteral("; ")));
    if (report.profileFields > 0)
        lines << tr("Fields of My Profile filled in from Profile.csv (they were empty): %1.")
                     .arg(locale.toString(report.profileFields));
    if (report.myHistoryAdded > 0)
        lines << tr("Positions and schools added to your history: %1.").arg(locale.toString(report.myHistoryAdded));
    if (!report.ignoredFiles.isEmpty())
        lines << tr("Not read (Rapport has no use for them): %1").arg(report.ignoredFiles.join(QStringLiteral(", ")));
    return lines;
}

} // namespace Rapport
