// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Rapport::FieldProvenance {

// Who set each field of a contact (Schema version 9): the user, by typing, or an import. A
// re-import changes only what an import set, so what the user typed always wins.

// The contact's fields (keys as in field_change: "organization", "emails"...) whose value the
// user typed: those changed last by the user, and those never changed since a contact the user
// made. Throws DatabaseError.
QSet<QString> typedFields(const QSqlDatabase& db, qint64 contactId);

// Records that the import `batchId` set these fields just now (after the write, whose triggers
// recorded them as typed). Throws DatabaseError.
void markImported(const QSqlDatabase& db, qint64 contactId, const QStringList& fields, qint64 batchId);

} // namespace Rapport::FieldProvenance
