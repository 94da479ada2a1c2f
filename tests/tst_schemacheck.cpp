// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Backups.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoNetwork.h"
#include "MeetingStore.h"
#include "NetworkExport.h"
#include "ReadOnlyConnection.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SchemaRepair.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace Rapport;

// A network file from elsewhere runs nothing of its own: Database, the read-only workers and
// backups refuse a schema Rapport did not make, and SchemaRepair puts it back after a backup.
class TestSchemaCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // Changes a file the way someone with the sqlite3 tool would: SQLite's C API, no Rapport code.
    static void plant(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        char* message = nullptr;
        const int code = opened == SQLITE_OK ? sqlite3_exec(db, sql, nullptr, nullptr, &message) : opened;
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        sqlite3_close(db);
        QVERIFY2(code == SQLITE_OK, qPrintable(error));
    }

    // One number read with SQLite's C API alone (-1 when the statement fails).
    static qint64 rawScalar(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        qint64 value = -1;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
                && sqlite3_step(statement) == SQLITE_ROW)
                value = sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
        }
        sqlite3_close(db);
        return value;
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("net-%1.rapport").arg(++m_files)); }

    // The demo network: contacts, meetings with notes, follow-ups.
    QString demoNetwork()
    {
        const QString path = newPath();
        Database database;
        if (!database.open(path))
            qWarning("%s", qPrintable(database.errorString()));
        QString error;
        if (!DemoNetwork::fill(database, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    // The same file at an older version, as that version of Rapport left it.
    static void makeNetworkAtVersion(const QString& path, int version)
    {
        const QString name = QStringLiteral("old-%1").arg(version);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            {
                Transaction transaction(db);
                Schema::upgrade(db, 0, version);
                SqlStatement::run(db,
                    QStringLiteral("INSERT INTO contact (uuid, first_name, last_name, created_at, updated_at) "
                                   "VALUES ('u-1', 'Ada', 'Okonkwo', '2024-01-01', '2024-01-01')"));
                transaction.commit();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static bool readOnlyOpens(const QString& path, QString* error)
    {
        bool ran = false;
        const bool ok = ReadOnlyConnection::run(path, error, [&ran](const QSqlDatabase&) { ran = true; });
        return ok && ran;
    }

    static int defensiveFlag(const QSqlDatabase& db)
    {
        int on = -1;
        sqlite3_db_config(sqliteHandle(db), SQLITE_DBCONFIG_DEFENSIVE, -1, &on);
        return on;
    }

    // A trigger that copies every meeting's notes into a table of its own, as in issue 13.
    static constexpr const char* kNotesThief = "CREATE TABLE loot (notes TEXT);"
                                               "CREATE TRIGGER steal AFTER UPDATE ON interaction BEGIN "
                                               "INSERT INTO loot VALUES (NEW.notes); END;"
                                               "CREATE TRIGGER steal_new AFTER INSERT ON interaction BEGIN "
                                               "INSERT INTO loot VALUES (NEW.notes); END;";
    // The same without a table of its own (it hides the notes in Rapport's outreach templates),
    // a view, Rapport's own full-text trigger rewritten, one dropped, and an index changed.
    static constexpr const char* kRepairable
        = "CREATE TRIGGER steal AFTER UPDATE ON interaction BEGIN "
          "INSERT INTO outreach_template (kind, name, body) VALUES ('other', 'loot', NEW.notes); END;"
          "CREATE TRIGGER steal_new AFTER INSERT ON interaction BEGIN "
          "INSERT INTO outreach_template (kind, name, body) VALUES ('other', 'loot', NEW.notes); END;"
          "CREATE VIEW peek AS SELECT notes FROM interaction;"
          "DROP TRIGGER contact_fts_update;"
          "CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact BEGIN "
          "INSERT INTO outreach_template (kind, name, body) VALUES ('other', 'loot', NEW.notes); END;"
          "DROP TRIGGER interaction_fts_delete;"
          "DROP INDEX contact_tag_tag;"
          "CREATE INDEX contact_tag_tag ON contact_tag(tag, position);";
    static constexpr const char* kLoot = "SELECT count(*) FROM outreach_template WHERE name = 'loot'";

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewNetworkMatchesTheLadder()
    {
        Test::TempNetwork net;
        QVERIFY(net.database.schemaProblems().isEmpty());
        QVERIFY(SchemaCheck::problems(net.database.connection(), Schema::CurrentVersion).isEmpty());
        QCOMPARE(SchemaCheck::expected(Schema::CurrentVersion).size(),
            SchemaCheck::actual(net.database.connection()).size());
        QVERIFY(SchemaCheck::expected(0).isEmpty());
    }

    // Every version Rapport ever wrote, untouched, passes the check for its own version, opens,
    // and upgrades to exactly the schema a new network has.
    void everyOlderVersionPassesAndUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Schema::CurrentVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void everyOlderVersionPassesAndUpgrades()
    {
        QFETCH(int, version);
        const QString path = newPath();
        makeNetworkAtVersion(path, version);
        QString error;
        QVERIFY2(readOnlyOpens(path, &error), qPrintable(error)); // checked against its own version
        Database database;
        QVERIFY2(database.open(path, Database::OpenMode::MustExist), qPrintable(database.errorString()));
        QCOMPARE(SqlStatement::scalar(database.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            Schema::CurrentVersion);
        const auto problems = SchemaCheck::problems(database.connection(), Schema::CurrentVersion);
        QVERIFY2(problems.isEmpty(), qPrintable(SchemaCheck::lines(problems).join(QLatin1Char('\n'))));
        QCOMPARE(ContactStore(database).count(), 1);
    }

    // A large import drops the full-text triggers and some indexes inside its transaction and
    // creates them again: what it leaves is the ladder's text, byte for byte.
    void aLargeImportLeavesTheLaddersSchema()
    {
        const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("First Name,Last Name,Email Address,Company\n");
            for (int i = 0; i < 700; ++i)
                file.write(QStringLiteral("Person%1,Family%1,p%1@example.org,Org %2\n").arg(i).arg(i % 40).toUtf8());
        }
        Test::TempNetwork net;
        const ImportReport report = ContactImporter::run(net.database, csv, ImportOptions());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.created, 700);
        QVERIFY(SchemaCheck::problems(net.database.connection(), Schema::CurrentVersion).isEmpty());
        // The same through the functions themselves.
        {
            Transaction transaction(net.database.connection());
            Schema::dropFtsTriggers(net.database.connection());
            Schema::dropImportIndexes(net.database.connection());
            Schema::createImportIndexes(net.database.connection());
            Schema::createFtsTriggers(net.database.connection());
            transaction.commit();
        }
        QVERIFY(SchemaCheck::problems(net.database.connection(), Schema::CurrentVersion).isEmpty());
        net.database.close();
        QVERIFY2(net.database.open(net.path()), qPrintable(net.database.errorString()));
    }

    // SQLite's own tables and indexes, and FTS5's, are not foreign.
    void sqliteInternalsAreNotForeign()
    {
        const QString path = demoNetwork();
        plant(path, "ANALYZE"); // sqlite_stat1
        QVERIFY(rawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'") == 1);
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
    }

    void shadowTablesAreExpectedByName()
    {
        const QList<SchemaObject> expected = SchemaCheck::expected(Schema::CurrentVersion);
        QList<SchemaObject> actual = expected;
        bool reworded = false;
        for (SchemaObject& object : actual) {
            if (object.name == QLatin1String("contact_fts_docsize")) {
                object.sql
                    = QStringLiteral("CREATE TABLE 'contact_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin)");
                reworded = true;
            }
        }
        QVERIFY(reworded);
        QVERIFY(SchemaCheck::compare(expected, actual).isEmpty()); // another SQLite's FTS5 may word them so
        actual.append({QStringLiteral("table"), QStringLiteral("contact_fts_extra"),
            QStringLiteral("contact_fts_extra"), QStringLiteral("CREATE TABLE contact_fts_extra(x)")});
        const auto problems = SchemaCheck::compare(expected, actual);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, SchemaProblem::Kind::Foreign);
        QVERIFY(!SchemaCheck::repairable(problems));
    }

    // The definitions are compared as SQLite keeps them: the same index written differently is
    // not Rapport's.
    void definitionsAreComparedExactly()
    {
        const QString path = demoNetwork();
        plant(path, "DROP INDEX contact_tag_tag; CREATE INDEX contact_tag_tag ON contact_tag (tag)");
        Database database;
        QVERIFY(!database.open(path));
        QCOMPARE(database.schemaProblems().size(), 1);
        QCOMPARE(database.schemaProblems().first().kind, SchemaProblem::Kind::Altered);
        QVERIFY(database.errorString().contains(QStringLiteral("index \"contact_tag_tag\"")));
    }

    void aForeignTriggerWithATableOfItsOwnIsRefusedAndNeverRuns()
    {
        const QString path = demoNetwork();
        plant(path, kNotesThief);
        const QByteArray before = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        Database database;
        QVERIFY(!database.open(path));
        const QString message = database.errorString();
        QVERIFY2(
            message.contains(path + QStringLiteral(": this network holds the trigger \"steal\"")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("trigger \"steal_new\"")));
        QVERIFY(message.contains(QStringLiteral("table \"loot\"")));
        QVERIFY(!SchemaCheck::repairable(database.schemaProblems())); // a table: refused, never dropped

        QString error;
        QVERIFY(!readOnlyOpens(path, &error)); // the workers' connections refuse it too
        QVERIFY(error.contains(QStringLiteral("trigger \"steal\"")));

        QString backup;
        QVERIFY(!SchemaRepair::run(path, &backup, &error));
        QVERIFY(backup.isEmpty());
        QVERIFY(error.contains(QStringLiteral("table \"loot\"")));
        QVERIFY(Backups::list(path).isEmpty()); // nothing taken, nothing written

        QCOMPARE(rawScalar(path, "SELECT count(*) FROM loot"), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void aForeignTriggerViewAndAlteredIndexAreRepaired()
    {
        const QString path = demoNetwork();
        const qint64 contacts = rawScalar(path, "SELECT count(*) FROM contact");
        const qint64 meetings = rawScalar(path, "SELECT count(*) FROM interaction");
        const qint64 notesLength = rawScalar(path, "SELECT sum(length(notes)) FROM interaction");
        plant(path, kRepairable);

        Database database;
        QVERIFY(!database.open(path));
        const QString message = database.errorString();
        for (const char* name : {"trigger \"steal\"", "trigger \"steal_new\"", "view \"peek\"",
                 "index \"contact_tag_tag\"", "trigger \"contact_fts_update\"", "trigger \"interaction_fts_delete\""})
            QVERIFY2(message.contains(QLatin1String(name)), name);
        QVERIFY(message.contains(QStringLiteral("repair")));
        QVERIFY(SchemaCheck::repairable(database.schemaProblems()));
        QCOMPARE(rawScalar(path, kLoot), 0);

        QString backup, error;
        QVERIFY2(SchemaRepair::run(path, &backup, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(backup));
        const auto backups = Backups::list(path);
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(),
            [&backup](const BackupInfo& b) { return b.path == backup && b.reason == QLatin1String("repair"); }));
        // The copy is the network as it was, what was dropped included.
        QCOMPARE(rawScalar(backup, "SELECT count(*) FROM sqlite_schema WHERE name IN ('steal', 'peek')"), 2);
        QVERIFY(SchemaRepair::run(path, &backup, &error)); // nothing left to repair: no second copy
        QVERIFY(backup.isEmpty());

        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('steal', 'steal_new', 'peek')"), 0);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM contact"), contacts);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM interaction"), meetings);
        QCOMPARE(rawScalar(path, "SELECT sum(length(notes)) FROM interaction"), notesLength);

        // Writes now run Rapport's triggers only: an edit of notes, of a contact, and a JSON restore
        // that adds every meeting again.
        MeetingStore meetingStore(database);
        const QList<Meeting> all = meetingStore.allMeetings();
        QVERIFY(!all.isEmpty());
        QVERIFY(meetingStore.saveNotes(all.first().id, QStringLiteral("Talked about zeolite catalysis.")));
        ContactStore store(database);
        QVERIFY(store.search(QStringLiteral("zeolite")).contains(all.first().contactId)); // Rapport's own trigger
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Noor"), QStringLiteral("Haddad"))));
        const QString json = m_dir.filePath(QStringLiteral("restore.json"));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(NetworkExport::bytes(database.connection(), ExportFormat::Json));
        }
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Create;
        const ImportReport report = ContactImporter::run(database, json, options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(rawScalar(path, "SELECT count(*) FROM interaction") > meetings);
        QCOMPARE(SqlStatement::scalar(database.connection(), QString::fromLatin1(kLoot)).toInt(), 0);
        QVERIFY(SchemaCheck::problems(database.connection(), Schema::CurrentVersion).isEmpty());
    }

    void aBackupHoldingAForeignTriggerIsNotRestored()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Ines"), QStringLiteral("Duarte"))));
        QString error;
        const QString copy = Backups::take(net.database, QStringLiteral("daily"), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        plant(copy, kRepairable);
        QVERIFY(!Backups::restore(net.database, copy, &error));
        QVERIFY2(error.contains(QStringLiteral("trigger \"steal\"")), qPrintable(error));
        QVERIFY(SchemaCheck::problems(net.database.connection(), Schema::CurrentVersion).isEmpty());
        const auto listed = Backups::list(net.path());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().contacts, -1); // listed, but its content is not read
    }

    void everyConnectionIsDefensive()
    {
        Test::TempNetwork net;
        if (!sqliteHandle(net.database.connection()))
            QSKIP("Qt's SQLite driver does not use the system SQLite here");
        QCOMPARE(defensiveFlag(net.database.connection()), 1);
        // Shadow tables cannot be written directly, nor the schema by hand.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            SqlStatement::run(net.database.connection(), QStringLiteral("DELETE FROM contact_fts_data")));
        SqlStatement::run(net.database.connection(), QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            SqlStatement::run(net.database.connection(),
                QStringLiteral("UPDATE sqlite_schema SET sql = sql || ' ' WHERE name = 'contact'")));
        // trusted_schema stays on: Rapport's own triggers write the full-text index through FTS5.
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 1);
        int flag = -1;
        QString error;
        QVERIFY2(
            ReadOnlyConnection::run(net.path(), &error, [&flag](const QSqlDatabase& db) { flag = defensiveFlag(db); }),
            qPrintable(error));
        QCOMPARE(flag, 1);
    }

    // A path with %2 in it is not mangled by the messages that name it.
    void messagesKeepPercentSignsInPaths()
    {
        const QString folder = m_dir.filePath(QStringLiteral("100%2 sure"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("net%1.rapport"));
        {
            Database database;
            QVERIFY2(database.open(path), qPrintable(database.errorString()));
        }
        plant(path, "CREATE VIEW peek AS SELECT 1");
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().startsWith(QFileInfo(path).absoluteFilePath() + QStringLiteral(": ")),
            qPrintable(database.errorString()));
        plant(path, "DROP VIEW peek; PRAGMA user_version = 99");
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().startsWith(QFileInfo(path).absoluteFilePath() + QStringLiteral(": ")),
            qPrintable(database.errorString()));
        QVERIFY(database.errorString().contains(QStringLiteral("schema 99")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
