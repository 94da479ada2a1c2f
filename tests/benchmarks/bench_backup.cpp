// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the JSON backup (version 2) of a 100,000-contact network, measured side by side with
// SQLite in the same run (best of three each, alternating):
// - `rapport export --format json` against `sqlite3 -json` dumping the same tables; bar 2x;
// - `rapport import` of that backup into a new network against SQLite replaying the same finished
//   rows into an empty network of the same schema (triggers, indexes, search index); bar 1.5x;
// - the peak memory of either rapport run; bar 300 MB.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRows = 100000;
constexpr double kExportBar = 2.0;
constexpr double kRestoreBar = 1.5;
constexpr double kMemoryBarMb = 300;

// Every table a backup carries, parents before children (the replay's order).
const char* const kTables[] = {"organization", "question", "contact", "contact_email", "contact_phone", "contact_tag",
    "referral", "interaction", "interaction_question", "follow_up", "outreach_template", "node_position"};

void writeConnections(const QString& path)
{
    const char* const first[]
        = {"Ada", "Samir", "Zoë", "Léa", "Oluwaseun", "Priya", "Marcus", "Hana", "José", "Łukasz"};
    const char* const last[] = {"Haddad", "Nguyễn", "Fontaine", "Adeyemi", "Raman", "Bell", "Kobayashi", "Wiśniewski"};
    QRandomGenerator random(7);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (int i = 0; i < kRows; ++i) {
        const QByteArray given = first[random.bounded(10)];
        file.write(given + ',' + last[random.bounded(8)] + ",https://www.linkedin.com/in/" + given.toLower() + '-'
            + QByteArray::number(i) + ',' + given.toLower() + '.' + QByteArray::number(i) + "@example.org,Company "
            + QByteArray::number(random.bounded(3000)) + ",\"Senior Scientist, R&D\",12 Mar 2021\r\n");
    }
}

struct Run {
    double seconds = 0;
    double peakMb = 0;
};

// Runs a command under a small Python wrapper that reports the child's peak resident memory.
Run run(const QString& program, const QStringList& arguments, const QString& stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    QStringList wrapped {QStringLiteral("-c"),
        QStringLiteral("import resource, subprocess, sys\n"
                       "code = subprocess.run(sys.argv[1:]).returncode\n"
                       "sys.stderr.write('PEAK_KB %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
                       "sys.exit(code)"),
        program};
    wrapped += arguments;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("python3"), wrapped);
    if (!process.waitForFinished(1200000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        std::exit(2);
    }
    Run result;
    result.seconds = timer.nsecsElapsed() / 1e9;
    const QByteArray err = process.readAllStandardError();
    const qsizetype at = err.lastIndexOf("PEAK_KB ");
    result.peakMb = err.mid(at + 8).trimmed().toDouble() / 1024.0;
    return result;
}

void removeNetwork(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_backup PATH-TO-RAPPORT\n");
        return 2;
    }
    const QString rapport = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const auto file = [&dir](const char* name) { return dir.filePath(QLatin1String(name)); };
    writeConnections(file("Connections.csv"));
    const QString network = file("network.rapport");
    run(rapport, {QStringLiteral("--database"), network, QStringLiteral("import"), file("Connections.csv")});
    const QString backup = file("backup.json");

    // The anchors' inputs: the same tables as SQL, and an empty network of the same schema.
    QStringList selects;
    for (const char* table : kTables)
        selects.append(QStringLiteral("SELECT * FROM %1;").arg(QLatin1String(table)));
    selects.append(QStringLiteral("SELECT * FROM profile;"));
    const QString empty = file("empty.rapport");
    QFile::copy(network, empty);
    QStringList wipe {QStringLiteral("PRAGMA foreign_keys = OFF;")};
    for (const char* table : kTables)
        wipe.append(QStringLiteral("DELETE FROM %1;").arg(QLatin1String(table)));
    wipe.append(QStringLiteral("DELETE FROM contact_fts; VACUUM;"));
    run(QStringLiteral("sqlite3"), {empty, wipe.join(QLatin1Char(' '))});
    QStringList replay {QStringLiteral("ATTACH '%1' AS src; BEGIN;").arg(network)};
    for (const char* table : kTables)
        replay.append(QStringLiteral("INSERT INTO %1 SELECT * FROM src.%1;").arg(QLatin1String(table)));
    replay.append(QStringLiteral("COMMIT;"));

    QList<double> exports, dumps, restores, replays;
    double peakMb = 0;
    for (int round = 0; round < 3; ++round) {
        const Run ours = run(rapport,
            {QStringLiteral("--database"), network, QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("-o"), backup});
        exports.append(ours.seconds);
        peakMb = std::max(peakMb, ours.peakMb);
        dumps.append(run(QStringLiteral("sqlite3"), {QStringLiteral("-json"), network, selects.join(QLatin1Char(' '))},
            file("dump.json"))
                         .seconds);

        const QString restored = file("restored.rapport");
        removeNetwork(restored);
        const Run restore = run(rapport, {QStringLiteral("--database"), restored, QStringLiteral("import"), backup});
        restores.append(restore.seconds);
        peakMb = std::max(peakMb, restore.peakMb);
        const QString replayed = file("replayed.rapport");
        removeNetwork(replayed);
        QFile::copy(empty, replayed);
        replays.append(run(QStringLiteral("sqlite3"), {replayed, replay.join(QLatin1Char(' '))}).seconds);
    }
    const auto best = [](const QList<double>& list) { return *std::min_element(list.cbegin(), list.cend()); };
    const double exportRatio = best(exports) / best(dumps);
    const double restoreRatio = best(restores) / best(replays);
    const bool within = exportRatio <= kExportBar && restoreRatio <= kRestoreBar && peakMb <= kMemoryBarMb;
    std::printf("BENCH JSON backup of 100k contacts: export %.3f s vs sqlite3 -json %.3f s; restore %.3f s vs SQLite "
                "replay %.3f s; peak %.0f MB (best of 3 each)\n",
        best(exports), best(dumps), best(restores), best(replays), peakMb);
    std::printf("RESULT export_ratio=%.2f bar=%.1f anchor=%.3fs restore_ratio=%.2f bar=%.1f anchor=%.3fs peak_mb=%.0f "
                "bar=%.0f %s\n",
        exportRatio, kExportBar, best(dumps), restoreRatio, kRestoreBar, best(replays), peakMb, kMemoryBarMb,
        within ? "within bar" : "OVER BAR");
    return within ? 0 : 1;
}
