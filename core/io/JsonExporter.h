// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace Rapport {

// The JSON backup of a whole network, version 2 (DESIGN.md, resources/schema): every piece of
// data the user entered, cross-referenced by UUID, in an order that an export of the restored
// copy repeats byte for byte. The fields come from BackupFormat. Throws DatabaseError.
class JsonExporter
{
public:
    static QJsonObject build(const QSqlDatabase& db);
    // How the rows are read: straight from SQLite when Qt's driver runs on the library we link, or
    // through QSqlQuery (what a Qt with its own SQLite does). The text is the same either way.
    enum class Reading { Fastest, QtSql };
    static QByteArray toJson(const QSqlDatabase& db, Reading reading = Reading::Fastest);
};

} // namespace Rapport
