// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QCoreApplication>

namespace Rapport {

class Database;

// Imports the JSON backup that `export --format json` writes (DESIGN.md's shape): contacts,
// referral links, meetings and follow-ups, in one transaction as one import batch. Contacts
// already in the network (same uuid, or the usual duplicate rules) follow the duplicate
// policy; their meetings and follow-ups are not added twice.
class JsonRestore
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::JsonRestore)

public:
    // True when the file starts (after a BOM and white space) with '{'.
    static bool looksLikeJson(const QString& path);
    // `progress` is told 0..100 as a version-2 backup is written; returning false cancels, and
    // nothing is written (report.cancelled).
    static ImportReport run(Database& database, const QString& path, const ImportOptions& options,
        const ContactImporter::Progress& progress = {});
};

} // namespace Rapport
