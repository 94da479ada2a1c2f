// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonRestore.h"

#include "BackupFormat.h"
#include "BackupRestore.h"
#include "Backups.h"
#include "Clock.h"
#include "ContactStore.h"
#include "ContentSniffer.h"
#include "Database.h"
#include "DatabaseError.h"
#include "JsonEntryReader.h"
#include "MergeUndoLog.h"
#include "NetworkRecords.h"
#include "Schema.h"
#include "ScopedCacheSize.h"
#include "ScopedTempStore.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rapport {

namespace {

constexpr qint64 kMaxJsonBytes = 256ll * 1024 * 1024; // parsed whole: a few times this in memory
constexpr int kBulkRows = 1000; // contacts from which the search index is filled once, at the end

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(qBound<qsizetype>(0, offset, bytes.size())).count('\n')) + 1;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list.append(item.toString());
    return list;
}

struct Parsed {
    QList<ImportRecord> contacts;
    QList<qint64> oldIds; // the "id" each contact had in the backup
    QJsonArray referrals, meetings, followUps;
};

// A network that already holds contacts is copied first (File ▸ Restore Backup… brings it back).
bool backupBeforeImport(Database& database, const ImportOptions& options, ImportReport& report)
{
    if (options.dryRun
        || SqlStatement::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt() == 0)
        return true;
    QString backupError;
    if (!Backups::take(database, QStringLiteral("import"), &backupError).isEmpty())
        return true;
    report.error
        = JsonRestore::tr("no backup could be taken before the import, so nothing was imported: %1").arg(backupError);
    return false;
}

qint64 newBatch(const QSqlDatabase& db, const QString& path)
{
    return SqlStatement(
        db, QStringLiteral("INSERT INTO import_batch (file, format, imported_at) VALUES (?, 'json', ?)"))
        .exec({QFileInfo(path).absoluteFilePath(), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)})
        .lastInsertId();
}

// Counts the batch, then commits it, or rolls it back for a dry run.
void finishBatch(Transaction& transaction, const QSqlDatabase& db, const ImportOptions& options, ImportReport& report)
{
    SqlStatement::run(db,
        QStringLiteral(
            "UPDATE import_batch SET created_count = ?, unchanged_count = ?, skipped_count = ? WHERE id = ?"),
        {report.created, report.unchanged, report.skipped + report.invalid, report.batchId});
    if (options.dryRun) {
        report.batchId = 0;
        return; // the transaction rolls back when it goes out of scope
    }
    transaction.commit();
    report.written = true;
}

ImportReport runVersion2(Database& database, const QString& path, const JsonEntryReader& file,
    const ImportOptions& options, const ContactImporter::Progress& progress, ImportReport report)
{
    const QSqlDatabase db = database.connection();
    report.rows = int(qMax<qsizetype>(0, file.size(QLatin1StringView("contacts"))));
    try {
        // Taken before the file is checked, which happens as it is written: a file with problems
        // leaves a copy it did not need, never a network changed without one.
        if (!backupBeforeImport(database, options, report))
            return report;
        const ScopedTempStore tempStore(db);
        Transaction transaction(db);
        report.batchId = newBatch(db, path);
        MergeUndoLog undoLog(db, report.batchId); // what undoing the batch puts back
        // A large backup is written as a large import is: the search index is filled once at the
        // end instead of row by row, and the page cache holds what the transaction touches.
        const bool bulk = report.rows > kBulkRows;
        if (bulk)
            Schema::dropFtsTriggers(db);
        const ScopedCacheSize cache(db, 131072);
        // The entries are most of the work; the search index, filled at the end, the rest.
        const auto entriesDone = [&progress](int percent) { return !progress || progress(percent * 9 / 10); };
        if (!BackupRestore(db, options, report).run(file, entriesDone) && !options.skipInvalid) {
            report.error = JsonRestore::tr("%1 entries have problems; nothing was imported")
                               .arg(QString::number(report.invalid));
            report.batchId = 0;
            return report; // the transaction rolls back
        }
        if (bulk) {
            SqlStatement::run(db, QStringLiteral("DELETE FROM contact_fts"));
            SqlStatement::run(db,
                QStringLiteral(
                    "INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                    "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document"));
            Schema::createFtsTriggers(db);
        }
        if (progress && !progress(100))
            throw BackupRestore::Cancelled();
        undoLog.finish();
        finishBatch(transaction, db, options, report);
    } catch (const BackupRestore::Cancelled&) {
        report.written = false;
        report.batchId = 0;
        report.cancelled = true;
        report.error = JsonRestore::tr("the restore was cancelled; nothing was written");
    } catch (const JsonEntryReader::SyntaxError& e) {
        report.written = false;
        report.batchId = 0;
        report.problems.append({e.line, JsonRestore::tr("not valid JSON: %1").arg(e.message)});
        report.error = report.problems.last().message;
    } catch (const DatabaseError& e) {
        report.written = false;
        report.batchId = 0;
        report.error = JsonRestore::tr("the network could not be written: %1").arg(e.message());
    }
    return report;
}

} // namespace

bool JsonRestore::looksLikeJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray start = file.read(256);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    // Binary data that happens to start with a brace is refused as what it is, not as broken JSON.
    return start.trimmed().startsWith('{') && ContentSniffer::looksLikeText(start);
}

