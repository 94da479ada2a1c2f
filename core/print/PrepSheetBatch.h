// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PrepSheet.h"

#include <QAtomicInt>
#include <QDate>

#include <functional>

namespace Rapport {

// Many prep sheets (say, this week's interviews) into one PDF, one sheet per page. Opens its
// own read-only connection, so it runs on a worker thread while a progress bar moves.
class PrepSheetBatch
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::PrepSheetBatch)

public:
    struct Result {
        int sheets = 0;
        bool cancelled = false;
        QString error;
    };
    struct Sheet {
        qint64 contactId = 0;
        qint64 meetingId = 0;
    };

    // The planned meetings between from and to (inclusive, local dates), by start time.
    static QList<Sheet> plannedBetween(const QSqlDatabase& db, const QDate& from, const QDate& to);

    // progress(done, total) is called after each sheet; cancel is checked between sheets.
    static Result writePdf(const QString& databasePath, const QList<Sheet>& sheets, const QString& pdfPath,
        const QPageSize& pageSize, const PrepSheetOptions& options, const std::function<void(int, int)>& progress,
        const QAtomicInt* cancel);
};

} // namespace Rapport
