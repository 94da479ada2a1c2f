// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

// Puts a network's schema back to the one Rapport made for its version (see SchemaCheck): the
// triggers, views and indexes it did not create are dropped, and its own altered or missing ones
// are created again from the upgrade ladder's definitions, in one transaction, after a copy of
// the network as it was is kept in its backups folder ("repair").
// Tables are never touched: dropping a table Rapport did not create would lose data the user may
// want (notes of their own, a mentor's extra columns), and rebuilding an altered one means guessing
// what its rows mean. Such a network is refused with SchemaCheck's message.
class SchemaRepair
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::SchemaRepair)

public:
    // Returns false with *error set when the network cannot be repaired; *backupPath is the copy
    // taken (empty when there was nothing to repair).
    static bool run(const QString& path, QString* backupPath, QString* error);
};

} // namespace Rapport
