// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommandLine.h"
#include "ContactExporter.h"
#include "ContactLoader.h"
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "PrepSheet.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace Rapport;

class TestExport : public QObject
{
    Q_OBJECT

    static int run(QStringList arguments, QString* out = nullptr, QString* err = nullptr)
    {
        arguments.prepend(QStringLiteral("rapport"));
        QString o, e;
        QTextStream outStream(&o), errStream(&e);
        const int status = CommandLine::run(arguments, outStream, errStream);
        if (out)
            *out = o;
        if (err)
            *err = e;
        return status;
    }

private slots:
    void neutralizesFormulaCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+1 617 555 0101") << QStringLiteral("'+1 617 555 0101");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("Meridian") << QStringLiteral("Meridian");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void neutralizesFormulaCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(ContactExporter::neutralized(cell), expected);
    }

    void csvIsGoogleShapedWithBom()
    {
        Contact c = Test::sampleContact(
            QStringLiteral("Zoë"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Beacon, \"Science\" Journal"));
        c.emails = {{QStringLiteral("work"), QStringLiteral("zoe@example.org")},
            {QStringLiteral("home"), QStringLiteral("z@example.net")}};
        c.tags = {QStringLiteral("writing"), QStringLiteral("mentor")};
        c.notes = QStringLiteral("Line one\nLine two");
        const QByteArray csv = ContactExporter::toCsv({c});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QVERIFY(lines.first().startsWith(QStringLiteral("First Name,Last Name,Organization Name,Organization Title,")));
        QVERIFY(lines.first().contains(QStringLiteral("E-mail 2 - Value")));
        QVERIFY(text.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
        QVERIFY(text.contains(QStringLiteral("\"Beacon, \"\"Science\"\" Journal\"")));
        QVERIFY(text.contains(QStringLiteral("writing ::: mentor")));
        QVERIFY(text.contains(QStringLiteral("\"Line one\nLine two\"")));
    }

    void vcardAndCsvExportsImportBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("vcard 4") << QStringLiteral("vcard") << QStringList();
        QTest::newRow("vcard 3") << QStringLiteral("vcard")
                                 << QStringList {QStringLiteral("--vcard-version"), QStringLiteral("3")};
        QTest::newRow("csv") << QStringLiteral("csv") << QStringList();
    }

    void vcardAndCsvExportsImportBack()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.rapport"));
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("demo")}), 0);
        const QString file
            = dir.filePath(format == QLatin1String("csv") ? QStringLiteral("out.csv") : QStringLiteral("out.vcf"));
        QString err;
        QCOMPARE(run(QStringList {QStringLiteral("--database"), demo, QStringLiteral("export"),
                         QStringLiteral("--format"), format, QStringLiteral("-o"), file}
                         + extra,
                     nullptr, &err),
            0);
        const QString copy = dir.filePath(QStringLiteral("copy.rapport"));
        QString out;
        QVERIFY2(run({QStringLiteral("--database"), copy, QStringLiteral("import"), file}, &out, &err) == 0,
            qPrintable(err));

        Database original, imported;
        QVERIFY(original.open(demo));
        QVERIFY(imported.open(copy));
        const QList<Contact> before = ContactLoader::load(original.connection());
        const QList<Contact> after = ContactLoader::load(imported.connection());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].firstName, before[i].firstName);
            QCOMPARE(after[i].lastName, before[i].lastName);
            QCOMPARE(after[i].organization, before[i].organization);
            QCOMPARE(after[i].title, before[i].title);
            QCOMPARE(after[i].linkedinUrl, before[i].linkedinUrl);
            QCOMPARE(after[i].tags, before[i].tags);
            QCOMPARE(after[i].emails.size(), before[i].emails.size());
            // CSV phone cells ("+1 617…") carry the formula guard ('+1 617…), which import takes off.
            QCOMPARE(after[i].phones, before[i].phones);
        }
        if (format == QLatin1String("vcard")) {
            // RELATED carries who referred whom; the import links them again.
            const QString referrals
                = QStringLiteral("SELECT count(*) FROM referral WHERE kind = 'referral' AND referrer_id IS NOT NULL");
            const int referralCount = SqlStatement::scalar(original.connection(), referrals).toInt();
            QVERIFY(referralCount > 20);
            QCOMPARE(SqlStatement::scalar(imported.connection(), referrals).toInt(), referralCount);
        }
    }

    void jsonBackupRestores()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.rapport"));
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("demo")}), 0);
        const QString backup = dir.filePath(QStringLiteral("backup.json"));
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("export"), QStringLiteral("-o"), backup}), 0);
        const QString restored = dir.filePath(QStringLiteral("restored.rapport"));
        QString out, err;
        QVERIFY2(run({QStringLiteral("--database"), restored, QStringLiteral("import"), backup}, &out, &err) == 0,
            qPrintable(err));
        QVERIFY(out.contains(QStringLiteral("Rapport JSON backup")));

        Database original, copy;
        QVERIFY(original.open(demo));
        QVERIFY(copy.open(restored));
        for (const char* sql : {"SELECT count(*) FROM contact", "SELECT count(*) FROM referral",
                 "SELECT count(*) FROM referral WHERE referrer_id IS NULL", "SELECT count(*) FROM interaction",
                 "SELECT count(*) FROM interaction WHERE status = 'done'", "SELECT count(*) FROM follow_up",
                 "SELECT count(*) FROM follow_up WHERE done_at IS NULL",
                 "SELECT count(*) FROM follow_up WHERE interaction_id IS NOT NULL",
                 "SELECT group_concat(uuid) FROM contact"}) {
            QCOMPARE(SqlStatement::scalar(copy.connection(), QString::fromLatin1(sql)),
                SqlStatement::scalar(original.connection(), QString::fromLatin1(sql)));
        }
        // Restoring the same backup again adds nothing.
        copy.close();
        QCOMPARE(run({QStringLiteral("--database"), restored, QStringLiteral("import"), backup}, &out, &err), 0);
        QVERIFY(copy.open(restored));
        QCOMPARE(SqlStatement::scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM interaction")),
            SqlStatement::scalar(original.connection(), QStringLiteral("SELECT count(*) FROM interaction")));
        QVERIFY(out.contains(QStringLiteral("Created 0")));
    }

    void everyScriptSurvivesEveryRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("json") << QStringLiteral("json") << QStringList();
        QTest::newRow("vcard 4") << QStringLiteral("vcard") << QStringList();
        QTest::newRow("vcard 3") << QStringLiteral("vcard")
                                 << QStringList {QStringLiteral("--vcard-version"), QStringLiteral("3")};
        QTest::newRow("csv") << QStringLiteral("csv") << QStringList();
    }

    void everyScriptSurvivesEveryRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        // Names and notes in many scripts: composed and decomposed accents (combining marks),
        // right-to-left Arabic and Hebrew, CJK, Devanagari and Thai (marks that combine into
        // clusters), Greek, Cyrillic, emoji with skin tones and zero-width joiners, and
        // direction marks inside text.
        const QList<QStringList> people = {
            {QStringLiteral("Zoë"), QStringLiteral("Nguyễn")},
            {QStringLiteral("Zoe\u0308"), QStringLiteral("Nguye\u0302\u0303n")},
            {QStringLiteral("محمد"), QStringLiteral("الفارسي")},
            {QStringLiteral("שרה"), QStringLiteral("כהן")},
            {QStringLiteral("王"), QStringLiteral("芳")},
            {QStringLiteral("प्रिया"), QStringLiteral("शर्मा")},
            {QStringLiteral("สมชาย"), QStringLiteral("ใจดี")},
            {QStringLiteral("Αθηνά"), QStringLiteral("Παπαδοπούλου")},
            {QStringLiteral("Ольга"), QStringLiteral("Иванова")},
            {QStringLiteral("👩🏽‍🔬 Ada"), QStringLiteral("Lovelace 🧮")},
            {QStringLiteral("Ana"), QStringLiteral("O'Brien-López")},
        };
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.rapport"));
        QList<Contact> before;
        {
            Database database;
            QVERIFY(database.open(source));
            ContactStore store(database);
            for (const QStringList& name : people) {
                Contact c = Test::sampleContact(name.at(0), name.at(1), QStringLiteral("Institut ") + name.at(1));
                c.title = QStringLiteral("Chercheuse \u200f") + name.at(0) + QStringLiteral("\u200e – ✓");
                c.notes = name.at(0)
                    + QStringLiteral(" — first line ✓\nمرحبا بالعالم 👋\nשלום, \u202bembedded\u202c\nZe\u0301phyr ")
                    + name.at(1);
                c.tags = {QStringLiteral("émigré"), QStringLiteral("研究"), name.at(1)};
                QVERIFY(store.addContact(c));
            }
            before = ContactLoader::load(database.connection());
        }
        const QString file = dir.filePath(
            QStringLiteral("out.") + (format == QLatin1String("vcard") ? QStringLiteral("vcf") : format));
        QString err;
        QVERIFY2(run(QStringList {QStringLiteral("--database"), source, QStringLiteral("export"),
                         QStringLiteral("--format"), format, QStringLiteral("-o"), file}
                         + extra,
                     nullptr, &err)
                == 0,
            qPrintable(err));
        const QString copy = dir.filePath(QStringLiteral("copy.rapport"));
        QVERIFY2(run({QStringLiteral("--database"), copy, QStringLiteral("import"), file}, nullptr, &err) == 0,
            qPrintable(err));
        Database imported;
        QVERIFY(imported.open(copy));
        const QList<Contact> after = ContactLoader::load(imported.connection());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].firstName, before[i].firstName);
            QCOMPARE(after[i].lastName, before[i].lastName);
            QCOMPARE(after[i].organization, before[i].organization);
            QCOMPARE(after[i].title, before[i].title);
            QCOMPARE(after[i].notes, before[i].notes);
            QCOMPARE(after[i].tags, before[i].tags);
        }
        if (format != QLatin1String("json"))
            return;
        // And the prep sheet shows each of them exactly as typed.
        for (const Contact& c : after) {
            SafeTextDocument document;
            document.setHtml(PrepSheet::html(PrepSheet::gather(imported.connection(), c.id, 0)));
            const QString text = document.toPlainText();
            for (const QString& field :
                {c.firstName + QLatin1Char(' ') + c.lastName, c.organization, c.notes.section(QLatin1Char('\n'), 1, 1)})
                QVERIFY2(text.contains(field), qPrintable(field));
        }
    }

    void brokenJsonIsRefusedWithItsLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"contacts\": [\n    {\"id\": 1,\n  ]\n}\n");
        f.close();
        QString err;
        QCOMPARE(run({QStringLiteral("--database"), dir.filePath(QStringLiteral("n.rapport")), QStringLiteral("import"),
                         file},
                     nullptr, &err),
            1);
        QVERIFY2(err.startsWith(file + QStringLiteral(":4: not valid JSON")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("n.rapport"))));
    }

    void exportRefusesUnknownFormatAndStrayOptions()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.rapport"));
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("demo")}), 0);
        QString err;
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--vcard-version"), QStringLiteral("3")},
                     nullptr, &err),
            1);
        QVERIFY(err.contains(QStringLiteral("--vcard-version")));
        QCOMPARE(run({QStringLiteral("--database"), demo, QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("vcard"), QStringLiteral("--vcard-version"), QStringLiteral("2.1")},
                     nullptr, &err),
            1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
