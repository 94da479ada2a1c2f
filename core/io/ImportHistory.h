// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Rapport {

class Database;

struct ImportBatchInfo {
    qint64 id = 0;
    QString file;
    QString format;
    QDateTime importedAt;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    bool undone = false;
};

// The imports made into a network, and undoing one of them as a whole.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ImportHistory)

public:
    // Newest first. Throws DatabaseError: an empty history would hide imports that could be undone.
    static QList<ImportBatchInfo> list(Database& database);
    // Removes the contacts the batch created and the links it made, and puts back what it
    // updated, in one transaction. Meetings and notes added since to created contacts go with them.
    // A JSON merge (backup version 2) goes back entirely: what it added, updated or deleted anywhere,
    // change times and tombstones included, except the fields edited since (MergeUndoLog).
    static bool undo(Database& database, qint64 batchId, QString* error);
};

} // namespace Rapport
