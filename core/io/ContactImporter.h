// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvContactMapping.h"
#include "ImportOutcome.h"
#include "ImportRecord.h"
#include "ImportSource.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Rapport {

class Database;
struct ImportReport;

// What to do with a row that matches a contact already in the network.
enum class DuplicatePolicy {
    Skip, // leave the known contact alone
    Update, // fill in or correct its imported fields; never its notes, stage or meetings
    Create, // add the row as a new contact anyway
};

// A read of every row of a source, writing nothing: what the import's first pass finds.
struct ImportCheck {
    int records = 0; // rows that will be imported
    QList<ImportProblem> problems;
    QStringList notedColumns; // columns with values and no field, kept in the notes, in file order
    bool readable = true; // false: the file itself could not be read to its end
};

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    bool dryRun = false; // do everything, then roll back
    // CSV and vCard rows with problems are skipped, and unreadable values kept in the notes, unless
    // strict: then any problem refuses the whole file (for scripts). skipInvalid names that default
    // on the command line; JSON backups, restored by JsonRestore, still read it.
    bool strict = false;
    bool skipInvalid = false;
    std::optional<CsvContactMapping> mapping; // the wizard's column choices
    // The wizard's check of this same source and mapping: the import does not read the file a
    // second time before it writes (ignored with a rowLimit).
    std::shared_ptr<const ImportCheck> checked;
    // Fill ImportReport::contacts (the wizard's "show the imported contacts").
    bool collectContacts = false;
    // The wizard's preview: what happens to each row, in ImportReport::outcomes (costs a lookup per
    // matched row, so a plain import goes without).
    bool collectOutcomes = false;
    // Above 0, only the first rows of the file are read (about this many: a vCard's bad cards
    // are counted as they are found); the preview dry-runs the start of a large file.
    int rowLimit = 0;
    // Written in the import's own transaction, after its contacts and before it commits: a
    // LinkedIn archive's history joins the contacts of its Connections.csv in one batch (one
    // undo). It may add to the report; a DatabaseError it throws rolls everything back.
    std::function<void(const QSqlDatabase& db, ImportReport& report)> alsoWrite;
    // What Import History calls the batch, when not the source's path and format (the archive).
    QString batchFile;
    QString batchFormat;
};

// A contact the import added beside another who may be the same person (never merged on a guess),
// for the user to merge or keep apart after the import.
struct PossibleDuplicatePair {
    qint64 addedId = 0; // the contact this import added
    qint64 otherId = 0; // the one it may be: already in the network, or added earlier by this import
    QString addedName;
    QString otherName;
    bool otherFromThisImport = false;
    QString reason; // why they were not taken for one person ("other e-mails or phones")
    int line = 0; // the added contact's line in the file, or 0 (a JSON backup)
};

struct ImportReport {
    QString formatName;
    QString encodingName;
    int rows = 0; // data rows read, good or bad
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0; // duplicates left alone by the Skip policy
    int invalid = 0; // rows skipped for a problem (hidden LinkedIn members included); never imported
    int referrals = 0;
    QList<ImportProblem> problems;
    QStringList unresolvedReferrers; // "Referred By" names that matched nobody, or several people
    qint64 batchId = 0;
    bool written = false;
    bool cancelled = false;
    QString error; // a structural or database problem that stopped the import
    // A JSON backup's merge, per list ("contacts", "meetings"...).
    struct MergeCounts {
        int added = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
    };
    QMap<QString, MergeCounts> merged;
    QStringList conflicts; // fields both copies had changed, each with the value kept
    QStringList possibleDuplicates; // contacts added beside someone with the same profile or e-mail
    // Fields where the file differed from what the user had typed; the user's value was kept.
    QStringList keptTyped;
    int hiddenMembers = 0; // rows skipped because LinkedIn hides the member's details
    int unreadable = 0; // values left empty because they could not be read; their text is in the notes
    QStringList notedColumns; // columns with values but no field, kept in the notes, in file order
    QSet<qint64> contacts; // created or updated, with ImportOptions::collectContacts (CSV and vCard)
    QList<ImportRowOutcome> outcomes; // per row, in line order, with ImportOptions::collectOutcomes
    bool limited = false; // ImportOptions::rowLimit left rows of the file unread
    // The possibleDuplicates as contact ids, in the same order (CSV, vCard and JSON merges). The ids
    // are the network's only when the report was written: a dry run rolls its contacts back.
    QList<PossibleDuplicatePair> duplicatePairs;
};

// Imports a contacts file in two passes over the file: the first validates every row, the
// second writes all of it in one transaction (or nothing, on any problem, failure or cancel).
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ContactImporter)

public:
    // Called with a 0..100 progress; returning false cancels (and rolls back).
    using Progress = std::function<bool(int percent)>;

    static ImportReport run(
        Database& database, const QString& path, const ImportOptions& options, const Progress& progress = {});
    // For a source the caller already opened (the wizard, after its preview).
    static ImportReport run(
        Database& database, const ImportSource& source, const ImportOptions& options, const Progress& progress = {});

    // Reads every row of the source and lists its problems; keepGoing returning false stops it.
    static ImportCheck check(const ImportSource& source, const std::function<bool()>& keepGoing = {},
        const std::function<void(qint64 bytes)>& progress = {});

    // A report's problems in line order.
    static QList<ImportProblem> sortedProblems(const ImportReport& report);
    // "FILE:LINE: message", or "FILE:LINE: warning: message" for what refused nothing. With
    // withOutcome, it says what became of it: the row skipped, or the value left empty and kept in the notes.
    static QString problemLine(const QString& fileName, const ImportProblem& problem, bool withOutcome = false);
    // Full lines for a report's problems, in line order.
    static QStringList problemLines(const QString& fileName, const ImportReport& report, bool withOutcome = false);
};

} // namespace Rapport
