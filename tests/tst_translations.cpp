// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rapport in French (and Spanish and German): the shipped translation loads, the window and the command line speak it,
// and a CSV or vCard file given to the program opens the window rather than a command.
#include "CliCommandLine.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PresetLabels.h"
#include "Translations.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
        MessageBoxes::setTestMode(true);
    }

    void frenchIsShippedAndChosenLanguageIsRemembered()
    {
        QVERIFY(Translations::shipped().contains(QStringLiteral("fr")));
        QVERIFY(Translations::chosenLanguage().isEmpty()); // the system's by default
        Translations::setChosenLanguage(QStringLiteral("fr"));
        QCOMPARE(Translations::locale().language(), QLocale::French);
        Translations::setChosenLanguage(QString());
        QVERIFY(Translations::chosenLanguage().isEmpty());
    }

    void theWindowAndTheCommandLineSpeakFrench()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::French, QLocale::Canada)));
        QCOMPARE(QCoreApplication::translate("Rapport::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(QCoreApplication::translate("Rapport::Stage", "Keep warm"), QStringLiteral("Garder le contact"));
        QCOMPARE(
            QCoreApplication::translate("Rapport::QuestionBank", "Who else should I talk to? May I mention your name?"),
            QStringLiteral("À qui d'autre devrais-je parler? Puis-je mentionner votre nom?"));

        MainWindow window;
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Fichier"));

        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(CommandLine::run({QStringLiteral("rapport"), QStringLiteral("--help")}, outStream, errStream), 0);
        QVERIFY(out.contains(QStringLiteral("Afficher cette aide et quitter.")));
        QVERIFY(out.contains(QStringLiteral("entrevues d'information")));
        // Stored labels stay English keys, shown and typed in French.
        QCOMPARE(PresetLabels::shown(QStringLiteral("work")), QStringLiteral("travail"));
        QCOMPARE(PresetLabels::shown(QStringLiteral("colleague")), QStringLiteral("collègue"));
        QCOMPARE(PresetLabels::stored(QStringLiteral("Cellulaire")), QStringLiteral("mobile"));
        QCOMPARE(PresetLabels::stored(QStringLiteral("labo")), QStringLiteral("labo")); // the user's own label
        // Dates follow the locale too.
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(QLocale().toString(QDate(2026, 3, 10), QLocale::LongFormat).contains(QStringLiteral("mars")));
    }

    void spanishAndGermanAreShippedToo_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("keepWarm");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Mexico) << QStringLiteral("&Archivo")
                            << QStringLiteral("Mantener el contacto");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral("&Datei")
                            << QStringLiteral("Kontakt pflegen");
    }

    void spanishAndGermanAreShippedToo()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, file);
        QFETCH(QString, keepWarm);
        QVERIFY(Translations::shipped().contains(QLocale::languageToCode(locale.language())));
        QVERIFY(Translations::install(*qApp, locale)); // a regional variant finds the language's file
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), file);
        QCOMPARE(QCoreApplication::translate("Rapport::Stage", "Keep warm"), keepWarm);
    }

    void aContactsFileOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("Connections.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name\nAda,Lovelace\n");
        file.close();
        QVERIFY(!CommandLine::isCommand({QStringLiteral("rapport"), csv}));
        QVERIFY(CommandLine::isCommand({QStringLiteral("rapport"), QStringLiteral("list")}));
        QVERIFY(CommandLine::isCommand({QStringLiteral("rapport"), dir.filePath(QStringLiteral("missing.csv"))}));
        CommandLine::GuiOptions options;
        QString error;
        QVERIFY(CommandLine::parseGuiOptions({QStringLiteral("rapport"), csv}, &options, &error));
        QCOMPARE(options.importFiles, QStringList {csv});
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
