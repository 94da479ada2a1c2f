// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: prep sheets to PDF on the demo network. One sheet (gather, build, write the PDF)
// cold, the first in a fresh process (nothing gathered, laid out or written before it: fonts,
// SQLite's cache and the PDF engine all start cold), then the median of nine more in this
// process, then a 50-sheet batch (one PDF, one sheet per page). The bars: one sheet <= 0.3 s,
// cold and median; the batch <= 5 s.
#include "Clock.h"
#include "Database.h"
#include "DemoNetwork.h"
#include "PrepSheet.h"
#include "PrepSheetBatch.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Rapport;

namespace {

constexpr int kWarmRuns = 9;
constexpr double kSheetBar = 0.3;
constexpr double kBatchBar = 5.0;

// One sheet, gathered from the network and written to `pdf`: seconds, or -1 on failure.
double timeOneSheet(const Database& database, const PrepSheetBatch::Sheet& sheet, const QString& pdf)
{
    QElapsedTimer timer;
    timer.start();
    const PrepSheetData data = PrepSheet::gather(database.connection(), sheet.contactId, sheet.meetingId);
    QString error;
    if (!PrepSheet::writePdf(PrepSheet::combined({PrepSheet::html(data)}), pdf, QPageSize(QPageSize::A4), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

// The child: `bench_prepsheet --cold NETWORK CONTACT MEETING PDF` opens the network and times
// its very first sheet; prints the seconds.
int coldSheet(const QStringList& arguments)
{
    Database database;
    if (arguments.size() < 6 || !database.open(arguments.at(2), Database::OpenMode::MustExist))
        return 2;
    const double seconds
        = timeOneSheet(database, {arguments.at(3).toLongLong(), arguments.at(4).toLongLong()}, arguments.at(5));
    if (seconds < 0)
        return 2;
    std::printf("%.6f\n", seconds);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (app.arguments().value(1) == QStringLiteral("--cold"))
        return coldSheet(app.arguments());

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

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--cold"), path, QString::number(planned.first().contactId),
            QString::number(planned.first().meetingId), dir.filePath(QStringLiteral("cold.pdf"))});
    bool parsed = false;
    const double cold = child.waitForFinished(600000) && child.exitCode() == 0
        ? child.readAllStandardOutput().trimmed().toDouble(&parsed)
        : -1;
    if (!parsed) {
        std::fprintf(stderr, "the cold sheet failed\n");
        return 2;
    }

    QList<double> warm;
    for (int round = 0; round < kWarmRuns; ++round) {
        const double seconds
            = timeOneSheet(database, planned.at(round % planned.size()), dir.filePath(QStringLiteral("one.pdf")));
        if (seconds < 0)
            return 2;
        warm.append(seconds);
    }
    std::sort(warm.begin(), warm.end());
    const double median = warm.at(warm.size() / 2);

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
    std::printf("BENCH one prep sheet to PDF: cold (the first, in a fresh process) %.3f s; median of %d more %.3f s "
                "(fastest %.3f s, slowest %.3f s); 50-sheet batch %.3f s\n",
        cold, kWarmRuns, median, warm.first(), warm.last(), batch);
    const bool ok = cold <= kSheetBar && median <= kSheetBar && batch <= kBatchBar;
    std::printf("RESULT prep_sheet_cold_s=%.3f bar=%.1f prep_sheet_median_s=%.3f bar=%.1f batch50_s=%.3f bar=%.0f %s\n",
        cold, kSheetBar, median, kSheetBar, batch, kBatchBar, ok ? "within bar" : "OVER BAR");
    return ok ? 0 : 1;
}
