// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Rapport::ChangeLog {

// Records that a field of a row changed now, in the same clock and table the schema's triggers
// use (Schema version 7). For a contact's e-mails, phones and tags, which are rewritten as a whole:
// a trigger cannot tell a rewrite of the same list from a change. Throws DatabaseError.
void touch(const QSqlDatabase& db, const QString& entity, const QString& rowKey, const QString& field);

} // namespace Rapport::ChangeLog
