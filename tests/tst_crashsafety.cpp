// Killed at any moment: a child `rapport` is killed with SIGKILL in the middle of an import
// and of a schema upgrade. Afterwards the file passes integrity_check and holds either
// everything from before or everything from after, never a half.
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
