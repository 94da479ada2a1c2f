// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace Rapport::Schema {

// The version this build writes. Each step of the ladder in Schema.cpp moves one version up.
constexpr int CurrentVersion = 11;
// PRAGMA application_id marks a file as a Rapport network ("Rapp").
constexpr int ApplicationId = 0x52617070;

// Runs the steps from the file's version up to targetVersion inside the caller's
// transaction, then stores the new user_version (which rolls back with the transaction).
// Throws DatabaseError.
void upgrade(const QSqlDatabase& db, int fromVersion, int targetVersion = CurrentVersion);
// upgrade() to CurrentVersion in a transaction of its own, with foreign keys off while it runs (a
// step that rebuilds a table needs them off, and SQLite only switches them outside a
// transaction); they are back on, as the connection had them, whatever happens. Throws
// DatabaseError.
void upgradeInTransaction(const QSqlDatabase& db, int fromVersion);

// Large imports drop the per-row full-text triggers inside their transaction, index the rows
// they wrote in one statement, and put the triggers back before committing. Throws DatabaseError.
void dropFtsTriggers(const QSqlDatabase& db);
// The trigger that lifts a contact's tombstone when a contact with its uuid is inserted: a bulk
// import drops it and lifts the tombstones of what it added in one statement at the end.
void dropContactRevivedTrigger(const QSqlDatabase& db);
void createContactRevivedTrigger(const QSqlDatabase& db);
void createFtsTriggers(const QSqlDatabase& db);
// Undoing a JSON merge puts field_change and tombstone back from its own log, so its writes must
// leave neither: it drops the triggers that keep them (version 7) and puts them back, the same
// statements, before committing. Throws DatabaseError.
void dropChangeTriggers(const QSqlDatabase& db);
void createChangeTriggers(const QSqlDatabase& db);
// Likewise for the secondary indexes of contact, contact_email, contact_phone and contact_tag
// (the same definitions as the upgrade ladder's).
void dropImportIndexes(const QSqlDatabase& db);
void createImportIndexes(const QSqlDatabase& db);

} // namespace Rapport::Schema
