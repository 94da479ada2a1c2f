// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Rapport {

class JsonEntryReader;

// Reads a JSON backup of version 2 into a network: checks it entry by entry and hands the good
// entries to BackupMerge, which adds what the network lacks and merges what both hold field by
// field. Into an empty network every row, id and time comes back as it was written, so exporting
// the restored network writes the same bytes.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::BackupRestore)

public:
    BackupRestore(const QSqlDatabase& db, const ImportOptions& options, ImportReport& report);

    // Checks each entry of the file (wrong types, unknown values, references to nothing) and
    // writes the good ones, in one pass, inside the caller's transaction. Each problem names its
    // entry, e.g. "contacts[3].stage". Without options.skipInvalid, writing stops at the first
    // problem but checking goes on, so that every problem is listed; the caller then rolls back.
    // Returns whether every entry was good. Counts go to the report; report.batchId must be set.
    // Throws DatabaseError, and JsonEntryReader::SyntaxError for an entry that is not valid JSON.
    // `progress` is told 0..100 as entries are read; returning false throws Cancelled.
    bool run(const JsonEntryReader& file, const std::function<bool(int percent)>& progress = {});

    struct Cancelled {
    };

private:
    QSqlDatabase m_db;
    const ImportOptions& m_options;
    ImportReport& m_report;
};

} // namespace Rapport
