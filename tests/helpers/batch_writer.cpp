// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A child process for tst_crashsafety: runs one of the app's batch writes on a network and
// prints "started" just before it, so the parent can kill it part-way with SIGKILL.
//
//   batch_writer DB delete-all         delete every contact with its meetings, follow-ups and
//                                      links, as Edit ▸ Delete Contact does for a selection
//   batch_writer DB delete-then-undo   the same, then undo it (restore them all)
//   batch_writer DB undo-import        undo the latest import, as File ▸ Import History does
#include "ContactStore.h"
#include "Database.h"
#include "ImportHistory.h"
#include "SqlStatement.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Rapport;

namespace {

void say(const char* what)
{
    std::printf("%s\n", what);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::MustExist))
        return 2;
    const QByteArray mode = argv[2];
    ContactStore store(database);
    if (mode == "undo-import") {
        const QList<ImportBatchInfo> batches = ImportHistory::list(database);
        if (batches.isEmpty())
            return 2;
        QString error;
        say("started");
        return ImportHistory::undo(database, batches.first().id, &error) ? 0 : 1;
    }
    QList<qint64> ids;
    SqlStatement all(database.connection(), QStringLiteral("SELECT id FROM contact ORDER BY id"));
    all.exec();
    while (all.next())
        ids.append(all.value(0).toLongLong());
    QList<ContactSnapshot> snapshots;
    if (mode == "delete-all") {
        say("started");
        return store.removeContacts(ids, &snapshots) ? 0 : 1;
    }
    if (mode == "delete-then-undo") {
        if (!store.removeContacts(ids, &snapshots))
            return 1;
        say("started");
        return store.restoreContacts(snapshots) ? 0 : 1;
    }
    return 2;
}
