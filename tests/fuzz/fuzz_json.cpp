// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry for the JSON backup restore: any bytes given as a backup must be refused with
// a message or restored, never crash, and a dry run must leave the network as it was.
//   ./fuzz_json -max_total_time=60 tests/fuzz/corpus/json
#include "ContactImporter.h"
#include "Database.h"
#include "JsonRestore.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QTemporaryDir* scratch = nullptr;
Rapport::Database* network = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    scratch = new QTemporaryDir;
    network = new Rapport::Database;
    if (!network->open(scratch->filePath(QStringLiteral("fuzz.rapport"))))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = scratch->filePath(QStringLiteral("backup.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    Rapport::ImportOptions options;
    options.dryRun = true;
    Rapport::JsonRestore::run(*network, path, options);
    // A dry run writes nothing, whatever the input.
    if (Rapport::SqlStatement::scalar(network->connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt()
        != 0)
        std::abort();
    return 0;
}
