// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ArchiveHistory.h"
#include "ContactImporter.h"

#include <QCoreApplication>

namespace Rapport {

class Database;

struct ArchiveImportOptions {
    bool keepMessageText = true; // false: dates and directions only
    bool dryRun = false;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
};

struct ArchiveImportReport {
    ImportReport contacts; // Connections.csv, as any LinkedIn import reports it (the batch is its batchId)
    QString connectionsName; // its name inside the archive, for its problems' FILE:LINE
    ArchiveHistoryReport history;
    int profileFields = 0; // fields of My Profile filled in (never one the user had typed)
    int myHistoryAdded = 0; // positions and schools added to "my history"
    QStringList ignoredFiles; // the archive's other files, named in the report
    QString error; // what stopped the import, a sentence naming the archive or its table; nothing was written
    bool written() const { return error.isEmpty() && contacts.written; }
};

// Imports a whole LinkedIn data archive (ZIP or folder) as one batch, in one transaction: the
// contacts of Connections.csv (as the LinkedIn import does, with its duplicate rules and its
// backup first), then their history (ArchiveHistory), My Profile where it is empty, and "my
// history" from Positions.csv and Education.csv. Undone as one step from Import History.
class ArchiveImport
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ArchiveImport)

public:
    static constexpr const char* FormatKey = "linkedin-archive";
    static ArchiveImportReport run(Database& database, const QString& path, const ArchiveImportOptions& options,
        const ContactImporter::Progress& progress = {});
    // What an import did, a sentence a line, as the command line and the window report it.
    static QStringList summary(const ArchiveImportReport& report);
};

} // namespace Rapport
