// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One import, step by step, in the order the steps run. It is longer than most files because the
// steps share the second pass's state (Writing); apart, each would need all of it passed in.
#include "ImportRun.h"

#include "Backups.h"
#include "BulkContactWriter.h"
#include "Clock.h"
#include "ContactJson.h"
#include "ContactLoader.h"
#include "ContactStore.h"
#include "CsvContactMapping.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DuplicateIndex.h"
#include "FieldProvenance.h"
#include "ImportFieldMerge.h"
#include "NetworkRecords.h"
#include "Schema.h"
#include "ScopedCacheSize.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>

namespace Rapport {

using namespace ImportFieldMerge;
using namespace ImportKeys;

namespace {

// Above this many rows, rebuilding the full-text rows once beats updating them row by row.
constexpr int kBulkIndexThreshold = 500;

struct PendingReferral {
    qint64 contactId;
    QStringList referrers;
};

} // namespace

struct ImportRun::Writing {
    Writing(Database& database, qsizetype expectedRows, qint64 batchId, qint64 lastIdBefore)
        : db(database.connection())
        , store(database)
        , lastIdBefore(lastIdBefore)
        , duplicates(db, expectedRows)
        , writer(BulkContactWriter::create(db, batchId))
        , saveChange(db,
              QStringLiteral("INSERT OR IGNORE INTO import_batch_change (batch_id, contact_id, previous) "
                             "VALUES (?, ?, ?)"))
        , nameOf(db,
              QStringLiteral("SELECT c.first_name, c.last_name, ifnull(o.name, '') FROM contact c "
                             "LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id = ?"))
    { }

    QString nameOfContact(qint64 id)
    {
        nameOf.exec({id});
        return nameOf.next()
            ? contactDisplayName(nameOf.value(0).toString(), nameOf.value(1).toString(), nameOf.value(2).toString())
            : QString();
    }

