// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Rapport {

// Rows copied out of one table, enough to insert them again unchanged.
struct TableRows {
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// A deleted contact with everything that hung off it (e-mails, referrals, meetings,
// follow-ups...), so that undoing a delete brings all of it back with the same ids.
struct ContactSnapshot {
    qint64 contactId = 0;
    QList<TableRows> tables; // in insertion order: parents before children
};

} // namespace Rapport
