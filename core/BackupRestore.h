#pragma once

#include "ContactImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace Rapport {

// Reads a JSON backup of version 2 into a network, adding what the network does not hold and
// never overwriting what it does:
// - rows match on their UUID, and rows without a shared UUID on their natural key (an
//   organisation's name in any case, a link's people and kind, a question's text, a template's
//   kind and name, a graph position's contact and layout), so nothing is added twice;
// - contacts match on their UUID only: a person the network holds under another UUID is added;
//   the duplicate policy decides what a contact with a known UUID does (Create: a copy);
// - the profile is taken only when the network's own profile is empty;
// - into an empty network every row, id and time comes back as it was written, so exporting the
//   restored network writes the same bytes.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::BackupRestore)

public:
    // Every problem of the file (wrong types, unknown values, references to nothing), before
    // anything is written; each names its entry, e.g. "contacts[3].stage", and `entries` gets
    // those entries ("contacts[3]", "profile"). Throws DatabaseError.
    static QList<ImportProblem> problems(
        const QSqlDatabase& db, const QJsonObject& root, QSet<QString>* entries = nullptr);
    // Writes inside the caller's transaction, leaving out the `skipped` entries. Counts go to
    // `report`; report.batchId must be set. Throws DatabaseError.
    static void write(const QSqlDatabase& db, const QJsonObject& root, const ImportOptions& options,
        const QSet<QString>& skipped, ImportReport& report);
};

} // namespace Rapport