    const QSqlDatabase db;
    ContactStore store;
    const qint64 lastIdBefore; // contacts above it are this import's
    DuplicateIndex duplicates;
    const std::unique_ptr<BulkContactWriter> writer;
    SqlStatement saveChange;
    // The names of matched contacts (for possible duplicates, and every row's outcome when asked).
    SqlStatement nameOf;
    QList<PendingReferral> referrals;
    QHash<qint64, int> lineOf; // for the outcomes: the row that added a contact
    QList<ImportRowOutcome> outcomes;
    int written = 0;
};

ImportRun::ImportRun(Database& database, const ImportSource& source, const ImportOptions& options,
    const ContactImporter::Progress& progress)
    : m_database(database)
    , m_source(source)
    , m_options(options)
    , m_progress(progress)
    , m_size(qMax<qint64>(1, source.size()))
{
    m_report.formatName = source.formatName();
    m_report.encodingName = TextDecoder::displayName(source.encoding());
}

ImportReport ImportRun::run()
{
    const bool readable = readAndValidate();
    m_report.invalid = int(m_badLines.size());
    if (m_options.collectOutcomes)
        explainSkippedRows();
    if (m_cancelled) {
        m_report.cancelled = true;
        return m_report;
    }
    if (!readable) {
        m_report.error = m_report.problems.isEmpty() ? ContactImporter::tr("the file could not be read")
                                                     : m_report.problems.last().message;
        return m_report;
    }
    if (refused() || !backUpFirst())
        return m_report;
    try {
        write();
    } catch (const DatabaseError& e) {
        failWrite(ContactImporter::tr("the network could not be written: %1").arg(e.message()));
    }
    return m_report;
}

void ImportRun::progressTo(int from, int span, qint64 bytes)
{
    if (m_progress && !m_cancelled && !m_progress(from + int(span * bytes / m_size)))
        m_cancelled = true;
}

bool ImportRun::beyondLimit(int line) const
{
    if (m_options.rowLimit <= 0 || line <= 0)
        return false;
    // A vCard's problems come after its records: by then the line of the first card left out says it.
    return m_stopLine > 0 ? line >= m_stopLine : m_report.rows >= m_options.rowLimit;
}

void ImportRun::takeProblem(const ImportProblem& problem)
{
    if (beyondLimit(problem.line)) {
        m_report.limited = true;
        return;
    }
    m_report.problems.append(problem);
    if (problem.isWarning())
        return; // its row is still read and imported, only without the part the warning names
    if (problem.kind == ImportProblem::Kind::Field) { // the row itself is imported
        ++m_report.unreadable;
        return;
    }
    if (problem.kind == ImportProblem::Kind::ExtraValues)
        return; // the row is imported, the values kept in its notes
    if (problem.line > 0 && !m_badLines.contains(problem.line)) { // one row, however many problems
        m_badLines.insert(problem.line);
        ++m_report.rows;
        if (problem.kind == ImportProblem::Kind::HiddenMember)
            ++m_report.hiddenMembers;
    }
}

bool ImportRun::readAndValidate()
{
    const int limit = m_options.rowLimit;
    if (m_options.checked && limit <= 0) { // the wizard read the file already
        m_report.rows = m_options.checked->records;
        m_report.notedColumns = m_options.checked->notedColumns;
        for (const ImportProblem& problem : m_options.checked->problems)
            takeProblem(problem);
        return m_options.checked->readable;
    }
    return m_source.forEach(
        [&](ImportRecord&& record) {
            if (limit > 0 && m_report.rows >= limit) {
                m_stopLine = record.line;
                m_report.limited = true;
                return false;
            }
            ++m_report.rows;
            for (const QString& column : std::as_const(record.notedColumns)) {
                if (!m_report.notedColumns.contains(column))
                    m_report.notedColumns.append(column);
            }
            return !m_cancelled;
        },
        [this](const ImportProblem& problem) { takeProblem(problem); },
        [this](qint64 bytes) { progressTo(0, 40, bytes); });
}

void ImportRun::explainSkippedRows()
{
    QSet<int> explained; // a row has one reason to be skipped, or several
    for (const ImportProblem& problem : std::as_const(m_report.problems)) {
        if (!m_badLines.contains(problem.line) || explained.contains(problem.line))
            continue;
        explained.insert(problem.line);
        ImportRowOutcome skipped;
        skipped.line = problem.line;
        skipped.kind = ImportRowOutcome::Kind::Skipped;
        skipped.reason = problem.message;
        m_report.outcomes.append(skipped);
    }
}

bool ImportRun::refused()
{
    // --strict refuses any problem, a vCard line left out of its card included: a script asked
    // for all of the file or nothing.
    const int errors = int(std::count_if(m_report.problems.cbegin(), m_report.problems.cend(),
        [](const ImportProblem& problem) { return !problem.isWarning(); }));
    const int warnings = int(m_report.problems.size()) - errors;
    if (m_options.strict && errors > 0)
        m_report.error = errors == 1 ? ContactImporter::tr("1 row has a problem; nothing was imported")
                                     : ContactImporter::tr("%1 rows have problems; nothing was imported").arg(errors);
    else if (m_options.strict && warnings > 0)
        m_report.error = ContactImporter::tr("%n line(s) could not be read; nothing was imported", nullptr, warnings);
    else if (m_report.rows == m_report.invalid)
        m_report.error = ContactImporter::tr("no contacts to import");
    return !m_report.error.isEmpty();
}

bool ImportRun::backUpFirst()
{
    // A new network has nothing to keep.
    if (m_options.dryRun
        || SqlStatement::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt() == 0)
        return true;
    QString backupError;
    if (!Backups::take(m_database, QStringLiteral("import"), &backupError).isEmpty())
        return true;
    m_report.error = ContactImporter::tr("no backup could be taken before the import, so nothing was imported: %1")
                         .arg(backupError);
    return false;
}

void ImportRun::write()
{
    const QSqlDatabase db = m_database.connection();
    m_bulk = m_report.rows - m_report.invalid > kBulkIndexThreshold;
    // A large import only adds rows that point at rows it just wrote or looked up, so the
    // per-row foreign-key lookups are skipped (the pragma cannot change inside a transaction,
    // hence before BEGIN, and it is switched back on whatever happens).
    if (m_bulk)
        SqlStatement::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysBack = qScopeGuard([&db, bulk = m_bulk] {
        if (bulk) {
            QSqlQuery on(db);
            on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    });
    Transaction transaction(db);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_report.batchId
        = SqlStatement(db, QStringLiteral("INSERT INTO import_batch (file, format, imported_at) VALUES (?, ?, ?)"))
              .exec(
                  {m_options.batchFile.isEmpty() ? QFileInfo(m_source.path()).absoluteFilePath() : m_options.batchFile,
                      m_options.batchFormat.isEmpty() ? m_source.formatKey() : m_options.batchFormat, now})
              .lastInsertId();
    const qint64 lastIdBefore
        = SqlStatement::scalar(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM contact")).toLongLong();
    if (m_bulk) {
        Schema::dropFtsTriggers(db);
        Schema::dropContactRevivedTrigger(db); // a DELETE per row; one for all of them in finishBulk()
        Schema::dropImportIndexes(db);
    }

    const ScopedCacheSize cache(db, 131072);
    Writing writing(m_database, m_report.rows - m_report.invalid, m_report.batchId, lastIdBefore);
    const bool readAgain = m_source.forEach([&](ImportRecord&& record) { return writeRow(writing, std::move(record)); },
        [](const ImportProblem&) {}, [this](qint64 bytes) { progressTo(40, 55, bytes); });
    // The file is read twice; if it changed or broke in between, nothing of it is kept.
    if (!m_cancelled && (!readAgain || writing.written != m_report.rows - m_report.invalid)) {
        m_report.error
            = ContactImporter::tr("the file changed or could not be read again while it was imported; nothing was "
                                  "imported");
        return; // the Transaction rolls back
    }
    if (m_cancelled) {
        m_report.cancelled = true;
        return; // the Transaction rolls back
    }
    if (m_options.collectOutcomes) {
        m_report.outcomes.append(writing.outcomes);
        std::stable_sort(m_report.outcomes.begin(), m_report.outcomes.end(),
            [](const ImportRowOutcome& a, const ImportRowOutcome& b) { return a.line < b.line; });
    }
    linkReferrers(writing);
    if (m_bulk)
        finishBulk(lastIdBefore);
    if (m_options.alsoWrite)
        m_options.alsoWrite(db, m_report);
    SqlStatement::run(db,
        QStringLiteral("UPDATE import_batch SET created_count = ?, updated_count = ?, unchanged_count = ?, "
                       "skipped_count = ? WHERE id = ?"),
        {m_report.created, m_report.updated, m_report.unchanged, m_report.skipped + m_report.invalid,
            m_report.batchId});
    if (m_progress && !m_progress(100)) {
        m_report.cancelled = true;
        return;
    }
    if (m_options.dryRun) {
        m_report.batchId = 0;
        return; // rolled back: a dry run reports what would happen
    }
    transaction.commit();
    m_report.written = true;
}

bool ImportRun::writeRow(Writing& writing, ImportRecord&& record)
{
    if (m_stopLine > 0 && record.line >= m_stopLine)
        return false; // the rest of the file was left unread by the first pass too
    if (m_badLines.contains(record.line))
        return true;
    ++writing.written;
    Contact& imported = record.contact;
    ImportRowOutcome* outcome = nullptr;
    if (m_options.collectOutcomes) {
        outcome = &writing.outcomes.emplace_back();
        outcome->line = record.line;
        outcome->contact = imported;
    }
    qint64 possibleDuplicate = 0;
    ImportRowOutcome::MatchedBy matchedBy = ImportRowOutcome::MatchedBy::None;
    qint64 id = m_options.onDuplicate == DuplicatePolicy::Create
        ? 0
        : writing.duplicates.find(imported, record.formattedName, &possibleDuplicate, &matchedBy);
    if (outcome && id) {
        outcome->matchedBy = matchedBy;
        outcome->matchedName = writing.nameOfContact(id);
        outcome->matchedLine = writing.lineOf.value(id);
    }
    if (possibleDuplicate) {
        const QString other = writing.nameOfContact(possibleDuplicate);
        if (outcome) {
            outcome->kind = ImportRowOutcome::Kind::PossibleDuplicate;
            outcome->matchedName = other;
            outcome->matchedLine = writing.lineOf.value(possibleDuplicate);
        }
        const QString name = (imported.firstName + QLatin1Char(' ') + imported.lastName).trimmed();
        m_report.duplicatePairs.append({0, possibleDuplicate, name, other, possibleDuplicate > writing.lastIdBefore,
            ContactImporter::tr("other e-mails or phones"), record.line}); // the added id follows its insert below
        m_report.possibleDuplicates.append(
            ContactImporter::tr(
                "%1:%2: %3 has the name of %4, a contact already here or earlier in the file, but other "
                "e-mails or phones: added as someone else, for you to merge if they are the same person.")
                .arg(QFileInfo(m_source.path()).fileName(), QString::number(record.line), name, other));
    }
    if (id)
        writing.duplicates.addCard(imported, record.formattedName, id);
    if (!id) {
        // A copy made with the Create policy gets a uuid of its own: uuids are unique.
        if (writing.duplicates.findUuid(imported.uuid))
            imported.uuid.clear();
        id = writing.writer->insert(imported);
        if (possibleDuplicate)
            m_report.duplicatePairs.last().addedId = id;
        writing.duplicates.add(imported, id);
        writing.duplicates.addCard(imported, record.formattedName, id);
        ++m_report.created;
        if (m_options.collectContacts)
            m_report.contacts.insert(id);
        if (outcome)
            writing.lineOf.insert(id, record.line);
    } else if (m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_report.skipped;
        if (outcome)
            outcome->kind = ImportRowOutcome::Kind::Skipped;
        return !m_cancelled; // left alone entirely: no referral links either
    } else {
        updateKnown(writing, record, id, outcome);
    }
    if (!record.referredBy.isEmpty())
        writing.referrals.append({id, record.referredBy});
    return !m_cancelled;
}

void ImportRun::updateKnown(Writing& writing, ImportRecord& record, qint64 id, ImportRowOutcome* outcome)
{
    const QSqlDatabase& db = writing.db;
    const Contact& imported = record.contact;
    // A failed read throws and rolls the import back: it must not pass for "unchanged".
    const QList<Contact> found = ContactLoader::load(db, QStringLiteral("WHERE c.id = ?"), {id});
    std::optional<Contact> known;
    if (!found.isEmpty())
        known = found.first();
    const Contact previous = known.value_or(Contact());
    QStringList changed, fromFile, kept;
    if (known)
        mergeInto(imported, FieldProvenance::typedFields(db, id), *known, &changed, &fromFile, &kept);
    const QString who = (previous.firstName + QLatin1Char(' ') + previous.lastName).trimmed();
    for (const QString& line : std::as_const(kept))
        m_report.keptTyped.append(QStringLiteral("%1: %2").arg(who, line));
    // The file's notes and the values kept in them join the contact's notes once, after
    // what is there: nothing the user wrote is replaced.
    const bool notesWereEmpty = known && known->notes.trimmed().isEmpty();
    // Both run: the paragraph first, then the lines.
    const bool notedText = known && appendFileNotes(&known->notes, imported.notes, record.noteLines);
    const bool notedLines = known && CsvContactMapping::appendNoteLines(&known->notes, record.noteLines);
    const bool noted = notedText || notedLines;
    if (noted && notesWereEmpty && !FieldProvenance::typedFields(db, id).contains(QStringLiteral("notes")))
        fromFile.append(QStringLiteral("notes")); // the file's text, not the user's
    if (outcome) {
        outcome->kind = changed.isEmpty() && !noted ? ImportRowOutcome::Kind::Match : ImportRowOutcome::Kind::Update;
        for (const QString& field : std::as_const(changed))
            outcome->changedFields.append(fieldLabel(field));
        if (noted)
            outcome->changedFields.append(fieldLabel(QStringLiteral("notes")));
        outcome->keptTyped = kept;
    }
    if (changed.isEmpty() && !noted) {
        ++m_report.unchanged;
        return;
    }
    writing.saveChange.exec({m_report.batchId, id,
        QString::fromUtf8(QJsonDocument(ContactJson::toJson(previous)).toJson(QJsonDocument::Compact))});
    writing.store.updateInTransaction(*known);
    // What the user typed stays theirs; what the file set is now this import's.
    FieldProvenance::markImported(db, id, fromFile, m_report.batchId);
    writing.duplicates.add(*known, id);
    ++m_report.updated;
    if (m_options.collectContacts)
        m_report.contacts.insert(id);
}

void ImportRun::linkReferrers(const Writing& writing)
{
    if (writing.referrals.isEmpty())
        return;
    const QSqlDatabase& db = writing.db;
    QHash<QString, QList<qint64>> byName, byFamilyName;
    QHash<QString, qint64> byUuid; // vCard RELATED:urn:uuid:… names the referrer by its UID
    SqlStatement people(db, QStringLiteral("SELECT id, first_name, last_name, uuid FROM contact"));
    people.exec();
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        byName[nameKey(people.value(1).toString(), people.value(2).toString())].append(id);
        byFamilyName[people.value(2).toString().simplified().toCaseFolded()].append(id);
        byUuid.insert(QStringLiteral("urn:uuid:") + people.value(3).toString().toLower(), id);
    }
    for (const PendingReferral& pending : std::as_const(writing.referrals)) {
        for (const QString& name : pending.referrers) {
            const bool byId = name.startsWith(QLatin1String("urn:uuid:"));
            QList<qint64> matches = byId
                ? (byUuid.contains(name) ? QList<qint64> {byUuid.value(name)} : QList<qint64> {})
                : byName.value(nameKey(name, QString()));
            if (!byId && matches.isEmpty()) {
                // Without an exact full name: the name without honorifics, then a lone family name.
                const QString key = referrerKey(name);
                matches = byName.value(key);
                if (matches.isEmpty() && !key.contains(QLatin1Char(' ')))
                    matches = byFamilyName.value(key);
            }
            if (matches.size() != 1 || matches.first() == pending.contactId) {
                if (!byId && !m_report.unresolvedReferrers.contains(name))
                    m_report.unresolvedReferrers.append(name);
                continue;
            }
            Referral link;
            link.referrerId = matches.first();
            link.referredId = pending.contactId;
            link.importBatchId = m_report.batchId;
            if (NetworkRecords::insertReferral(db, link) > 0)
                ++m_report.referrals;
        }
    }
}

void ImportRun::finishBulk(qint64 lastIdBefore)
{
    const QSqlDatabase db = m_database.connection();
    // What the contact_revived trigger does row by row: a contact added with the uuid of one
    // deleted before (a vCard we wrote) is no longer deleted.
    SqlStatement::run(db,
        QStringLiteral("DELETE FROM tombstone WHERE entity = 'contact' AND row_key IN "
                       "(SELECT uuid FROM contact WHERE import_batch_id = ?)"),
        {m_report.batchId});
    Schema::createContactRevivedTrigger(db);
    Schema::createImportIndexes(db); // first: the full-text rows below look e-mails up by contact
    const QVariantList ids {lastIdBefore, m_report.batchId};
    const QString touched
        = QStringLiteral("id > ? OR id IN (SELECT contact_id FROM import_batch_change WHERE batch_id = ?)");
    SqlStatement::run(db,
        QStringLiteral("DELETE FROM contact_fts WHERE rowid IN "
                       "(SELECT contact_id FROM import_batch_change WHERE batch_id = ?)"),
        {m_report.batchId});
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                       "SELECT id, name, organization, title, emails, tags, notes "
                       "FROM contact_search_document WHERE ")
            + touched,
        ids);
    Schema::createFtsTriggers(db);
}

void ImportRun::failWrite(const QString& message)
{
    // Nothing was written: only what was read stays, with the reason.
    ImportReport failed;
    failed.formatName = m_report.formatName;
    failed.encodingName = m_report.encodingName;
    failed.rows = m_report.rows;
    failed.invalid = m_report.invalid;
    failed.problems = m_report.problems;
    failed.hiddenMembers = m_report.hiddenMembers;
    failed.unreadable = m_report.unreadable;
    failed.notedColumns = m_report.notedColumns;
    failed.limited = m_report.limited;
    failed.error = message;
    m_report = std::move(failed);
}

} // namespace Rapport
