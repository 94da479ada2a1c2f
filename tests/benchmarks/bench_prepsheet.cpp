// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: prep sheets to PDF on the demo network, in process. One sheet (gather, build,
// write the PDF) and a 50-sheet batch (one PDF, one sheet per page). The bars: one sheet
// <= 0.3 s, the batch <= 5 s.
#include "Clock.h"
#include "Database.h"
#include "DemoNetwork.h"
#include "PrepSheet.h"
#include "PrepSheetBatch.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Rapport;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.rapport"));
    Database database;
    QString error;
    if (!database.open(path) || !DemoNetwork::fill(database, &error)) {
        std::fprintf(stderr, "could not build the demo network: %s\n", qPrintable(error));
        return 2;
    }
    const QDate today = Clock::currentDate();
    QList<PrepSheetBatch::Sheet> planned
        = PrepSheetBatch::plannedBetween(database.connection(), today.addDays(-365), today.addDays(365));
    if (planned.isEmpty()) {
        std::fprintf(stderr, "the demo network has no planned meetings\n");
        return 2;
    }

    QList<double> one;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto& sheet = planned.at(round % planned.size());
        const PrepSheetData data = PrepSheet::gather(database.connection(), sheet.contactId, sheet.meetingId);
        if (!PrepSheet::writePdf(PrepSheet::combined({PrepSheet::html(data)}), dir.filePath(QStringLiteral("one.pdf")),
                QPageSize(QPageSize::A4), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        one.append(timer.nsecsElapsed() / 1e9);
    }
    std::sort(one.begin(), one.end());
    const double median = one.at(one.size() / 2);

    QList<PrepSheetBatch::Sheet> fifty;
    while (fifty.size() < 50)
        fifty.append(planned.at(fifty.size() % planned.size()));
    QElapsedTimer timer;
    timer.start();
    const auto result = PrepSheetBatch::writePdf(
        path, fifty, dir.filePath(QStringLiteral("fifty.pdf")), QPageSize(QPageSize::A4), {}, {}, nullptr);
    const double batch = timer.nsecsElapsed() / 1e9;
    if (!result.error.isEmpty() || result.sheets != 50) {
        std::fprintf(stderr, "batch failed: %s\n", qPrintable(result.error));
        return 2;
    }
    std::printf("BENCH one prep sheet to PDF: median %.3f s of 5 (first %.3f s); 50-sheet batch %.3f s\n", median,
        one.first(), batch);
    const bool ok = median <= 0.3 && batch <= 5.0;
    std::printf(
        "RESULT prep_sheet_s=%.3f bar=0.3 batch50_s=%.3f bar=5 %s\n", median, batch, ok ? "within bar" : "OVER BAR");
    return ok ? 0 : 1;
}
