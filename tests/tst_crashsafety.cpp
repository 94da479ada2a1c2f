// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Killed at any moment: a child `rapport` is killed with SIGKILL in the middle of an import
// and of a schema upgrade, and a helper in the middle of a batch delete with its cascades, of
// that delete's undo and of an import's undo. Afterwards the file passes integrity_check and
// foreign_key_check and holds either everything from before or everything from after.
#include "Database.h"
#include "Schema.h"
#include "SqlStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Rapport;

namespace {

constexpr int kRows = 40000;

QString writeConnections(const QString& path, int rows, int offset)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (int i = offset; i < offset + rows; ++i) {
        file.write(
            QStringLiteral("Ada%1,Lovelace,https://www.linkedin.com/in/ada-%1,,Company %2,Analyst,3 Mar 2024\r\n")
                .arg(i)
                .arg(i % 500)
                .toUtf8());
    }
    return path;
}

// What a raw connection sees: integrity, schema version and contacts.
struct State {
    QString integrity;
    int version = -1;
    int contacts = -1;
    int meetings = -1;
    int links = -1;
    int followUps = -1;
    bool foreignKeysOk = false;
    bool operator==(const State& other) const = default;
};

State inspect(const QString& path)
{
    State state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            state.integrity = SqlStatement::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
            state.version = SqlStatement::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            state.contacts = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toInt();
            state.meetings = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM interaction")).toInt();
            state.links = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM referral")).toInt();
            state.followUps = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM follow_up")).toInt();
            state.foreignKeysOk = SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isNull();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return state;
}

// Runs rapport with arguments and kills it after delayMs (if it is still running). True if killed.
bool runAndKill(const QStringList& arguments, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(RAPPORT_BINARY), arguments);
    if (!process.waitForStarted())
        return false;
    if (process.waitForFinished(delayMs))
        return false; // done before the kill
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return true;
}

// Runs the batch helper and kills it delayMs after it says the write has started. True if killed.
bool runBatchAndKill(const QString& db, const QString& mode, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(RAPPORT_BATCH_WRITER), {db, mode});
    if (!process.waitForStarted())
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!process.canReadLine() && process.state() == QProcess::Running && waited.elapsed() < 120000)
        process.waitForReadyRead(100);
    if (process.readLine().trimmed() != "started")
        return false;
    if (process.waitForFinished(delayMs))
        return false; // done before the kill
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return true;
}

