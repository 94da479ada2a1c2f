// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every error the real `rapport` binary prints says who speaks: each stderr line of a failed
// command starts "rapport: ", whatever went wrong (a bad option, a missing file, an output path
// that cannot be written, a name that matches nobody or several people).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The binary with no display and a home of its own, so nothing of the user's is read or written.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        // Qt's own warning about a missing runtime folder is not one of Rapport's errors.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        return env;
    }

    struct Result {
        int status = -1;
        QString err;
    };

    Result run(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(RAPPORT_BINARY), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("runtime")));
        QVERIFY(QFile::setPermissions(
            path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_demo = path(QStringLiteral("demo.rapport"));
        QCOMPARE(run({QStringLiteral("--database"), m_demo, QStringLiteral("demo")}).status, 0);
        // A plain file, so "file/anything" is a path no one can write, root included.
        QFile file(path(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder\n");
    }

    void everyErrorLineSaysRapport_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason"); // a piece of the message, so the right failure is tested

        const QString db = m_demo;
        const QString unwritable = path(QStringLiteral("file/out"));
        const QString missing = path(QStringLiteral("nowhere.csv"));
        const auto on = [&db](QStringList arguments) { return QStringList {QStringLiteral("-d"), db} + arguments; };

        // Options and commands.
        QTest::newRow("bad option") << QStringList {QStringLiteral("list"), QStringLiteral("--bogus")}
                                    << QStringLiteral("bogus");
        QTest::newRow("option without its value")
            << QStringList {QStringLiteral("--database")} << QStringLiteral("--database");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("no command") << QStringList {QStringLiteral("--json")} << QStringLiteral("--json");
        QTest::newRow("option of another command")
            << on({QStringLiteral("list"), QStringLiteral("--layout"), QStringLiteral("force")})
            << QStringLiteral("--layout");
        QTest::newRow("window without a display") << on({}) << QStringLiteral("display");

        // Networks.
        QTest::newRow("missing network") << QStringList {QStringLiteral("-d"), path(QStringLiteral("none.rapport")),
            QStringLiteral("list")} << QStringLiteral("none.rapport");
        QTest::newRow("not a network") << QStringList {QStringLiteral("-d"), path(QStringLiteral("file")),
            QStringLiteral("export")} << QStringLiteral("file");
        QTest::newRow("demo into a full network") << on({QStringLiteral("demo")}) << QStringLiteral("demo.rapport");

        // export
        QTest::newRow("export to an unwritable path")
            << on({QStringLiteral("export"), QStringLiteral("-o"), unwritable + QStringLiteral(".json")})
            << QStringLiteral("cannot write");
        QTest::newRow("export to a folder")
            << on({QStringLiteral("export"), QStringLiteral("-o"), m_dir.path()}) << QStringLiteral("cannot write");
        QTest::newRow("export format") << on({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("yaml")}) << QStringLiteral("yaml");
        QTest::newRow("vCard version") << on({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("vcard"), QStringLiteral("--vcard-version"), QStringLiteral("5")})
                                       << QStringLiteral("--vcard-version");

        // import
        QTest::newRow("import a missing file") << on({QStringLiteral("import"), missing}) << missing;
        QTest::newRow("import without a file") << on({QStringLiteral("import")}) << QStringLiteral("import");
        QTest::newRow("import format") << on({QStringLiteral("import"), missing, QStringLiteral("--format"),
            QStringLiteral("excel")}) << QStringLiteral("excel");
        QTest::newRow("import duplicates")
            << on({QStringLiteral("import"), missing, QStringLiteral("--on-duplicate"), QStringLiteral("merge")})
            << QStringLiteral("merge");
        QTest::newRow("strict and skip-invalid")
            << on({QStringLiteral("import"), missing, QStringLiteral("--strict"), QStringLiteral("--skip-invalid")})
            << QStringLiteral("--strict");

        // graph and path
        QTest::newRow("graph without -o") << on({QStringLiteral("graph")}) << QStringLiteral("-o");
        QTest::newRow("graph to a .txt") << on(
            {QStringLiteral("graph"), QStringLiteral("-o"), path(QStringLiteral("g.txt"))})
                                         << QStringLiteral("g.txt");
        QTest::newRow("graph layout") << on({QStringLiteral("graph"), QStringLiteral("-o"),
            path(QStringLiteral("g.svg")), QStringLiteral("--layout"), QStringLiteral("neato")})
                                      << QStringLiteral("neato");
        QTest::newRow("graph to an unwritable path")
            << on({QStringLiteral("graph"), QStringLiteral("-o"), unwritable + QStringLiteral(".svg")})
            << QStringLiteral("out.svg");
        QTest::newRow("path to nobody") << on({QStringLiteral("path")}) << QStringLiteral("--to");
        QTest::newRow("path to a stranger")
            << on({QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("Zebedee")})
            << QStringLiteral("Zebedee");
        QTest::newRow("path to several people") // the candidates, one a line, and what to do
            << on({QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("an")})
            << QStringLiteral("Anjali Mehta");
        QTest::newRow("path to several organisations")
            << on({QStringLiteral("path"), QStringLiteral("--to-org"), QStringLiteral("bio")})
            << QStringLiteral("Halcyon Bio");
        QTest::newRow("path to an unknown organisation")
            << on({QStringLiteral("path"), QStringLiteral("--to-org"), QStringLiteral("Acme Zeppelins")})
            << QStringLiteral("Acme Zeppelins");

        // prep-sheet
        QTest::newRow("prep-sheet without -o")
            << on({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Samir Haddad")})
            << QStringLiteral("-o");
        QTest::newRow("prep-sheet to a .doc") << on({QStringLiteral("prep-sheet"), QStringLiteral("--contact"),
            QStringLiteral("Samir Haddad"), QStringLiteral("-o"), path(QStringLiteral("p.doc"))})
                                              << QStringLiteral("p.doc");
        QTest::newRow("prep-sheet for nobody")
            << on({QStringLiteral("prep-sheet"), QStringLiteral("-o"), path(QStringLiteral("p.html"))})
            << QStringLiteral("--contact");
        QTest::newRow("prep-sheet for a missing meeting") << on(
            {QStringLiteral("prep-sheet"), QStringLiteral("--meeting"), QStringLiteral("999999"), QStringLiteral("-o"),
                path(QStringLiteral("p.html"))}) << QStringLiteral("999999");
        QTest::newRow("prep-sheet for several people") << on({QStringLiteral("prep-sheet"), QStringLiteral("--contact"),
            QStringLiteral("an"), QStringLiteral("-o"), path(QStringLiteral("p.html"))})
                                                       << QStringLiteral("Anjali Mehta");
        QTest::newRow("prep-sheet to an unwritable HTML path")
            << on({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Samir Haddad"),
                   QStringLiteral("-o"), unwritable + QStringLiteral(".html")})
            << QStringLiteral("cannot write");
        QTest::newRow("prep-sheet to an unwritable PDF path")
            << on({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Samir Haddad"),
                   QStringLiteral("-o"), unwritable + QStringLiteral(".pdf")})
            << QStringLiteral("out.pdf");
    }

    void everyErrorLineSaysRapport()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Result r = run(arguments);
        QVERIFY2(r.status == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.status).arg(r.err)));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("rapport: ")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"
