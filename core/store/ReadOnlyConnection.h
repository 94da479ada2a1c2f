// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Rapport {

// A read-only connection of its own to a network file, for work on a worker thread while the
// window keeps writing through its connection (WAL lets both go on).
namespace ReadOnlyConnection {

// Opens path read-only (and defensive) under a unique connection name, runs body, and removes
// the connection. Returns false with *error set when the file cannot be opened, when its schema
// is not the one Rapport made (SchemaCheck; body does not run), or when body throws DatabaseError.
bool run(const QString& path, QString* error, const std::function<void(const QSqlDatabase&)>& body);

} // namespace ReadOnlyConnection

} // namespace Rapport
