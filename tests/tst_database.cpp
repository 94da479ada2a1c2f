// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ImportHistory.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Rapport;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(const Database& db, const char* sql)
    {
        return SqlStatement::scalar(db.connection(), QString::fromLatin1(sql));
    }

    // Builds a network file the way an older Rapport would have left it.
    static void makeOldNetwork(const QString& path, int version)
    {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SqlStatement::run(db, QStringLiteral("BEGIN"));
            Schema::upgrade(db, 0, version);
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO contact (uuid, first_name, last_name, created_at, updated_at) "
                               "VALUES ('u-1', 'Ada', 'Okonkwo', '2024-01-01', '2024-01-01')"));
            SqlStatement::run(db, QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

private slots:
    void newNetworkHasCurrentSchemaAndPragmas()
    {
        Test::TempNetwork net;
        QCOMPARE(scalar(net.database, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        QCOMPARE(scalar(net.database, "PRAGMA application_id").toInt(), Schema::ApplicationId);
        QCOMPARE(scalar(net.database, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(net.database, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(net.database, "PRAGMA synchronous").toInt(), 1); // NORMAL
        QVERIFY(net.database.upgradeBackupPath().isEmpty());
        QCOMPARE(QFile::permissions(net.path()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        // Every table of the data model exists.
        for (const char* table : {"contact", "organization", "contact_email", "contact_phone", "contact_tag",
                 "referral", "interaction", "follow_up", "question", "interaction_question", "profile", "import_batch",
                 "node_position", "contact_fts"}) {
            QCOMPARE(
                SqlStatement::scalar(net.database.connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {QString::fromLatin1(table)})
                    .toInt(),
                1);
        }
    }

    void reopeningKeepsData()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QVERIFY2(store.addContact(Test::sampleContact(QStringLiteral("Lena"), QStringLiteral("Brandt"))),
            qPrintable(store.lastError()));
        net.database.close();
        Database again;
        QVERIFY(again.open(net.path(), Database::OpenMode::MustExist));
        QCOMPARE(ContactStore(again).count(), 1);
    }

    void upgradesAnOlderNetworkAfterABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.rapport"));
        makeOldNetwork(path, 1);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        // The backup is the untouched version-1 file.
        QVERIFY(QFile::exists(db.upgradeBackupPath()));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            raw.setDatabaseName(db.upgradeBackupPath());
            QVERIFY(raw.open());
            QCOMPARE(SqlStatement::scalar(raw, QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(SqlStatement::scalar(raw, QStringLiteral("SELECT first_name FROM contact")).toString(),
                QStringLiteral("Ada"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // Version 2 indexed the contact that was already there.
        ContactStore store(db);
        QCOMPARE(store.search(QStringLiteral("okonk")).size(), 1);
    }

    void upgradeKeepsPinnedGraphPositions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.rapport"));
        makeOldNetwork(path, 3);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Version 3 kept one position per contact, with a pinned flag.
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO node_position (contact_id, x, y, pinned) "
                               "SELECT id, 12.5, -3, 1 FROM contact"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        QCOMPARE(scalar(upgraded, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        QCOMPARE(scalar(upgraded, "SELECT layout || ':' || x || ',' || y FROM node_position").toString(),
            QStringLiteral("layered:12.5,-3.0"));
    }

    // Version 7 gives organisations, links, follow-ups and questions a UUID: rows from before get
    // one each, and rows written later without one get one from the schema.
    void upgradeGivesRowsUuids()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.rapport"));
        makeOldNetwork(path, 6);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char* sql : {"INSERT INTO organization (name) VALUES ('Pfizer'), ('Acme')",
                     "INSERT INTO contact (uuid, first_name, created_at, updated_at) VALUES ('u-2', 'Sam', '', '')",
                     "INSERT INTO referral (referrer_id, referred_id) VALUES (NULL, 1), (1, 2)",
                     "INSERT INTO follow_up (contact_id, due, text, created_at) VALUES (1, '2026-01-01', 'x', '')",
                     "INSERT INTO question (category, text) VALUES ('path', 'How did you start?'), ('job', 'A day?')"})
                SqlStatement::run(db, QString::fromLatin1(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));

        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const char* table : {"organization", "referral", "follow_up", "question"}) {
            const QString name = QString::fromLatin1(table);
            SqlStatement::run(upgraded.connection(),
                name == QLatin1String("organization") ? QStringLiteral("INSERT INTO organization (name) VALUES ('New')")
                    : name == QLatin1String("referral")
                    ? QStringLiteral("INSERT INTO referral (referrer_id, referred_id) VALUES (2, 1)")
                    : name == QLatin1String("follow_up")
                    ? QStringLiteral(
                        "INSERT INTO follow_up (contact_id, due, text, created_at) VALUES (2, '2026-01-02', "
                        "'y', '')")
                    : QStringLiteral("INSERT INTO question (category, text) VALUES ('field', 'Where next?')"));
            SqlStatement query(upgraded.connection(), QStringLiteral("SELECT uuid FROM %1").arg(name));
            query.exec();
            QSet<QString> seen;
            while (query.next()) {
                const QString value = query.value(0).toString();
                QVERIFY2(uuid.match(value).hasMatch(), qPrintable(name + QLatin1Char(' ') + value));
                seen.insert(value);
            }
            QCOMPARE(seen.size(),
                scalar(upgraded, (QStringLiteral("SELECT count(*) FROM ") + name).toUtf8().constData()).toInt());
            QVERIFY(seen.size() >= 2);
        }
    }

    // Version 8 keeps what a JSON merge changes (import_batch_undo), so undoing it puts the network
    // back. An import made before has no such log, and still undoes as it did: its contacts go.
    void upgradeKeepsWhatMergesChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.rapport"));
        makeOldNetwork(path, 7);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char* sql : {"INSERT INTO import_batch (id, file, format, imported_at) "
                                    "VALUES (1, '/tmp/laptop.json', 'json', '2026-01-01T09:00:00.000Z')",
                     "INSERT INTO contact (uuid, first_name, import_batch_id, created_at, updated_at) "
                     "VALUES ('u-2', 'Merged', 1, '', '')"})
                SqlStatement::run(db, QString::fromLatin1(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        QCOMPARE(scalar(upgraded, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        QCOMPARE(
            scalar(upgraded, "SELECT group_concat(name, ',') FROM pragma_table_info('import_batch_undo')").toString(),
            QStringLiteral("batch_id,entity,row_key,field,old_value,new_value"));
        QVERIFY(SchemaCheck::problems(upgraded.connection(), Schema::CurrentVersion).isEmpty());
        QString error;
        QVERIFY2(ImportHistory::undo(upgraded, 1, &error), qPrintable(error));
        QCOMPARE(scalar(upgraded, "SELECT group_concat(first_name) FROM contact").toString(), QStringLiteral("Ada"));
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM tombstone").toInt(), 0);
    }

    // Version 9 knows who set each field: contacts a CSV or vCard import made are the import's,
    // one a JSON restore made was typed elsewhere, and every change recorded so far was typed.
    void upgradeKnowsWhoSetEachField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.rapport"));
        makeOldNetwork(path, 8);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char* sql : {"INSERT INTO import_batch (id, file, format, imported_at) "
                                    "VALUES (1, '/tmp/Connections.csv', 'linkedin', '2026-01-01T09:00:00.000Z')",
                     "INSERT INTO import_batch (id, file, format, imported_at) "
                     "VALUES (2, '/tmp/laptop.json', 'json', '2026-01-02T09:00:00.000Z')",
                     "INSERT INTO contact (uuid, first_name, import_batch_id, created_at, updated_at) "
                     "VALUES ('u-csv', 'Imported', 1, '', '')",
                     "INSERT INTO contact (uuid, first_name, import_batch_id, created_at, updated_at) "
                     "VALUES ('u-json', 'Restored', 2, '', '')",
                     "UPDATE contact SET title = 'Typed title' WHERE uuid = 'u-csv'"})
                SqlStatement::run(db, QString::fromLatin1(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v8"));

        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        QCOMPARE(scalar(upgraded, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        QVERIFY(SchemaCheck::problems(upgraded.connection(), Schema::CurrentVersion).isEmpty());
        QCOMPARE(scalar(upgraded,
                     "SELECT group_concat(first_name || '=' || created_by_import, ',') FROM "
                     "(SELECT * FROM contact WHERE uuid IN ('u-csv', 'u-json') ORDER BY uuid)")
                     .toString(),
            QStringLiteral("Imported=1,Restored=0"));
        QCOMPARE(
            scalar(upgraded, "SELECT source FROM field_change WHERE row_key = 'u-csv' AND field = 'title'").toString(),
            QStringLiteral("typed"));
        // The upgraded triggers record a change as typed, even over an import's mark.
        SqlStatement::run(upgraded.connection(),
            QStringLiteral("UPDATE field_change SET source = 'import', import_batch_id = 1 WHERE row_key = 'u-csv'"));
        SqlStatement::run(
            upgraded.connection(), QStringLiteral("UPDATE contact SET title = 'Typed again' WHERE uuid = 'u-csv'"));
        QCOMPARE(scalar(upgraded,
                     "SELECT source || ifnull(import_batch_id, '') FROM field_change WHERE row_key = 'u-csv' AND "
                     "field = 'title'")
                     .toString(),
            QStringLiteral("typed"));
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'Imported'").toInt(), 1);
    }

    // Version 10 rebuilds the contact table to allow 'replied': every child row, link, meeting,
    // search entry and change trigger comes through, and foreign keys are on again after.
    void upgradeToRepliedKeepsEveryContactsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.rapport"));
        makeOldNetwork(path, 9);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char* sql : {"INSERT INTO contact (uuid, first_name, last_name, stage, created_at, updated_at) "
                                    "VALUES ('u-2', 'Bo', 'Lindqvist', 'reached_out', '', '')",
                     "INSERT INTO contact_email (contact_id, address) SELECT id, 'ada@example.org' FROM contact WHERE "
                     "uuid = 'u-1'",
                     "INSERT INTO contact_tag (contact_id, tag) SELECT id, 'mentor' FROM contact WHERE uuid = 'u-1'",
                     "INSERT INTO referral (referrer_id, referred_id) SELECT a.id, b.id FROM contact a, contact b "
                     "WHERE a.uuid = 'u-1' AND b.uuid = 'u-2'",
                     "INSERT INTO interaction (uuid, contact_id, kind, start_at, status, created_at, updated_at) "
                     "SELECT 'i-1', id, "
                     "'coffee', '2026-01-02T10:00:00', 'done', '', '' FROM contact WHERE uuid = 'u-2'"})
                SqlStatement::run(db, QString::fromLatin1(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        QCOMPARE(scalar(upgraded, "PRAGMA user_version").toInt(), Schema::CurrentVersion);
        QCOMPARE(scalar(upgraded, "PRAGMA foreign_keys").toInt(), 1);
        QVERIFY(SchemaCheck::problems(upgraded.connection(), Schema::CurrentVersion).isEmpty());
        for (const char* table : {"contact_email", "contact_tag", "referral", "interaction"})
            QVERIFY2(scalar(upgraded,
                         QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData())
                         .toInt()
                    == 1,
                table);
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM contact").toInt(), 2);
        // The new stage is allowed, an unknown one still is not, and the triggers still run.
        SqlStatement::run(
            upgraded.connection(), QStringLiteral("UPDATE contact SET stage = 'replied' WHERE uuid = 'u-2'"));
        QCOMPARE(scalar(upgraded, "SELECT field FROM field_change WHERE row_key = 'u-2'").toString(),
            QStringLiteral("stage"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            SqlStatement::run(
                upgraded.connection(), QStringLiteral("UPDATE contact SET stage = 'waiting' WHERE uuid = 'u-2'")));
        SqlStatement::run(
            upgraded.connection(), QStringLiteral("UPDATE contact SET last_name = 'Lindgren' WHERE uuid = 'u-2'"));
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'Lindgren'").toInt(), 1);
        // Deleting a contact still takes its rows with it: the children point at the new table.
        SqlStatement::run(upgraded.connection(), QStringLiteral("DELETE FROM contact WHERE uuid = 'u-1'"));
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM contact_email").toInt(), 0);
        QCOMPARE(scalar(upgraded, "SELECT count(*) FROM tombstone WHERE row_key = 'u-1'").toInt(), 1);
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << QStringLiteral("not a Rapport network");
        QTest::newRow("text") << QByteArray("First Name,Last Name\nAda,Lovelace\n")
                              << QStringLiteral("not a Rapport network");
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rapport"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(expected), qPrintable(db.errorString()));
        QVERIFY(db.errorString().startsWith(path));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content); // never written
    }

    void refusesAnotherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("some other SQLite database")), qPrintable(db.errorString()));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.rapport"));
        {
            Database db;
            QVERIFY(db.open(path));
            SqlStatement::run(db.connection(), QStringLiteral("PRAGMA user_version = 99"));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
    }

    void refusesMissingFilesAndFolders()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("missing.rapport")), Database::OpenMode::MustExist));
        QVERIFY(db.errorString().contains(QStringLiteral("no such network file")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.rapport"))));
        QVERIFY(!db.open(dir.path()));
        QVERIFY(db.errorString().contains(QStringLiteral("is a folder")));
    }

    void failedWriteLeavesNothingBehind()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        Contact bad = Test::sampleContact(QStringLiteral("Too"), QStringLiteral("Strong"), QStringLiteral("Acme Lab"));
        bad.strength = 9; // violates the CHECK after the organisation row was inserted
        QSignalSpy failed(&store, &ContactStore::writeFailed);
        QCOMPARE(store.addContact(bad), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM organization").toInt(), 0);
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM contact").toInt(), 0);
        // The connection is usable afterwards: no transaction was left open.
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Fine"), QStringLiteral("Again"))));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Test::TempNetwork net;
        const auto db = net.database.connection();
        {
            Transaction t(db);
            SqlStatement::run(db, QStringLiteral("INSERT INTO organization (name) VALUES (?)"), {QStringLiteral("X")});
        }
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM organization").toInt(), 0);
        {
            Transaction t(db);
            SqlStatement::run(db, QStringLiteral("INSERT INTO organization (name) VALUES (?)"), {QStringLiteral("Y")});
            t.commit();
        }
        QCOMPARE(scalar(net.database, "SELECT count(*) FROM organization").toInt(), 1);
    }

    void schemaRefusesSelfReferral()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        const qint64 id = store.addContact(Test::sampleContact(QStringLiteral("Self"), QStringLiteral("Loop")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            SqlStatement::run(net.database.connection(),
                QStringLiteral("INSERT INTO referral (referrer_id, referred_id) VALUES (?, ?)"), {id, id}));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
