// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: `rapport graph --layout layered -o out.svg` of a 2,000-contact referral forest
// (plus 400 "knows" links), against Graphviz's own `dot -Tsvg` of the same graph written as
// DOT, side by side in one run (best of three each, alternating). The bar: ours <= 1.5x dot.
#include "ReferralForest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kContacts = 2000;
constexpr int kKnowsLinks = 400;
constexpr double kBar = 1.5;

double timeRun(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardOutput().constData());
        std::exit(2);
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_graph PATH-TO-RAPPORT\n");
        return 2;
    }
    const QString rapport = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("forest.json"));
    const QString dot = dir.filePath(QStringLiteral("forest.dot"));
    const QString db = dir.filePath(QStringLiteral("forest.rapport"));
    RapportBench::writeReferralForest(json, dot, kContacts, kKnowsLinks);
    timeRun(rapport, {QStringLiteral("--database"), db, QStringLiteral("import"), json});

    QList<double> ours, theirs;
    for (int round = 0; round < 3; ++round) {
        ours.append(timeRun(rapport,
            {QStringLiteral("--database"), db, QStringLiteral("graph"), QStringLiteral("--layout"),
                QStringLiteral("layered"), QStringLiteral("-o"), dir.filePath(QStringLiteral("ours.svg"))}));
        theirs.append(timeRun(QStringLiteral("dot"),
            {QStringLiteral("-Tsvg"), dot, QStringLiteral("-o"), dir.filePath(QStringLiteral("dot.svg"))}));
    }
    const double best = *std::min_element(ours.cbegin(), ours.cend());
    const double anchor = *std::min_element(theirs.cbegin(), theirs.cend());
    const double ratio = best / anchor;
    std::printf(
        "BENCH graph of %d contacts + %d knows links to SVG: rapport %.3f s, dot -Tsvg %.3f s (best of 3 each)\n",
        kContacts, kKnowsLinks, best, anchor);
    std::printf("RESULT graph_ratio=%.2f bar=%.1f anchor=%.3fs %s\n", ratio, kBar, anchor,
        ratio <= kBar ? "within bar" : "OVER BAR");
    return ratio <= kBar ? 0 : 1;
}
