// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>

namespace Rapport {

// What `rapport list --json` prints: one object per contact in the version-1 contact shape
// (id, uuid, names, e-mail and phone strings, organisation, title, profile URL, tags, stage,
// strength, notes, connectedOn) plus lastContact, the day of the last meeting held. A listing
// for scripts with a shape of its own, not a backup: the backup writer is JsonExporter.
class ContactListing
{
public:
    // Every contact in id order, or only the given ids when `only` is set. Throws DatabaseError.
    static QJsonArray json(const QSqlDatabase& db, const QSet<qint64>* only = nullptr);
};

} // namespace Rapport
