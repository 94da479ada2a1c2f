// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rapport graph` and `rapport path`, run in-process on the demo network (and on small
// networks built for one question): exit status, output, and the files written.
#include "CliCommandLine.h"
#include "ContactStore.h"
#include "Database.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

class TestGraphCli : public QObject
{
    Q_OBJECT

    struct Result {
        int status = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_demo;
    int m_people = 0; // contacts in the demo network

    static Result run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("rapport"));
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = CommandLine::run(arguments, out, err);
        return result;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.rapport"));
        QCOMPARE(run({QStringLiteral("--database"), m_demo, QStringLiteral("demo")}).status, 0);
        Database database;
        QVERIFY(database.open(m_demo, Database::OpenMode::MustExist));
        m_people = ContactStore(database).count();
        QVERIFY(m_people > 0);
    }

    void graphWritesSvgAndPng()
    {
        const QString svg = m_dir.filePath(QStringLiteral("graph.svg"));
        const Result layered = run({QStringLiteral("-d"), m_demo, QStringLiteral("graph"), QStringLiteral("-o"), svg});
        QCOMPARE(layered.status, 0);
        QVERIFY2(layered.out.contains(QStringLiteral("%1 people").arg(m_people)), qPrintable(layered.out)); // everyone
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<?xml")));
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("Eleanor Maybrey"))); // labels are text, not pictures of text
        QVERIFY(text.contains(QStringLiteral("Lan Nguyễn")));
        // The picture carries its own key: stage names and what each kind of line means.
        for (const char* key : {"Keep warm", "Not pursuing", "know each other", "you reached them yourself"})
            QVERIFY2(text.contains(QLatin1String(key)), key);

        const QString png = m_dir.filePath(QStringLiteral("graph.png"));
        QCOMPARE(run({QStringLiteral("-d"), m_demo, QStringLiteral("graph"), QStringLiteral("--layout"),
                         QStringLiteral("force"), QStringLiteral("-o"), png})
                     .status,
            0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500 && image.height() > 500);
    }

    void graphRefusesBadRequests()
    {
        const Result noOutput = run({QStringLiteral("-d"), m_demo, QStringLiteral("graph")});
        QCOMPARE(noOutput.status, 1);
        QVERIFY(noOutput.err.contains(QStringLiteral("-o FILE.svg")));
        const Result pdf = run({QStringLiteral("-d"), m_demo, QStringLiteral("graph"), QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("graph.pdf"))});
        QCOMPARE(pdf.status, 1);
        const Result layout = run({QStringLiteral("-d"), m_demo, QStringLiteral("graph"), QStringLiteral("--layout"),
            QStringLiteral("neato"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("g.svg"))});
        QCOMPARE(layout.status, 1);
        QVERIFY(layout.err.contains(QStringLiteral("neato")));
        const Result missing = run({QStringLiteral("-d"), m_dir.filePath(QStringLiteral("nowhere.rapport")),
            QStringLiteral("graph"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("g.svg"))});
        QCOMPARE(missing.status, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.rapport"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("g.svg"))));
    }

    void pathPrintsOneLinkPerLine()
    {
        const Result result = run({QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to"),
            QStringLiteral("oluwaseun")});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Me → Aisha Bello: you reached Aisha Bello yourself")));
        QVERIFY(lines.at(1).startsWith(
            QStringLiteral("Aisha Bello → Ethan Brooks: Aisha Bello referred you to Ethan Brooks")));
        QCOMPARE(lines.at(2),
            QStringLiteral(
                "Ethan Brooks → Oluwaseun Adeyemi: Ethan Brooks and Oluwaseun Adeyemi know each other (colleague)"));

        const Result organisation = run({QStringLiteral("-d"), m_demo, QStringLiteral("path"),
            QStringLiteral("--to-org"), QStringLiteral("Verity Biopharma")});
        QCOMPARE(organisation.status, 0);
        QVERIFY(organisation.out.contains(QStringLiteral("Ethan Brooks"))
            || organisation.out.contains(QStringLiteral("Ji-woo Park")));
    }

    // At an organisation, the chain leads to someone the user has met rather than to the nearest
    // stranger: Mohammed Al-Farsi (to contact) is a contact of the user's own, one step away, but
    // Samir Haddad and Léa Fontaine have been met. Samir is nearer. A last line says why.
    void pathToAnOrganisationLeadsToSomeoneTheUserKnows()
    {
        const Result result = run({QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to-org"),
            QStringLiteral("Meridian")});
        QVERIFY2(result.status == 0, qPrintable(result.err));
        QVERIFY2(!result.out.contains(QStringLiteral("Mohammed")), qPrintable(result.out));
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Me → Eleanor Maybrey: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Eleanor Maybrey → Samir Haddad: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("You have met Samir Haddad (Following up, strength 3 of 5).")),
            qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("5 people at Meridian Therapeutics")), qPrintable(lines.at(2)));

        // A path to a person is unchanged: no reason line.
        const Result person = run(
            {QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("Mohammed")});
        QCOMPARE(person.status, 0);
        QCOMPARE(person.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            QStringList {QStringLiteral("Me → Mohammed Al-Farsi: Mohammed Al-Farsi is one of your contacts")});
    }

    void pathExplainsAmbiguityAndDeadEnds()
    {
        const Result ambiguous
            = run({QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("an")});
        QCOMPARE(ambiguous.status, 1);
        QVERIFY(ambiguous.out.isEmpty());
        QVERIFY(ambiguous.err.contains(QStringLiteral("ambiguous")));
        QVERIFY(ambiguous.err.contains(QStringLiteral("  Anjali Mehta (Halcyon Bio)")));
        QVERIFY(ambiguous.err.contains(QStringLiteral("  Tomás Herrera (Halcyon Bio)"))
            == false); // "an" is not in Tomás Herrera
        const Result nobody = run(
            {QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to"), QStringLiteral("Zebedee")});
        QCOMPARE(nobody.status, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("no contact is called \"Zebedee\"")));
        const Result orgs = run(
            {QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to-org"), QStringLiteral("bio")});
        QCOMPARE(orgs.status, 1);
        QVERIFY(orgs.err.contains(QStringLiteral("  Halcyon Bio")));
        const Result both = run({QStringLiteral("-d"), m_demo, QStringLiteral("path"), QStringLiteral("--to"),
            QStringLiteral("x"), QStringLiteral("--to-org"), QStringLiteral("y")});
        QCOMPARE(both.status, 1);

        // Two people who only refer each other: nobody the user knows leads there.
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        const qint64 a = contacts.addContact(Test::sampleContact(QStringLiteral("Island"), QStringLiteral("One")));
        const qint64 b = contacts.addContact(Test::sampleContact(QStringLiteral("Island"), QStringLiteral("Two")));
        ReferralStore links(net.database);
        Referral ab;
        ab.referrerId = a;
        ab.referredId = b;
        Referral ba;
        ba.referrerId = b;
        ba.referredId = a;
        QVERIFY(links.add(ab) && links.add(ba));
        const Result island = run({QStringLiteral("-d"), net.path(), QStringLiteral("path"), QStringLiteral("--to"),
            QStringLiteral("Island Two")});
        QCOMPARE(island.status, 1);
        QVERIFY(island.err.contains(QStringLiteral("no chain of introductions leads from you to Island Two")));
    }
};

QTEST_MAIN(TestGraphCli)
#include "tst_graphcli.moc"
