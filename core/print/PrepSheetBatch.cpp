// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetBatch.h"

#include "DatabaseError.h"
#include "ReadOnlyConnection.h"
#include "SqlStatement.h"

namespace Rapport {

QList<PrepSheetBatch::Sheet> PrepSheetBatch::plannedBetween(const QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QList<Sheet> sheets;
    SqlStatement rows(db,
        QStringLiteral("SELECT id, contact_id FROM interaction WHERE status = 'planned' AND start_at >= ? "
                       "AND start_at < ? ORDER BY start_at"));
    rows.exec({QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs),
        QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs)});
    while (rows.next())
        sheets.append({rows.value(1).toLongLong(), rows.value(0).toLongLong()});
    return sheets;
}

PrepSheetBatch::Result PrepSheetBatch::writePdf(const QString& databasePath, const QList<Sheet>& sheets,
    const QString& pdfPath, const QPageSize& pageSize, const PrepSheetOptions& options,
    const std::function<void(int, int)>& progress, const QAtomicInt* cancel)
{
    Result result;
    QStringList pages;
    ReadOnlyConnection::run(databasePath, &result.error, [&](const QSqlDatabase& db) {
        const ReferralGraph graph = ReferralGraph::load(db); // once for every sheet
        for (const Sheet& sheet : sheets) {
            if (cancel && cancel->loadRelaxed()) {
                result.cancelled = true;
                return;
            }
            pages.append(PrepSheet::html(PrepSheet::gather(db, sheet.contactId, sheet.meetingId, &graph), options));
            if (progress)
                progress(int(pages.size()), int(sheets.size()));
        }
    });
    if (!result.error.isEmpty() || result.cancelled)
        return result;
    if (!PrepSheet::writePdf(PrepSheet::combined(pages), pdfPath, pageSize, &result.error))
        return result;
    result.sheets = int(pages.size());
    return result;
}

} // namespace Rapport