// A network with the demo's meetings, follow-ups and links, and many imported contacts.
void buildBusyNetwork(const QString& db, const QString& csv)
{
    for (const QStringList& arguments : {QStringList {QStringLiteral("--database"), db, QStringLiteral("demo")},
             QStringList {QStringLiteral("--database"), db, QStringLiteral("import"), csv}}) {
        QProcess setup;
        setup.start(QStringLiteral(RAPPORT_BINARY), arguments);
        QVERIFY(setup.waitForFinished(120000));
        QCOMPARE(setup.exitCode(), 0);
    }
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesBeforeOrAfter_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int delay : {40, 120, 250, 400, 700, 1100, 1800})
            QTest::newRow(qPrintable(QStringLiteral("%1 ms").arg(delay))) << delay;
    }

    void killedImportLeavesBeforeOrAfter()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("net.rapport"));
        const QString small = writeConnections(dir.filePath(QStringLiteral("small.csv")), 50, 0);
        const QString big = writeConnections(dir.filePath(QStringLiteral("big.csv")), kRows, 1000);
        QProcess setup;
        setup.start(
            QStringLiteral(RAPPORT_BINARY), {QStringLiteral("--database"), db, QStringLiteral("import"), small});
        QVERIFY(setup.waitForFinished(60000));
        QCOMPARE(setup.exitCode(), 0);
        const int before = inspect(db).contacts;
        QCOMPARE(before, 50);

        const bool killed = runAndKill({QStringLiteral("--database"), db, QStringLiteral("import"), big}, delayMs);
        const State after = inspect(db);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QVERIFY2(after.contacts == before || after.contacts == before + kRows,
            qPrintable(QStringLiteral("%1 contacts after a kill at %2 ms (killed: %3)")
                           .arg(after.contacts)
                           .arg(delayMs)
                           .arg(killed)));
        // And the network still opens and works.
        Database reopened;
        QVERIFY2(reopened.open(db, Database::OpenMode::MustExist), qPrintable(reopened.errorString()));
    }

    void killedBatchWriteLeavesBeforeOrAfter_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("delayMs");
        // An import's undo is quick (about 0.3 s here); the deletes take seconds. The last delay
        // lets each finish, which checks what "after" is.
        for (const char* mode : {"delete-all", "delete-then-undo", "undo-import"}) {
            const bool quick = qstrcmp(mode, "undo-import") == 0;
            const QList<int> delays = quick ? QList<int> {0, 30, 100, 200, 3000} : QList<int> {0, 60, 250, 700, 8000};
            for (const int delay : delays) {
                QTest::newRow(qPrintable(QStringLiteral("%1 after %2 ms").arg(QLatin1String(mode)).arg(delay)))
                    << QString::fromLatin1(mode) << delay;
            }
        }
    }

    void killedBatchWriteLeavesBeforeOrAfter()
    {
        QFETCH(QString, mode);
        QFETCH(int, delayMs);
        // Built once, copied for each kill.
        static QTemporaryDir templateDir;
        const QString busy = templateDir.filePath(QStringLiteral("busy.rapport"));
        if (!QFile::exists(busy))
            buildBusyNetwork(busy, writeConnections(templateDir.filePath(QStringLiteral("many.csv")), 20000, 0));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("busy.rapport"));
        QVERIFY(QFile::copy(busy, db));
        const State full = inspect(db);
        QVERIFY(full.contacts > 20000 && full.meetings > 0 && full.links > 0 && full.followUps > 0);
        QVERIFY(full.foreignKeysOk);
        // What a finished run leaves: an undone import takes its 20,000 contacts and nothing else;
        // a delete takes everything; a delete undone gives everything back.
        State done = full;
        if (mode == QLatin1String("undo-import")) {
            done.contacts -= 20000;
        } else if (mode == QLatin1String("delete-all")) {
            done.contacts = done.meetings = done.links = done.followUps = 0;
        }
        State before
            = mode == QLatin1String("delete-then-undo") ? State {full.integrity, full.version, 0, 0, 0, 0, true} : full;

        const bool killed = runBatchAndKill(db, mode, delayMs);
        const State after = inspect(db);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QVERIFY(after.foreignKeysOk);
        QVERIFY2(after == before || after == done,
            qPrintable(QStringLiteral("%1 killed at %2 ms (killed: %3): %4 contacts, %5 meetings, %6 links, %7 "
                                      "follow-ups")
                           .arg(mode)
                           .arg(delayMs)
                           .arg(killed)
                           .arg(after.contacts)
                           .arg(after.meetings)
                           .arg(after.links)
                           .arg(after.followUps)));
        if (delayMs == 0)
            QVERIFY2(killed && after == before, "a kill as the write starts must find it unfinished");
        if (!killed)
            QVERIFY(after == done);
        qInfo("%s killed at %d ms: %s", qPrintable(mode), delayMs,
            !killed               ? "had finished"
                : after == before ? "nothing written"
                                  : "all written");
    }

    void killedUpgradeLeavesOldOrNew_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int delay : {30, 100, 200, 350, 600})
            QTest::newRow(qPrintable(QStringLiteral("%1 ms").arg(delay))) << delay;
    }

    void killedUpgradeLeavesOldOrNew()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.rapport"));
        {
            // A version-1 network with many contacts: its upgrade builds the search index, which takes a while.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SqlStatement::run(db, QStringLiteral("BEGIN"));
            Schema::upgrade(db, 0, 1);
            SqlStatement::run(db,
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                               "INSERT INTO contact (uuid, first_name, last_name, notes, created_at, updated_at) "
                               "SELECT 'u-' || i, 'Ada' || i, 'Lovelace', 'notes about analytical engines ' || i, "
                               "'2024-01-01', '2024-01-01' FROM n"));
            SqlStatement::run(db, QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        runAndKill({QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("--search"),
                       QStringLiteral("engines")},
            delayMs);
        const State state = inspect(path);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QVERIFY2(
            state.version == 1 || state.version == Schema::CurrentVersion, qPrintable(QString::number(state.version)));
        QCOMPARE(state.contacts, 60000);
        // Whatever happened, the next open finishes the job.
        Database reopened;
        QVERIFY2(reopened.open(path, Database::OpenMode::MustExist), qPrintable(reopened.errorString()));
        QCOMPARE(SqlStatement::scalar(reopened.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            Schema::CurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
