// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkExport.h"

#include "ContactExporter.h"
#include "ContactLoader.h"
#include "IcsExporter.h"
#include "JsonExporter.h"
#include "VCardWriter.h"

namespace Rapport::NetworkExport {

QByteArray bytes(const QSqlDatabase& db, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return JsonExporter::toJson(db);
    case ExportFormat::Csv:
        return ContactExporter::toCsv(ContactLoader::load(db));
    case ExportFormat::Calendar:
        return IcsExporter::write(db);
    case ExportFormat::VCard3:
    case ExportFormat::VCard4:
        return VCardWriter::write(ContactLoader::load(db), ContactExporter::referrerUuids(db),
            format == ExportFormat::VCard3 ? VCardWriter::Version::V3 : VCardWriter::Version::V4);
    }
    return {};
}

} // namespace Rapport::NetworkExport
