// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace Rapport {

class ContactStore;
struct ContactSummary;

// What `rapport list --json` prints: one object per contact in the version-1 contact shape
// (id, uuid, names, e-mail and phone strings, organisation, title, profile URL, tags, stage,
// strength, notes, connectedOn) plus lastContact, the day of the last meeting held. A listing
// for scripts with a shape of its own, not a backup: the backup writer is JsonExporter.
class ContactListing
{
public:
    // Every contact in id order, or only the given ids when `only` is set. Throws DatabaseError.
    static QJsonArray json(const QSqlDatabase& db, const QSet<qint64>* only = nullptr);
    // The given contacts in the given order (those that no longer exist left out). Throws DatabaseError.
    static QJsonArray json(const QSqlDatabase& db, const QList<qint64>& ids);

    // What `rapport list` prints, in its order: every contact by name as the window sorts them,
    // accents and case aside, whatever the system's locale; or, with search text, the contacts
    // it matches, the best match first as the window ranks them (SearchRanking: the name in
    // full, then name words, then inside a name, then the other fields, then the notes) and by
    // name within a rank. Empty, with store.readError() set, when a read failed.
    static QList<ContactSummary> rows(const ContactStore& store, const QString& search = {});
};

} // namespace Rapport
