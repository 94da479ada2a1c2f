// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QSet>

namespace Rapport {

class ContactStore;
class DuplicateIndex;
struct ImportRecord;

// One run of ContactImporter over a source, step by step: read and validate every row (or take
// the wizard's check), refuse what --strict or an empty file refuses, take a backup, then write
// every good row in one transaction, link the referrers the rows name, and finish the batch.
class ImportRun
{
public:
    ImportRun(Database& database, const ImportSource& source, const ImportOptions& options,
        const ContactImporter::Progress& progress);

    ImportReport run();

private:
    struct Writing; // what the second pass keeps between rows

    // Pass 1: reads every row and sorts its problems, writing nothing. False when the file cannot be read.
    bool readAndValidate();
    void takeProblem(const ImportProblem& problem);
    bool beyondLimit(int line) const;
    // A skipped row says why: its first problem.
    void explainSkippedRows();
    // Sets report.error when --strict, or a file without a good row, refuses the import.
    bool refused();
    // The network as it was before this import (File ▸ Restore Backup…). False when none could be taken.
    bool backUpFirst();
    // Pass 2, in one transaction. Throws DatabaseError.
    void write();
    bool writeRow(Writing& writing, ImportRecord&& record);
    // A row about a contact already here: fills it in, keeping what the user typed.
    void updateKnown(Writing& writing, ImportRecord& record, qint64 id, ImportRowOutcome* outcome);
    // "Referred By" names become referral links when they name exactly one person.
    void linkReferrers(const Writing& writing);
    // After a bulk write: the tombstones, indexes and full-text rows the triggers would have kept.
    void finishBulk(qint64 lastIdBefore);
    void progressTo(int from, int span, qint64 bytes);
    // What stays of the report when nothing could be written.
    void failWrite(const QString& message);

    Database& m_database;
    const ImportSource& m_source;
    const ImportOptions& m_options;
    const ContactImporter::Progress& m_progress;
    ImportReport m_report;
    QSet<int> m_badLines;
    qint64 m_size = 1;
    int m_stopLine = 0; // with a row limit, the first record left unread (0 while none is)
    bool m_cancelled = false;
    bool m_bulk = false;
};

} // namespace Rapport
