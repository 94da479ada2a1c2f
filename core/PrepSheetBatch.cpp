#include "PrepSheetBatch.h"

#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QAtomicInteger>
#include <QSqlError>

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
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("rapport-prep-%1").arg(counter.fetchAndAddRelaxed(1));
    Result result;
    QStringList pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            try {
                const ReferralGraph graph = ReferralGraph::load(db); // once for every sheet
                for (const Sheet& sheet : sheets) {
                    if (cancel && cancel->loadRelaxed()) {
                        result.cancelled = true;
                        break;
                    }
                    pages.append(
                        PrepSheet::html(PrepSheet::gather(db, sheet.contactId, sheet.meetingId, &graph), options));
                    if (progress)
                        progress(int(pages.size()), int(sheets.size()));
                }
            } catch (const DatabaseError& e) {
                result.error = e.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result.error.isEmpty() || result.cancelled)
        return result;
    if (!PrepSheet::writePdf(PrepSheet::combined(pages), pdfPath, pageSize, &result.error))
        return result;
    result.sheets = int(pages.size());
    return result;
}

} // namespace Rapport
