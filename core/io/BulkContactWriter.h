// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QSqlDatabase>

#include <memory>

namespace Rapport {

// Inserts many new contacts inside the caller's transaction, as fast as SQLite allows:
// statements prepared once, values bound without QVariant (through the raw handle when it is
// safe, QSqlQuery otherwise), organisations from a cache, and time-ordered UUIDs so the unique
// index grows at its end instead of being written all over. Throws DatabaseError.
class BulkContactWriter
{
public:
    static std::unique_ptr<BulkContactWriter> create(const QSqlDatabase& db, qint64 batchId);
    virtual ~BulkContactWriter() = default;

    virtual qint64 insert(const Contact& contact) = 0;

    // A UUID of version 7 (RFC 9562): milliseconds since 1970, then random bits.
    static QString timeOrderedUuid();
};

} // namespace Rapport
