// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommandLine.h"
#include "Database.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace Rapport;

class TestCommandLine : public QObject
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
    QString m_demo;

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        m_demo = m_dir.filePath(QStringLiteral("demo.rapport"));
        const Result r = run({QStringLiteral("--database"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("added")));
    }

    void tellsCommandsFromTheWindow()
    {
        QVERIFY(CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("list")}));
        QVERIFY(CommandLine::isCommand(
            {QStringLiteral("rapport"), QStringLiteral("--database"), QStringLiteral("x"), QStringLiteral("export")}));
        QVERIFY(CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("--help")}));
        QVERIFY(
            !CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("--database"), QStringLiteral("x")}));
        QVERIFY(!CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("--demo")}));
        // Qt's own options and their values belong to the window.
        QVERIFY(!CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("-platform"),
            QStringLiteral("offscreen"), QStringLiteral("-session"), QStringLiteral("abc123")}));
        QVERIFY(CommandLine::isCommand(
            {QStringLiteral("rapport"), QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("list")}));
    }

    void helpAndVersion()
    {
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        for (const char* word : {"--database", "list", "export", "demo", "--search", "--json", "--format"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("rapport 9.8.7"));
    }

    void exportJsonHasTheDemoNetwork()
    {
        const Result r = run({QStringLiteral("--database"), m_demo, QStringLiteral("export"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.status, 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(json.value(QStringLiteral("contacts")).toArray().size() >= 40);
        QVERIFY(json.value(QStringLiteral("referrals")).toArray().size() >= 30);
        QVERIFY(json.value(QStringLiteral("meetings")).toArray().size() >= 20);
        QVERIFY(!json.value(QStringLiteral("followUps")).toArray().isEmpty());
    }

    void exportWritesAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("backup.json"));
        const Result r
            = run({QStringLiteral("--database"), m_demo, QStringLiteral("export"), QStringLiteral("-o"), file});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("contacts")));
    }

    void listAndSearch()
    {
        const Result all = run({QStringLiteral("--database"), m_demo, QStringLiteral("list")});
        QCOMPARE(all.status, 0);
        QVERIFY(all.out.count(QLatin1Char('\n')) >= 60);
        QVERIFY(all.out.contains(QStringLiteral("Samir Haddad")));

        const Result found = run({QStringLiteral("--database"), m_demo, QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("maybrey")});
        QCOMPARE(found.status, 0);
        QVERIFY(found.out.contains(QStringLiteral("Eleanor Maybrey")));
        QVERIFY(found.out.count(QLatin1Char('\n')) < all.out.count(QLatin1Char('\n')) / 4); // notes mention her too

        const Result json = run({QStringLiteral("--database"), m_demo, QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("samir"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray contacts = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!contacts.isEmpty() && contacts.size() < 10);
        QStringList lastNames;
        for (const auto& contact : contacts)
            lastNames.append(contact.toObject().value(QStringLiteral("lastName")).toString());
        QVERIFY(lastNames.contains(QStringLiteral("Haddad")));
    }

    // A search lists the person named in full first, as the window's list does, before the
    // people whose notes or meetings mention them; the JSON listing in the same order.
    void searchListsTheBestMatchFirst()
    {
        const QStringList search {QStringLiteral("--database"), m_demo, QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("Yuki Nakamura")};
        const Result text = run(search);
        QCOMPARE(text.status, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 1, qPrintable(text.out)); // someone else mentions her: the order matters
        QVERIFY2(lines.first().startsWith(QStringLiteral("Yuki Nakamura ")), qPrintable(text.out));

        const Result json = run(search + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray contacts = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(contacts.size(), lines.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QJsonObject contact = contacts.at(i).toObject();
            const QString name = contact.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
                + contact.value(QStringLiteral("lastName")).toString();
            QVERIFY2(lines.at(i).startsWith(name + QLatin1Char(' ')), qPrintable(name)); // the same order
            QCOMPARE(contact.keys().size(), 15); // the listing's shape, unchanged
        }

        // Without a search, the JSON listing stays in id order.
        const Result all
            = run({QStringLiteral("--database"), m_demo, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.status, 0);
        const QJsonArray everyone = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QVERIFY(everyone.size() > contacts.size());
        for (qsizetype i = 1; i < everyone.size(); ++i)
            QVERIFY(everyone.at(i - 1).toObject().value(QStringLiteral("id")).toInteger()
                < everyone.at(i).toObject().value(QStringLiteral("id")).toInteger());
    }

    // An option that names a person (path --to, prep-sheet --contact) takes the best match as
    // the window's search ranks names: "Mei" starts Mei-Ling Zhou's name and is only inside
    // Gustavo Almeida's, so it means her. Only a tie at the best rank is ambiguous, and the
    // tied people are listed.
    void aNameMeansItsBestMatch()
    {
        const Result to = run({QStringLiteral("--database"), m_demo, QStringLiteral("path"), QStringLiteral("--to"),
            QStringLiteral("Mei")});
        QVERIFY2(to.status == 0, qPrintable(to.err));
        const QStringList chain = to.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!chain.isEmpty() && chain.last().contains(QStringLiteral(" → Mei-Ling Zhou: ")), qPrintable(to.out));
        const QString sheet = m_dir.filePath(QStringLiteral("mei.html"));
        const auto prepSheet = [this, &sheet](const QString& name) {
            QProcess process;
            process.start(QStringLiteral(RAPPORT_BINARY),
                {QStringLiteral("--database"), m_demo, QStringLiteral("prep-sheet"), QStringLiteral("--contact"), name,
                    QStringLiteral("-o"), sheet});
            process.waitForFinished(60000);
            return Result {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        };
        const Result mei = prepSheet(QStringLiteral("Mei"));
        QVERIFY2(mei.status == 0, qPrintable(mei.err));
        QVERIFY2(mei.out.contains(QStringLiteral("Mei-Ling Zhou")), qPrintable(mei.out));
        QVERIFY(QFile::exists(sheet));
        QVERIFY(QFile::remove(sheet));

        // "an" starts two names (Anjali Mehta, Anneliese Vogel): a real tie, for both options.
        const Result tiedTo = run({QStringLiteral("--database"), m_demo, QStringLiteral("path"), QStringLiteral("--to"),
            QStringLiteral("an")});
        const Result tiedContact = prepSheet(QStringLiteral("an"));
        for (const Result& tied : {tiedTo, tiedContact}) {
            QCOMPARE(tied.status, 1);
            QVERIFY(tied.out.isEmpty());
            QVERIFY2(tied.err.contains(QStringLiteral("\"an\" is ambiguous; 2 contacts match:")), qPrintable(tied.err));
            QVERIFY2(tied.err.contains(QStringLiteral("  Anjali Mehta (Halcyon Bio)")), qPrintable(tied.err));
            QVERIFY2(tied.err.contains(QStringLiteral("  Anneliese Vogel (")), qPrintable(tied.err));
            QVERIFY2(
                !tied.err.contains(QStringLiteral("Olivia Grant")), qPrintable(tied.err)); // "an" only inside a word
        }
        QVERIFY(!QFile::exists(sheet));
    }

    // `today` prints the Today page's sections, and --json gives scripts every one of them.
    void todayPrintsWhatToDo()
    {
        const Result text = run({QStringLiteral("--database"), m_demo, QStringLiteral("today")});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QRegularExpression(
                     QStringLiteral("^Next meetings \\(\\d+\\)$"), QRegularExpression::MultilineOption)),
            qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Going cold: time to check in")));

        const Result json
            = run({QStringLiteral("--database"), m_demo, QStringLiteral("today"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonObject today = QJsonDocument::fromJson(json.out.toUtf8()).object();
        for (const char* key :
            {"overdue", "dueToday", "thankYousOwed", "nextMeetings", "thisWeek", "waitingForReply", "goingCold"})
            QVERIFY2(today.value(QLatin1String(key)).isArray(), key);
        const QJsonArray meetings = today.value(QStringLiteral("nextMeetings")).toArray();
        QVERIFY(!meetings.isEmpty());
        const QJsonObject first = meetings.first().toObject();
        QVERIFY(!first.value(QStringLiteral("contact")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("start")).toString(), Qt::ISODate).isValid());
        QCOMPARE(today.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));

        const Result option = run({QStringLiteral("--database"), m_demo, QStringLiteral("today"),
            QStringLiteral("--search"), QStringLiteral("x")});
        QCOMPARE(option.status, 1);
        QVERIFY(option.err.contains(QStringLiteral("does not apply")));
    }

    void errorsExitOneWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = QDir::temp().filePath(QStringLiteral("rapport-no-such-file.rapport"));
        QTest::newRow("missing database") << QStringList {QStringLiteral("--database"), missing, QStringLiteral("list")}
                                          << QStringLiteral("no such network file");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("list"), QStringLiteral("--bogus")}
                                        << QStringLiteral("bogus");
        QTest::newRow("option of another command") << QStringList {QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json")} << QStringLiteral("does not apply");
        QTest::newRow("no command") << QStringList {QStringLiteral("--json")} << QStringLiteral("no command given");
        QTest::newRow("extra argument") << QStringList {QStringLiteral("list"), QStringLiteral("extra")}
                                        << QStringLiteral("unexpected argument");
    }

    void errorsExitOneWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = run(arguments);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unsupportedExportFormat()
    {
        const Result r = run({QStringLiteral("--database"), m_demo, QStringLiteral("export"),
            QStringLiteral("--format"), QStringLiteral("yaml")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("yaml")));
    }

    void garbageDatabaseIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.rapport"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk(10000, '\x07');
        f.write(junk);
        f.close();
        const Result r = run({QStringLiteral("--database"), path, QStringLiteral("list")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("not a Rapport network")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

    void badNetworkFilesExitOneAndStayUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a Rapport network");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("is damaged");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version of Rapport");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("read-only file") << QStringLiteral("read-only") << QStringLiteral("the file is read-only");
        QTest::newRow("read-only folder") << QStringLiteral("read-only folder") << QStringLiteral("is read-only");
    }

    void badNetworkFilesExitOneAndStayUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        // Open to everyone: as root, the commands run as "nobody" (see below).
        const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ReadOther | QFile::WriteOther;
        const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const QFile::Permissions search = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), everyone | search));
        const QString path = dir.filePath(QStringLiteral("bad.rapport"));
        QFile demo(m_demo);
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QByteArray demoBytes = demo.readAll();
        const auto write = [&path](const QByteArray& bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        if (kind == QLatin1String("random")) {
            QByteArray bytes;
            for (int i = 0; i < 8192; ++i)
                bytes.append(char((i * 7919) % 251));
            write(bytes);
        } else if (kind == QLatin1String("truncated")) {
            write(demoBytes.left(demoBytes.size() / 2));
        } else if (kind == QLatin1String("newer")) {
            {
                Database db;
                QVERIFY(db.open(path));
                SqlStatement::run(db.connection(), QStringLiteral("PRAGMA user_version = 99"));
            }
            for (const QString& journal : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                QFile::remove(journal);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            write(demoBytes);
        }
        if (!QFileInfo(path).isDir())
            QVERIFY(QFile::setPermissions(path, kind == QLatin1String("read-only") ? readOnly : everyone));
        if (kind == QLatin1String("read-only folder")) // readable, but no room for SQLite's journal
            QVERIFY(QFile::setPermissions(dir.path(), readOnly | search));
        const auto snapshot = [&dir] {
            QStringList entries;
            QDirIterator it(
                dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString entry = it.next();
                QFile file(entry);
                entries << entry + QLatin1Char(' ')
                        + (file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().toHex().left(64))
                                                          : QString())
                        + QString::number(QFileInfo(entry).size());
            }
            entries.sort();
            return entries;
        };
        const QStringList before = snapshot();
        // Root may write anywhere; file modes only bind an ordinary user, so run as one.
        const bool asRoot = ::geteuid() == 0;
        for (const QStringList& command : {QStringList {QStringLiteral("list")},
                 QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
                 QStringList {QStringLiteral("demo")}}) {
            QStringList arguments = QStringList {QStringLiteral("--database"), path} + command;
            QString program = QStringLiteral(RAPPORT_BINARY);
            if (asRoot) {
                arguments = QStringList {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                QStringLiteral("--clear-groups"), program}
                    + arguments;
                program = QStringLiteral("setpriv");
            }
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), dir.path());
            environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
            process.setProcessEnvironment(environment);
            process.start(program, arguments);
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit); // never a crash
            QVERIFY2(process.exitCode() == 1, qPrintable(command.first() + QStringLiteral(": ") + err));
            QVERIFY2(err.contains(expected) && err.contains(path), qPrintable(err));
            QCOMPARE(snapshot(), before); // nothing written, nothing created beside it
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void demoRefusesANetworkWithContacts()
    {
        const Result r = run({QStringLiteral("--database"), m_demo, QStringLiteral("demo")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("already has contacts")));
    }

    // A network changed with the sqlite3 tool: every command refuses it before writing anything,
    // names what Rapport did not create, and the planted trigger never runs.
    void foreignSchemaIsRefusedByEveryCommand_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("advice"); // a table of its own cannot be repaired, the rest can
        QTest::newRow("foreign trigger") << QByteArray("CREATE TABLE loot (notes TEXT);"
                                                       "CREATE TRIGGER steal AFTER INSERT ON interaction BEGIN "
                                                       "INSERT INTO loot VALUES (NEW.notes); END;"
                                                       "CREATE TRIGGER steal_edit AFTER UPDATE ON contact BEGIN "
                                                       "INSERT INTO loot VALUES (NEW.notes); END;")
                                         << QStringLiteral("this network holds the trigger \"steal\"")
                                         << QStringLiteral("does not remove or rebuild tables");
        QTest::newRow("foreign view") << QByteArray("CREATE VIEW peek AS SELECT notes FROM interaction")
                                      << QStringLiteral("this network holds the view \"peek\"")
                                      << QStringLiteral("window to repair it");
        QTest::newRow("altered index") << QByteArray("DROP INDEX contact_tag_tag;"
                                                     "CREATE INDEX contact_tag_tag ON contact_tag(tag, position)")
                                       << QStringLiteral("the index \"contact_tag_tag\" in this network is not")
                                       << QStringLiteral("window to repair it");
    }

    void foreignSchemaIsRefusedByEveryCommand()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        QFETCH(QString, advice);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.rapport"));
        QVERIFY(QFile::copy(m_demo, path));
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            const int code = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
            QCOMPARE(code, SQLITE_OK);
        }
        const auto hash = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                                  : QByteArray();
        };
        const QByteArray before = hash();
        const QString json = dir.filePath(QStringLiteral("restore.json"));
        QVERIFY(run({QStringLiteral("--database"), m_demo, QStringLiteral("export"), QStringLiteral("-o"), json}).status
            == 0);
        const QList<QStringList> commands {{QStringLiteral("list")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("import"), json, QStringLiteral("--on-duplicate"), QStringLiteral("create")},
            {QStringLiteral("demo")},
            {QStringLiteral("graph"), QStringLiteral("-o"), dir.filePath(QStringLiteral("g.svg"))},
            {QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("Samir Haddad")},
            {QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Samir Haddad"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("p.html"))}};
        for (const QStringList& command : commands) {
            QProcess process;
            process.start(QStringLiteral(RAPPORT_BINARY), QStringList {QStringLiteral("--database"), path} + command);
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 1, qPrintable(command.first() + QStringLiteral(": ") + err));
            QVERIFY2(err.contains(path + QStringLiteral(": ") + expected), qPrintable(err));
            QVERIFY2(err.contains(advice), qPrintable(err)); // and what to do
        }
        QCOMPARE(hash(), before); // nothing written: no trigger ran, no upgrade, no backup
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 2);
    }

    // The real binary, with no display at all: commands must not need one.
    void binaryRunsWithoutADisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RAPPORT_BINARY),
            {QStringLiteral("--database"), m_demo, QStringLiteral("list"), QStringLiteral("--search"),
                QStringLiteral("haddad")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Samir Haddad")));

        process.start(QStringLiteral(RAPPORT_BINARY),
            {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("nope.rapport")), QStringLiteral("export")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("no such network file")));

        // A mistyped option, or the window itself, without a display: a message, never an abort.
        for (const auto& [arguments, expected] :
            QList<std::pair<QStringList, QString>> {{{QStringLiteral("--bogus")}, QStringLiteral("bogus")},
                {{QStringLiteral("--database")}, QStringLiteral("--database")},
                {{QStringLiteral("--database"), m_demo}, QStringLiteral("no display")}}) {
            process.start(QStringLiteral(RAPPORT_BINARY), arguments);
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 1);
            QVERIFY2(err.startsWith(QStringLiteral("rapport: ")) && err.contains(expected), qPrintable(err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
