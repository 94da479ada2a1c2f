// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSqlDatabase>

namespace Rapport {

// The whole network in one of the export formats, byte for byte as written to a file (the
// CSV's BOM and the vCard's CRLF included). The command line and File ▸ Export share it.
enum class ExportFormat { Json, Csv, VCard3, VCard4, Calendar };

namespace NetworkExport {

// Throws DatabaseError.
QByteArray bytes(const QSqlDatabase& db, ExportFormat format);

} // namespace NetworkExport

} // namespace Rapport
