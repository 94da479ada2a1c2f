// Benchmark: `rapport import` of a generated 100,000-row LinkedIn Connections.csv into a new
// network, against sqlite3's own `.import --csv` of the same rows into a plain table, measured
// side by side in the same run (best of three each, alternating). The bar: ours <= 3x sqlite3.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRows = 100000;
constexpr double kBar = 3.0;

// A LinkedIn export as it really comes: BOM, CRLF, the notes preamble, quoted commas, accents.
void writeConnections(const QString& path, const QString& plainPath)
{
    const char* const first[] = {"Ada", "Samir", "Zoë", "Léa", "Oluwaseun", "Priya", "Marcus", "Hana", "José", "Łukasz",
        "Mei", "Owen", "Chen", "Aisha", "Tomás"};
    const char* const last[] = {"Haddad", "Nguyễn", "Fontaine", "Adeyemi", "Raman", "Bell", "Kobayashi", "Alvarado",
        "Wiśniewski", "Zhou", "Gallagher", "Wei", "Bello", "Herrera"};
    const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QRandomGenerator random(42);
    QFile file(path), plain(plainPath);
    file.open(QIODevice::WriteOnly);
    plain.open(QIODevice::WriteOnly);
    file.write("\xEF\xBB\xBFNotes:\r\n\"When exporting your connection data, you may notice that some of the email "
               "addresses are missing.\"\r\n\r\n");
    const QByteArray header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    file.write(header);
    plain.write(header);
    for (int i = 0; i < kRows; ++i) {
        const QByteArray given = first[random.bounded(15)];
        const QByteArray family = last[random.bounded(14)];
        const QByteArray email = i % 7 == 0 ? given.toLower() + '.' + QByteArray::number(i) + "@example.org" : "";
        const QByteArray row = given + ',' + family + ",https://www.linkedin.com/in/" + given.toLower() + '-'
            + QByteArray::number(i) + ',' + email + ",Company " + QByteArray::number(random.bounded(3000))
            + ",\"Senior Scientist, R&D\"," + QByteArray::number(random.bounded(1, 29)) + ' '
            + months[random.bounded(12)] + ' ' + QByteArray::number(random.bounded(2010, 2026)) + "\r\n";
        file.write(row);
        plain.write(row);
    }
}

double timeRun(const QString& program, const QStringList& arguments, const QString& removeFirst)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(removeFirst + suffix);
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
        std::fprintf(stderr, "usage: bench_import PATH-TO-RAPPORT\n");
        return 2;
    }
    const QString rapport = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("Connections.csv"));
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    writeConnections(csv, plain);

    QList<double> ours, theirs;
    for (int round = 0; round < 3; ++round) {
        const QString db = dir.filePath(QStringLiteral("ours.rapport"));
        ours.append(timeRun(rapport, {QStringLiteral("--database"), db, QStringLiteral("import"), csv}, db));
        const QString sdb = dir.filePath(QStringLiteral("theirs.db"));
        theirs.append(timeRun(QStringLiteral("sqlite3"), {sdb, QStringLiteral(".import --csv %1 t").arg(plain)}, sdb));
    }
    const double best = *std::min_element(ours.cbegin(), ours.cend());
    const double anchor = *std::min_element(theirs.cbegin(), theirs.cend());
    const double ratio = best / anchor;
    std::printf(
        "BENCH import 100k LinkedIn rows: rapport %.3f s, sqlite3 .import %.3f s (best of 3 each)\n", best, anchor);
    std::printf("RESULT import_ratio=%.2f bar=%.1f %s\n", ratio, kBar, ratio <= kBar ? "within bar" : "OVER BAR");
    return ratio <= kBar ? 0 : 1;
}
