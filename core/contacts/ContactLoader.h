// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace Rapport::ContactLoader {

// Reads whole contacts (e-mails, phones and tags included) with one query per table, however
// many contacts match. `where` filters `contact c` (e.g. "WHERE c.id = ?"); rows come in id
// order. Throws DatabaseError.
QList<Contact> load(const QSqlDatabase& db, const QString& where = {}, const QVariantList& values = {});

} // namespace Rapport::ContactLoader
