// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Backups.h"
#include "ContactStore.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

// A network that cannot be opened, put right from its latest readable backup (Backups'
// recovery, which the window offers).
class TestBackupRecovery : public QObject
{
    Q_OBJECT

private:
    // A network holding `names`, one backup of it, and then its first pages destroyed.
    static QString damagedNetwork(const QTemporaryDir& dir, const QStringList& names)
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("damaged.rapport"));
        {
            Database database;
            if (!database.open(path))
                return {};
            ContactStore store(database);
            for (const QString& name : names)
                store.addContact(Test::sampleContact(name, QStringLiteral("Kept")));
            QString error;
            if (Backups::take(database, QStringLiteral("daily"), &error).isEmpty())
                return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        file.write(QByteArray(4096, '\xff'));
        return path;
    }

private slots:
    void theLatestReadableBackupTakesThePlaceOfTheDamagedFile()
    {
        QTemporaryDir dir;
        const QStringList names {QStringLiteral("Ana"), QStringLiteral("Ben")};
        const QString path = damagedNetwork(dir, names);
        QVERIFY(!path.isEmpty());
        QVERIFY(!Database().open(path, Database::OpenMode::MustExist));

        const std::optional<BackupInfo> usable = Backups::latestUsable(path);
        QVERIFY(usable);
        QCOMPARE(usable->contacts, names.size());

        const QDateTime now(QDate(2026, 12, 7), QTime(9, 30, 5));
        const QString damaged = Backups::damagedPathFor(path, now);
        QCOMPARE(damaged, path + QStringLiteral(".damaged-20261207-093005"));
        const QByteArray damagedBytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QString error;
        QVERIFY2(Backups::replaceDamaged(path, *usable, damaged, &error), qPrintable(error));

        QFile aside(damaged);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), damagedBytes); // kept byte for byte
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        Database restored;
        QVERIFY2(restored.open(path, Database::OpenMode::MustExist), qPrintable(restored.errorString()));
        QCOMPARE(ContactStore(restored).count(), names.size());
    }

    void aFailedCopyDeletesNothing()
    {
        QTemporaryDir dir;
        const QString path = damagedNetwork(dir, {QStringLiteral("Ana")});
        QVERIFY(!path.isEmpty());
        BackupInfo missing;
        missing.path = QDir(dir.path()).filePath(QStringLiteral("no-such-backup.rapport"));
        const QString damaged = Backups::damagedPathFor(path, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        QString error;
        QVERIFY(!Backups::replaceDamaged(path, missing, damaged, &error));
        QVERIFY(error.contains(path));
        QVERIFY(QFileInfo::exists(damaged)); // the damaged file is still there, aside
    }

    void noBackupNoOffer()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("lonely.rapport"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\xff'));
        file.close();
        QVERIFY(!Backups::latestUsable(path));
        QVERIFY(!Backups::latestUsable(QDir(dir.path()).filePath(QStringLiteral("absent.rapport"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupRecovery)
#include "tst_backuprecovery.moc"
