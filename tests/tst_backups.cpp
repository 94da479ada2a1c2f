// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Backups: copies readable by the owner only, one a day when the network changed (the last 7
// kept), one before every import, and a restore that replaces the content in one step.
#include "Backups.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Rapport;

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void aCopyIsPrivateAndListed()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"))));
        QString error;
        const QString path = Backups::take(net.database, QStringLiteral("import"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(
            QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        const QList<BackupInfo> list = Backups::list(net.path());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().reason, QStringLiteral("import"));
        QCOMPARE(list.first().contacts, 1);
        QCOMPARE(list.first().taken.date(), QDate::currentDate());
    }

    void oneDailyCopyWhenChangedAndSevenKept()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(Backups::takeDailyIfDue(net.database, &error).isEmpty()); // an empty network: nothing to keep
        ContactStore contacts(net.database);
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"))));
        const QString first = Backups::takeDailyIfDue(net.database, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(Backups::takeDailyIfDue(net.database, &error).isEmpty()); // one a day
        QVERIFY(Backups::takeDailyIfDue(net.path(), &error).isEmpty()); // also through a connection of its own

        // Nine older daily copies, then a change: only the last seven daily copies stay.
        const QDir folder(Backups::folderFor(net.path()));
        QFile::remove(first);
        // Each copy is dated (name and file time) in the past, so the change below is newer than any.
        const auto copyTaken = [&](const QDateTime& taken, const QString& reason) {
            const QString copy = folder.filePath(
                QStringLiteral("test-%1-%2.rapport").arg(taken.toString(QStringLiteral("yyyyMMdd-HHmmss")), reason));
            QFile file(copy);
            return QFile::copy(net.path(), copy) && file.open(QIODevice::ReadWrite)
                && file.setFileTime(taken, QFileDevice::FileModificationTime);
        };
        const QDateTime now = QDateTime::currentDateTime();
        for (int day = 1; day <= 9; ++day)
            QVERIFY(copyTaken(now.addDays(-day), QStringLiteral("daily")));
        QVERIFY(copyTaken(now.addDays(-20), QStringLiteral("import")));
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu"))));
        QVERIFY(!Backups::takeDailyIfDue(net.database, &error).isEmpty());
        const QList<BackupInfo> list = Backups::list(net.path());
        const auto daily = std::count_if(
            list.cbegin(), list.cend(), [](const BackupInfo& b) { return b.reason == QLatin1String("daily"); });
        QCOMPARE(daily, Backups::kDailyKept);
        for (const BackupInfo& b : list) { // the newest: today's and the six days before
            if (b.reason == QLatin1String("daily"))
                QVERIFY2(b.taken.date() > QDate::currentDate().addDays(-Backups::kDailyKept), qPrintable(b.path));
        }
        QVERIFY(std::any_of(
            list.cbegin(), list.cend(), [](const BackupInfo& b) { return b.reason == QLatin1String("import"); }));
        QCOMPARE(list.first().taken.date(), QDate::currentDate()); // newest first
    }

    void aWorkerTakesTheDailyCopyThroughItsOwnConnection()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"))));
        QString error;
        const QString copy = Backups::takeDailyIfDue(net.path(), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QCOMPARE(Backups::list(net.path()).first().contacts, 1);
    }

    void restoreReplacesTheContentInOneStep()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        const qint64 ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        QString error;
        const QString copy = Backups::take(net.database, QStringLiteral("daily"), &error);
        QVERIFY(contacts.removeContact(ana));
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Zed"), QStringLiteral("Later"))));
        QVERIFY2(Backups::restore(net.database, copy, &error), qPrintable(error));
        QVERIFY(contacts.contact(ana));
        QCOMPARE(contacts.count(), 1);
        QVERIFY(!contacts.search(QStringLiteral("Ana")).isEmpty()); // the search index came back with it
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));

        // Anything that is not a Rapport network is refused, and nothing changes.
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.rapport"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(!Backups::restore(net.database, junk, &error));
        QCOMPARE(contacts.count(), 1);
    }

    void importTakesACopyFirst()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        QVERIFY(contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"))));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("Connections.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                   "Ben,Wu,https://www.linkedin.com/in/ben,,Acme,Analyst,3 Mar 2024\r\n");
        file.close();
        QVERIFY(ContactImporter::run(net.database, csv, {}).written);
        const QList<BackupInfo> list = Backups::list(net.path());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().reason, QStringLiteral("import"));
        QCOMPARE(list.first().contacts, 1); // as it was before Ben arrived
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
