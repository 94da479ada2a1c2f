// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The commands and a network they cannot read: exit status 1, the network file and the problem
// on stderr, and nothing on stdout that could pass for a listing or an export.
#include "BrokenNetwork.h"
#include "CliCommandLine.h"
#include "ContactStore.h"
#include "MeetingStore.h"
#include "TestSupport.h"

using namespace Rapport;

class TestReadFailuresCli : public QObject
{
    Q_OBJECT

    struct Result {
        int status = -1;
        QString out;
        QString err;
    };

    static Result run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("rapport"));
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = CommandLine::run(arguments, out, err);
        return result;
    }

    QTemporaryDir m_dir;
    int m_networks = 0;

    // A network with one contact who has a meeting held and one planned (so listing, exporting
    // and the prep sheet all read the interaction table), closed again.
    QString makeNetwork()
    {
        const QString path = m_dir.filePath(QStringLiteral("network-%1.rapport").arg(++m_networks));
        Database database;
        if (!database.open(path))
            qFatal("%s", qPrintable(database.errorString()));
        ContactStore contacts(database);
        MeetingStore meetings(database);
        const qint64 ada = contacts.addContact(
            Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Lumen")));
        Meeting held;
        held.contactId = ada;
        held.start = QDateTime(QDate(2025, 2, 3), QTime(10, 0));
        held.status = MeetingStatus::Held;
        Meeting planned = held;
        planned.start = QDateTime(QDate(2030, 2, 3), QTime(10, 0));
        planned.status = MeetingStatus::Planned;
        if (!ada || !meetings.addMeeting(held) || !meetings.addMeeting(planned))
            qFatal("cannot fill %s", qPrintable(path));
        return path;
    }

    static void checkFailed(const Result& r, const QString& network, const char* problem)
    {
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        // Like every error of the commands, it says who speaks, then names the network.
        QVERIFY2(r.err.startsWith(QStringLiteral("rapport: ") + network + QStringLiteral(": ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(problem)), qPrintable(r.err));
    }

private slots:
    void commandsExitOneWhenAReadFails_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.html"));
        QTest::newRow("list") << QStringList {QStringLiteral("list")};
        QTest::newRow("list --search") << QStringList {
            QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ada")};
        QTest::newRow("export json") << QStringList {
            QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("export ics") << QStringList {
            QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics")};
        QTest::newRow("prep-sheet") << QStringList {QStringLiteral("prep-sheet"), QStringLiteral("--contact"),
            QStringLiteral("Ada Okafor"), QStringLiteral("-o"), sheet};
    }

    void commandsExitOneWhenAReadFails()
    {
        // A damaged page, not a schema change: the network opens (its schema is intact) and the
        // failure comes from the read itself, as on a failing disk.
        QFETCH(QStringList, command);
        const QString network = makeNetwork();
        const Result healthy = run(QStringList {QStringLiteral("--database"), network} + command);
        QVERIFY2(healthy.status == 0, qPrintable(healthy.err));
        QVERIFY(Test::corruptTable(network, QStringLiteral("interaction")));
        checkFailed(run(QStringList {QStringLiteral("--database"), network} + command), network, "malformed");
    }

    void listAndPrepSheetFailWhenTheContactsCannotBeRead()
    {
        // When the contacts could not be read, 'list' used to print nothing and exit 0, as for an
        // empty network.
        const QString network = makeNetwork();
        QVERIFY(Test::corruptTable(network, QStringLiteral("contact")));
        const Result r = run({QStringLiteral("--database"), network, QStringLiteral("list")});
        checkFailed(r, network, "malformed");
        QVERIFY2(!r.err.contains(QLatin1String("no contacts yet")), qPrintable(r.err));
        // And prep-sheet said "no contact is called …" for a name it could not look up.
        const Result sheet
            = run({QStringLiteral("--database"), network, QStringLiteral("prep-sheet"), QStringLiteral("--contact"),
                QStringLiteral("Ada Okafor"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("ada.html"))});
        checkFailed(sheet, network, "malformed");
        QVERIFY2(!sheet.err.contains(QLatin1String("no contact is called")), qPrintable(sheet.err));
    }
};

QTEST_GUILESS_MAIN(TestReadFailuresCli)
#include "tst_readfailurescli.moc"
