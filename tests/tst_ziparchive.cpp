// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Rapport;

// The ZIP reader under the LinkedIn archive import (issue 17): what it reads, and each kind of
// hostile archive it refuses before reading a byte of it. The archives are built here with
// libzip, and the forged ones are patched byte by byte.
class TestZipArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct File {
        QString name;
        QByteArray data;
        bool compressed = true;
    };

    QString makeZip(const QString& fileName, const QList<File>& files)
    {
        const QString path = m_dir.filePath(fileName);
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        if (!archive)
            qFatal("cannot create %s", qPrintable(path));
        for (const File& file : files) {
            zip_source_t* source = zip_source_buffer(archive, file.data.constData(), zip_uint64_t(file.data.size()), 0);
            const zip_int64_t index = zip_file_add(archive, file.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                qFatal("cannot add %s", qPrintable(file.name));
            zip_set_file_compression(archive, zip_uint64_t(index), file.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        }
        if (zip_close(archive) != 0) // the buffers are read here, while files still holds them
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static void writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    static void putUint32(QByteArray& bytes, qsizetype at, quint32 value)
    {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((value >> (8 * i)) & 0xff);
    }

    // The offsets of every local header and every central directory header, in file order.
    static QList<qsizetype> headers(const QByteArray& bytes, const char* signature)
    {
        QList<qsizetype> found;
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4))
            found.append(at);
        return found;
    }

    // Rewrites the uncompressed size an entry declares, in its local and its central header alike,
    // so libzip's consistency check sees nothing wrong and only our limits stand in the way.
    static void declareSize(QByteArray& bytes, int entry, quint32 size)
    {
        putUint32(bytes, headers(bytes, "PK\x03\x04").at(entry) + 22, size);
        putUint32(bytes, headers(bytes, "PK\x01\x02").at(entry) + 24, size);
    }

    std::unique_ptr<ZipArchive> refused(
        const QString& path, QString* error, const ZipArchive::Limits& limits = ZipArchive::Limits())
    {
        auto archive = ZipArchive::open(path, error, limits);
        if (archive)
            qWarning("%s was opened", qPrintable(path));
        return archive;
    }

private slots:
    void readsEntriesInMemory()
    {
        const QByteArray connections = "\xEF\xBB\xBFNotes:\r\n\"x\"\r\n\r\nFirst Name,Last Name\r\nLéa,Fontaine\r\n";
        const QByteArray messages = QByteArray("CONVERSATION ID,CONTENT\n").append(QByteArray(50000, 'm'));
        const QString path = makeZip(QStringLiteral("Basic_LinkedInDataExport_12-06-2026.zip"),
            {{QStringLiteral("Connections.csv"), connections}, {QStringLiteral("messages.csv"), messages, false},
                {QStringLiteral("Jobs/Job Applications.csv"), QByteArrayLiteral("a,b\n")}});
        QString error;
        const auto archive = ZipArchive::open(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->entries().size(), 3);
        QCOMPARE(archive->entries().at(2).name, QStringLiteral("Jobs/Job Applications.csv"));
        QCOMPARE(archive->entries().at(0).size, connections.size());
        QCOMPARE(archive->read(QStringLiteral("Connections.csv"), &error), connections);
        QCOMPARE(archive->read(QStringLiteral("messages.csv"), &error), messages);
        QVERIFY(!archive->read(QStringLiteral("Profile.csv"), &error));
        QVERIFY2(error.contains(QStringLiteral("Profile.csv")), qPrintable(error));
        // Nothing was unpacked beside the archive.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);
    }

    void namesThatClimbOutAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.csv");
        QTest::newRow("deeper") << QStringLiteral("a/../../evil.csv");
        QTest::newRow("absolute") << QStringLiteral("/etc/evil.csv");
        QTest::newRow("drive") << QStringLiteral("C:/evil.csv");
        QTest::newRow("backslashes") << QStringLiteral("a\\..\\..\\evil.csv");
    }

    void namesThatClimbOutAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(ZipArchive::climbsOut(name));
        const QString path = makeZip(QStringLiteral("climb.zip"),
            {{QStringLiteral("Connections.csv"), QByteArrayLiteral("a\n")}, {name, QByteArrayLiteral("b\n")}});
        QString error;
        QVERIFY(!refused(path, &error));
        QVERIFY2(
            error.contains(QStringLiteral("points outside the archive")) && error.contains(name), qPrintable(error));
    }

    void namesThatStayInsideAreRead()
    {
        for (const char* name : {"a/b.csv", "a/../b.csv", "./b.csv", "..b.csv", "a..b/c.csv"})
            QVERIFY2(!ZipArchive::climbsOut(QString::fromLatin1(name)), name);
    }

    // A 1 KB entry that declares 300 MB: refused by what it declares, before anything is unpacked.
    void anEntryOver256MegabytesIsRefused()
    {
        const QString path
            = makeZip(QStringLiteral("big.zip"), {{QStringLiteral("messages.csv"), QByteArray(1024, 'x'), false}});
        QByteArray bytes = readAll(path);
        declareSize(bytes, 0, 300u << 20);
        writeAll(path, bytes);
        QString error;
        QVERIFY(!refused(path, &error));
        QVERIFY2(
            error.contains(QStringLiteral("messages.csv")) && error.contains(QStringLiteral("256")), qPrintable(error));
        // The bar itself is the issue's: 256 MB per entry.
        QCOMPARE(ZipArchive::Limits().entryBytes, qint64(256) << 20);
    }

    // 40 MB of zeros compress to about 40 KB: a ratio no CSV file has.
    void aZipBombIsRefused()
    {
        const QString path
            = makeZip(QStringLiteral("bomb.zip"), {{QStringLiteral("messages.csv"), QByteArray(40 << 20, '\0')}});
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        QString error;
        QVERIFY(!refused(path, &error));
        QVERIFY2(error.contains(QStringLiteral("ZIP bomb")), qPrintable(error));
    }

    // Real CSV text compresses far less: a message log made of repeated lines is still read.
    void repetitiveTextIsNotABomb()
    {
        QByteArray csv;
        for (int i = 0; csv.size() < (8 << 20); ++i)
            csv += "2023-06-11 15:33:58 UTC,INBOX,\"Thanks for the chat, talk soon!\"," + QByteArray::number(i) + '\n';
        const QString path = makeZip(QStringLiteral("text.zip"), {{QStringLiteral("messages.csv"), csv}});
        QString error;
        const auto archive = ZipArchive::open(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->read(QStringLiteral("messages.csv"), &error), csv);
    }

    void aTotalOverTheLimitIsRefused()
    {
        QList<File> files;
        for (int i = 0; i < 5; ++i)
            files.append({QStringLiteral("part%1.csv").arg(i), QByteArray(3000, char('a' + i)), false});
        const QString path = makeZip(QStringLiteral("total.zip"), files);
        ZipArchive::Limits limits;
        limits.totalBytes = 10000; // the default (1 GB) would need a 1 GB test file
        QString error;
        QVERIFY(!refused(path, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("more than")), qPrintable(error));
        limits.totalBytes = 15000;
        QVERIFY2(ZipArchive::open(path, &error, limits), qPrintable(error));
    }

    void tooManyEntriesAreRefused()
    {
        QList<File> files;
        for (int i = 0; i < 20; ++i)
            files.append({QStringLiteral("f%1.csv").arg(i), QByteArrayLiteral("x\n")});
        const QString path = makeZip(QStringLiteral("many.zip"), files);
        ZipArchive::Limits limits;
        limits.entryCount = 10;
        QString error;
        QVERIFY(!refused(path, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("20")), qPrintable(error));
    }

    // Two central directory entries pointing at the same bytes.
    void overlappingEntriesAreRefused()
    {
        const QString path = makeZip(QStringLiteral("overlap.zip"),
            {{QStringLiteral("a.csv"), QByteArray(4000, 'a'), false},
                {QStringLiteral("b.csv"), QByteArray(4000, 'b'), false}});
        QByteArray bytes = readAll(path);
        const qsizetype second = headers(bytes, "PK\x01\x02").at(1);
        putUint32(bytes, second + 42, 0); // b.csv's data is said to start where a.csv's does
        writeAll(path, bytes);
        QString error;
        QVERIFY(!refused(path, &error));
        QVERIFY(!error.isEmpty());
    }

    // An entry that holds more than it declares is not trusted: read() refuses it.
    void anEntryLyingAboutItsSizeIsNotRead()
    {
        const QString path
            = makeZip(QStringLiteral("liar.zip"), {{QStringLiteral("messages.csv"), QByteArray(10000, 'q')}});
        QByteArray bytes = readAll(path);
        declareSize(bytes, 0, 100);
        writeAll(path, bytes);
        QString error;
        const auto archive = ZipArchive::open(path, &error);
        if (!archive)
            return; // refused outright is as good
        QVERIFY(!archive->read(QStringLiteral("messages.csv"), &error));
        QVERIFY2(error.contains(QStringLiteral("messages.csv")), qPrintable(error));
    }

    // Two entries with one name: which one a reader takes would be up to the reader.
    void duplicateNamesAreRefused()
    {
        const QString path = makeZip(QStringLiteral("twice.zip"),
            {{QStringLiteral("a.csv"), QByteArrayLiteral("first\n"), false},
                {QStringLiteral("b.csv"), QByteArrayLiteral("second\n"), false}});
        QString error;
        QVERIFY2(ZipArchive::open(path, &error), qPrintable(error)); // distinct names are fine
        QByteArray bytes = readAll(path);
        bytes[headers(bytes, "PK\x03\x04").at(1) + 30] = 'a'; // the names sit after the fixed fields
        bytes[headers(bytes, "PK\x01\x02").at(1) + 46] = 'a';
        writeAll(path, bytes);
        QVERIFY(!refused(path, &error)); // libzip itself refuses it ("File already exists")
        QVERIFY2(error.contains(QStringLiteral("twice.zip")), qPrintable(error));
    }

    void whatIsNotAZipIsRefused()
    {
        const QString csv = m_dir.filePath(QStringLiteral("Connections.csv"));
        writeAll(csv, "First Name,Last Name\nAda,One\n");
        QString error;
        QVERIFY(!refused(csv, &error));
        QVERIFY2(error.contains(QStringLiteral("Connections.csv")) && error.contains(QStringLiteral("not a ZIP")),
            qPrintable(error));
        // Cut in half: the central directory is gone.
        const QString whole = makeZip(QStringLiteral("cut.zip"), {{QStringLiteral("a.csv"), QByteArray(5000, 'a')}});
        QByteArray bytes = readAll(whole);
        writeAll(whole, bytes.left(bytes.size() / 2));
        QVERIFY(!refused(whole, &error));
        QVERIFY(!refused(m_dir.filePath(QStringLiteral("missing.zip")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.zip")));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
