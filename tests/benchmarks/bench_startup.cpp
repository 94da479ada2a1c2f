// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: opening a 100,000-contact network to a painted window, in process (the library
// loading before main() is not counted). The bars: <= 0.5 s, and resident memory <= 200 MB.
#include "ContactImporter.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBoxes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Rapport;

namespace {

constexpr int kRows = 100000;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("rapport-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QSettings().clear();
    MessageBoxes::setTestMode(true);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("Connections.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        QRandomGenerator random(5);
        for (int i = 0; i < kRows; ++i)
            file.write("Ada" + QByteArray::number(i) + ",Lovelace,https://www.linkedin.com/in/a-"
                + QByteArray::number(i) + ",,Company " + QByteArray::number(random.bounded(3000))
                + ",Analyst,3 Mar 2024\r\n");
    }
    const QString path = dir.filePath(QStringLiteral("big.rapport"));
    {
        Database database;
        if (!database.open(path) || !ContactImporter::run(database, csv, {}).written) {
            std::fprintf(stderr, "could not build the benchmark network\n");
            return 2;
        }
    }
    const double before = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1400, 900);
    if (!window.openNetwork(path))
        return 2;
    window.show();
    window.grab(); // the first paint, list and all
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double memory = residentMegabytes();
    std::printf("BENCH open a %d-contact network to a painted window: %.3f s; resident memory %.0f MB (%.0f MB "
                "before the window)\n",
        kRows, seconds, memory, before);
    const bool ok = seconds <= 0.5 && memory <= 200;
    std::printf(
        "RESULT startup_s=%.3f bar=0.5 memory_mb=%.0f bar=200 %s\n", seconds, memory, ok ? "within bar" : "OVER BAR");
    return ok ? 0 : 1;
}