ImportReport JsonRestore::run(
    Database& database, const QString& path, const ImportOptions& options, const ContactImporter::Progress& progress)
{
    ImportReport report;
    report.formatName = tr("Rapport JSON backup");
    report.encodingName = tr("UTF-8");
    const auto fail = [&report](int line, const QString& message) {
        report.problems.append({line, message});
        report.error = message;
        return report;
    };
    // Version 2 is read an entry at a time; only version 1 (small by nature) is read whole.
    JsonEntryReader entries;
    JsonEntryReader::SyntaxError syntaxError;
    if (!entries.open(path, &syntaxError)) {
        if (syntaxError.line == 0)
            return fail(0, syntaxError.message);
        return fail(syntaxError.line, tr("not valid JSON: %1").arg(syntaxError.message));
    }
    QJsonValue format, version;
    try {
        format = entries.value(QLatin1StringView("format"));
        version = entries.value(QLatin1StringView("version"));
    } catch (const JsonEntryReader::SyntaxError& e) {
        return fail(e.line, tr("not valid JSON: %1").arg(e.message));
    }
    if (format == QLatin1String("rapport-network")) {
        if (version.toInt() > BackupFormat::Version)
            return fail(1,
                tr("this backup was written by a newer version of Rapport (backup version %1; this version reads up "
                   "to %2). Please update Rapport.")
                    .arg(QString::number(version.toInt()), QString::number(BackupFormat::Version)));
        if (version.toInt() == BackupFormat::Version)
            return runVersion2(database, path, entries, options, progress, report);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, tr("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > kMaxJsonBytes)
        return fail(0, tr("the file is larger than a Rapport backup of version 1 can be (256 MB)"));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAt(bytes, parseError.offset), tr("not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("contacts")).isArray())
        return fail(1, tr("not a Rapport backup: there is no \"contacts\" list"));

    // Validate everything first; the backup has no line per contact, so problems name the entry.
    Parsed parsed;
    const QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QJsonObject o = contacts.at(i).toObject();
        ImportRecord record;
        Contact& c = record.contact;
        c.uuid = o.value(QStringLiteral("uuid")).toString();
        c.firstName = o.value(QStringLiteral("firstName")).toString();
        c.lastName = o.value(QStringLiteral("lastName")).toString();
        c.organization = o.value(QStringLiteral("organization")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        for (const QString& email : strings(o.value(QStringLiteral("emails"))))
            c.emails.append({QString(), email});
        for (const QString& phone : strings(o.value(QStringLiteral("phones"))))
            c.phones.append({QString(), phone});
        c.linkedinUrl = o.value(QStringLiteral("linkedinUrl")).toString();
        c.tags = normalizedTags(strings(o.value(QStringLiteral("tags"))));
        c.notes = o.value(QStringLiteral("notes")).toString();
        c.strength = qBound(0, o.value(QStringLiteral("strength")).toInt(), 5);
        c.connectedOn = QDate::fromString(o.value(QStringLiteral("connectedOn")).toString(), Qt::ISODate);
        c.source = QStringLiteral("json");
        const QString stage = o.value(QStringLiteral("stage")).toString(QStringLiteral("to_contact"));
        if (!o.contains(QStringLiteral("id")) || !stageFromKey(stage, &c.stage)) {
            report.problems.append({1,
                tr("contacts[%1]: needs an \"id\" and a known \"stage\" (found \"%2\")")
                    .arg(QString::number(i), stage)});
            continue;
        }
        parsed.contacts.append(record);
        parsed.oldIds.append(o.value(QStringLiteral("id")).toInteger());
    }
    report.rows = int(contacts.size());
    report.invalid = int(report.problems.size());
    if (!report.problems.isEmpty() && !options.skipInvalid) {
        report.error = tr("%1 entries have problems; nothing was imported").arg(report.problems.size());
        return report;
    }
    parsed.referrals = root.value(QStringLiteral("referrals")).toArray();
    parsed.meetings = root.value(QStringLiteral("meetings")).toArray();
    parsed.followUps = root.value(QStringLiteral("followUps")).toArray();

    const QSqlDatabase db = database.connection();
    if (!backupBeforeImport(database, options, report))
        return report;
    try {
        Transaction transaction(db);
        ContactStore store(database);
        report.batchId = newBatch(db, path);
        QHash<qint64, qint64> newId; // backup id -> id in this network
        QSet<qint64> created; // only created contacts get the backup's meetings and follow-ups
        for (qsizetype i = 0; i < parsed.contacts.size(); ++i) {
            const Contact& c = parsed.contacts.at(i).contact;
            const QVariant known = c.uuid.isEmpty()
                ? QVariant()
                : SqlStatement::scalar(db, QStringLiteral("SELECT id FROM contact WHERE uuid = ?"), {c.uuid});
            qint64 id = known.toLongLong();
            if (id && options.onDuplicate != DuplicatePolicy::Create) {
                ++(options.onDuplicate == DuplicatePolicy::Skip ? report.skipped : report.unchanged);
            } else {
                Contact copy = c;
                if (id) // Create: a copy of a known contact needs a uuid of its own
                    copy.uuid.clear();
                id = store.insertInTransaction(copy);
                SqlStatement::run(
                    db, QStringLiteral("UPDATE contact SET import_batch_id = ? WHERE id = ?"), {report.batchId, id});
                created.insert(id);
                ++report.created;
            }
            newId.insert(parsed.oldIds.at(i), id);
        }
        for (const auto& value : std::as_const(parsed.referrals)) {
            const QJsonObject r = value.toObject();
            Referral link;
            const bool fromMe = r.value(QStringLiteral("from")).isNull();
            link.referrerId = fromMe ? 0 : newId.value(r.value(QStringLiteral("from")).toInteger());
            link.referredId = newId.value(r.value(QStringLiteral("to")).toInteger());
            const std::optional<LinkKind> kind
                = MeetingTypes::linkKind(r.value(QStringLiteral("kind")).toString(QStringLiteral("referral")));
            if (!kind) // a kind Rapport does not know is left out, as a link that cannot be stored is
                continue;
            link.kind = *kind;
            link.date = QDate::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODate);
            link.note = r.value(QStringLiteral("note")).toString();
            link.importBatchId = report.batchId;
            // A link to someone the file does not hold, or one that cannot be stored, is left out.
            if (!link.referredId || (!fromMe && !link.referrerId)
                || !NetworkRecords::referralProblem(db, link).isEmpty())
                continue;
            if (NetworkRecords::insertReferral(db, link) > 0)
                ++report.referrals;
        }
        QHash<qint64, qint64> newMeeting;
        for (const auto& value : std::as_const(parsed.meetings)) {
            const QJsonObject m = value.toObject();
            const qint64 contact = newId.value(m.value(QStringLiteral("contact")).toInteger());
            const QDateTime start
                = QDateTime::fromString(m.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
            if (!created.contains(contact) || !start.isValid())
                continue;
            Meeting meeting;
            meeting.contactId = contact;
            // A key Rapport does not know stops the restore, as the table's CHECK constraint would.
            const QString kind = m.value(QStringLiteral("kind")).toString(QStringLiteral("other"));
            const QString status = m.value(QStringLiteral("status")).toString(QStringLiteral("planned"));
            if (!MeetingTypes::meetingKind(kind))
                throw DatabaseError(tr("a meeting has an unknown kind \"%1\"").arg(kind));
            if (!MeetingTypes::meetingStatus(status))
                throw DatabaseError(tr("a meeting has an unknown status \"%1\"").arg(status));
            meeting.kind = *MeetingTypes::meetingKind(kind);
            meeting.start = start;
            meeting.status = *MeetingTypes::meetingStatus(status);
            meeting.notes = m.value(QStringLiteral("notes")).toString();
            newMeeting.insert(m.value(QStringLiteral("id")).toInteger(), NetworkRecords::insertMeeting(db, meeting));
        }
        for (const auto& value : std::as_const(parsed.followUps)) {
            const QJsonObject f = value.toObject();
            const qint64 contact = newId.value(f.value(QStringLiteral("contact")).toInteger());
            const QDate due = QDate::fromString(f.value(QStringLiteral("due")).toString(), Qt::ISODate);
            if (!created.contains(contact) || !due.isValid())
                continue;
            FollowUp followUp;
            followUp.contactId = contact;
            followUp.meetingId = newMeeting.value(f.value(QStringLiteral("meeting")).toInteger());
            followUp.due = due;
            followUp.text = f.value(QStringLiteral("text")).toString();
            if (f.value(QStringLiteral("done")).toBool())
                followUp.doneAt = QDateTime(due, QTime(12, 0));
            NetworkRecords::insertFollowUp(db, followUp);
        }
        // A version-1 backup is small and written at once; Cancel still means nothing is kept.
        if (progress && !progress(100)) {
            report.batchId = 0;
            report.cancelled = true;
            report.error = tr("the restore was cancelled; nothing was written");
            return report; // the transaction rolls back
        }
        finishBatch(transaction, db, options, report);
    } catch (const DatabaseError& e) {
        report.written = false;
        report.batchId = 0;
        report.error = tr("the network could not be written: %1").arg(e.message());
    }
    return report;
}

} // namespace Rapport
