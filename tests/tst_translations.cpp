// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rapport in French (and Spanish and German): the shipped translation loads, the window and the command line speak it,
// dates follow the language, a new choice offers a restart, and a CSV or vCard file given to the program opens the
// window rather than a command.
#include "CliCommandLine.h"
#include "DisplayFormat.h"
#include "LanguageRestart.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PresetLabels.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
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
        QCOMPARE(Translations::current().words.language(), QLocale::French);
        QCOMPARE(Translations::current().formats.language(), QLocale::French);
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
            QStringLiteral("À qui d'autre devrais-je parler\u00A0? Puis-je mentionner votre nom\u00A0?"));

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
        QCOMPARE(PresetLabels::stored(QStringLiteral("Portable")), QStringLiteral("mobile"));
        QCOMPARE(PresetLabels::stored(QStringLiteral("labo")), QStringLiteral("labo")); // the user's own label
        // Dates follow the locale too.
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(QLocale().toString(QDate(2026, 3, 10), QLocale::LongFormat).contains(QStringLiteral("mars")));
    }

    // French puts a no-break space before ? ! ; and : (the trial found "Mentionner son nom?").
    void frenchSpacesItsDoublePunctuation()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/rapport_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        static const QRegularExpression translation(QStringLiteral("<(translation|numerusform)[^>]*>(.*?)</\\1>"),
            QRegularExpression::DotMatchesEverythingOption);
        // A letter, digit or closing bracket right before ? or ! (entities such as &apos; end in a
        // letter before their own ";", so only ? and ! are looked at).
        static const QRegularExpression tight(QStringLiteral("[\\p{L}\\d)»][?!](\\s|$|<|&quot;|\\))"));
        QStringList found;
        for (auto it = translation.globalMatch(ts); it.hasNext();) {
            const QString text = it.next().captured(2);
            if (tight.match(text).hasMatch())
                found.append(text.left(120));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
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

    void formatsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("system"); // the locale the system writes dates in
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("formats");
        const QStringList english {QStringLiteral("en-US")};
        QTest::newRow("LANGUAGE=fr, English dates")
            << QString() << QStringList {QStringLiteral("fr"), QStringLiteral("en-US")} << QStringLiteral("en_US")
            << QStringLiteral("fr") << QStringLiteral("fr_FR");
        QTest::newRow("LANGUAGE=fr, C") << QString() << QStringList {QStringLiteral("fr")} << QStringLiteral("C")
                                        << QStringLiteral("fr") << QStringLiteral("fr_FR");
        QTest::newRow("LANGUAGE=fr_CA, English dates")
            << QString() << QStringList {QStringLiteral("fr-CA")} << QStringLiteral("en_US") << QStringLiteral("fr")
            << QStringLiteral("fr_CA");
        QTest::newRow("French Canada") << QString() << QStringList {QStringLiteral("fr-CA")} << QStringLiteral("fr_CA")
                                       << QStringLiteral("fr") << QStringLiteral("fr_CA");
        QTest::newRow("Français chosen in Canada") << QStringLiteral("fr") << english << QStringLiteral("fr_CA")
                                                   << QStringLiteral("fr") << QStringLiteral("fr_CA");
        QTest::newRow("Français chosen in the US") << QStringLiteral("fr") << english << QStringLiteral("en_US")
                                                   << QStringLiteral("fr") << QStringLiteral("fr_FR");
        QTest::newRow("English chosen in France")
            << QStringLiteral("en") << QStringList {QStringLiteral("fr-FR")} << QStringLiteral("fr_FR")
            << QStringLiteral("en") << QStringLiteral("en_US");
        QTest::newRow("British English") << QString() << QStringList {QStringLiteral("en-GB")}
                                         << QStringLiteral("en_GB") << QStringLiteral("en") << QStringLiteral("en_GB");
        QTest::newRow("the first language Rapport speaks")
            << QString() << QStringList {QStringLiteral("it"), QStringLiteral("de")} << QStringLiteral("it_IT")
            << QStringLiteral("de") << QStringLiteral("de_DE");
        QTest::newRow("none Rapport speaks: all the system's")
            << QString() << QStringList {QStringLiteral("it-IT")} << QStringLiteral("it_IT") << QStringLiteral("it")
            << QStringLiteral("it_IT");
    }

    void formatsFollowTheLanguage()
    {
        QFETCH(QString, chosen);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, system);
        QFETCH(QString, words);
        QFETCH(QString, formats);
        const Translations::Language language
            = Translations::resolve(chosen, uiLanguages, QLocale(system), QLocale(system));
        QCOMPARE(QLocale::languageToCode(language.words.language()), words);
        QCOMPARE(language.formats.name(), formats);
    }

    void displayedDatesFollowTheLanguage()
    {
        const QDateTime when(QDate(2026, 12, 7), QTime(13, 5));
        // Nothing chosen: LANGUAGE=fr asks for French, so the dates are French too.
        QVERIFY(Translations::chosenLanguage().isEmpty());
        QVERIFY(Translations::install(*qApp, Translations::current()));
        QCOMPARE(QLocale().name(), QStringLiteral("fr_FR"));
        QCOMPARE(DisplayFormat::shortDate(when.date()), QStringLiteral("07/12/2026"));
        QCOMPARE(DisplayFormat::shortDateTime(when), QStringLiteral("07/12/2026 13:05"));
        QCOMPARE(QLocale().toString(when.date(), QStringLiteral("d MMM yyyy")), QStringLiteral("7 déc. 2026"));

        // English chosen in View ▸ Language: English dates.
        Translations::setChosenLanguage(QStringLiteral("en"));
        QVERIFY(Translations::install(*qApp, Translations::current()));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(DisplayFormat::shortDate(when.date()), QStringLiteral("12/7/26"));
        QVERIFY2(DisplayFormat::shortDateTime(when).startsWith(QStringLiteral("12/7/26 1:05")),
            qPrintable(DisplayFormat::shortDateTime(when)));

        Translations::setChosenLanguage(QStringLiteral("fr"));
        QVERIFY(Translations::install(*qApp, Translations::current()));
        QCOMPARE(DisplayFormat::shortDate(when.date()), QStringLiteral("07/12/2026"));
        Translations::setChosenLanguage(QString());
    }

    void aNewLanguageOffersARestart()
    {
        QTemporaryDir dir;
        const QString network = dir.filePath(QStringLiteral("language.rapport"));
        QList<QStringList> started;
        LanguageRestart::setStarter([&started](const QString& program, const QStringList& arguments) {
            started.append(QStringList {program} + arguments);
            return true;
        });
        QVERIFY(Translations::install(*qApp, Translations::current())); // French, from LANGUAGE
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openNetwork(network));
        const auto choose = [&window](const char* name) {
            QAction* action = window.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY(action);
            action->trigger();
        };

        // Later: the choice is saved for the next start, and nothing else happens.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        choose("language_de");
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("de"));
        QVERIFY2(
            MessageBoxes::lastMessage().contains(QStringLiteral("Deutsch")), qPrintable(MessageBoxes::lastMessage()));
        QVERIFY(started.isEmpty());
        QVERIFY(window.isVisible());
        QCOMPARE(QLocale().language(), QLocale::French); // this run keeps its language

        // The language already in effect asks nothing: the queued Yes is still there afterwards.
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        choose("language_system");
        QVERIFY(Translations::chosenLanguage().isEmpty());
        QVERIFY(started.isEmpty());
        QVERIFY(window.isVisible());

        // Restart Now (the Yes still queued): the window closes the usual way, and Rapport starts
        // again on the same network.
        QSettings().remove(QStringLiteral("MainWindow/geometry"));
        choose("language_es");
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("es"));
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("Español")));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first(), QCoreApplication::applicationFilePath());
        const QStringList arguments = started.first().mid(1);
        QVERIFY2(arguments.indexOf(QStringLiteral("--database")) >= 0
                && arguments.value(arguments.indexOf(QStringLiteral("--database")) + 1) == window.session()->path(),
            qPrintable(arguments.join(u' ')));
        QVERIFY(!window.isVisible());
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry"))); // saved by the close

        // When the new Rapport cannot start, this one carries on and says so.
        LanguageRestart::setStarter([](const QString&, const QStringList&) { return false; });
        window.show();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        choose("language_de");
        QVERIFY(window.isVisible());
        // In whatever language the window speaks now.
        QCOMPARE(MessageBoxes::lastMessage(),
            QCoreApplication::translate(
                "Rapport::MainWindow", "Rapport could not start again. Start it yourself to use the new language."));

        LanguageRestart::setStarter({});
        Translations::setChosenLanguage(QString());
    }

    void aRestartOnTheDemoSaysItsChangesAreNotKept()
    {
        LanguageRestart::setStarter([](const QString&, const QStringList&) { return true; });
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemoNetwork());
        QVERIFY(window.showsDemo());
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QAction* spanish = window.findChild<QAction*>(QStringLiteral("language_es"));
        QVERIFY(spanish);
        spanish->trigger();
        // The demo's own question, in the window's language, naming the language chosen.
        const QString asked = QCoreApplication::translate("Rapport::MainWindow",
            "Rapport will use %1 after a restart. The demo network then starts afresh, without your "
            "changes to it. Restart now?");
        const QString message = MessageBoxes::lastMessage();
        QVERIFY2(message.startsWith(asked.section(QStringLiteral("%1"), 0, 0))
                && message.endsWith(asked.section(QStringLiteral("%1"), 1))
                && message.contains(QStringLiteral("Español")),
            qPrintable(message));
        QVERIFY(window.isVisible()); // Later: nothing restarted
        LanguageRestart::setStarter({});
        Translations::setChosenLanguage(QString());
    }

    void theRestartKeepsTheArgumentsOnTheNetworkNowOpen()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("Connections.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name\nAda,Lovelace\n");
        file.close();
        const QString old = dir.filePath(QStringLiteral("old.rapport"));
        const QString now = dir.filePath(QStringLiteral("now.rapport"));
        const QString rapport = QStringLiteral("rapport");
        // The file given to import was imported once; the network is the one open now.
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("--database"), old, csv}, now, false),
            (QStringList {QStringLiteral("--database"), now}));
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("-d"), old}, now, false),
            (QStringList {QStringLiteral("--database"), now}));
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("--database=") + old}, now, false),
            (QStringList {QStringLiteral("--database"), now}));
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("-d") + old}, now, false),
            (QStringList {QStringLiteral("--database"), now}));
        // Qt's own options stay.
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("-display"), QStringLiteral(":1")}, now, false),
            (QStringList {QStringLiteral("--database"), now, QStringLiteral("-display"), QStringLiteral(":1")}));
        // A demo copy goes away with this run: the next one opens a fresh one.
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("--demo")}, old, true),
            (QStringList {QStringLiteral("--demo")}));
        QCOMPARE(LanguageRestart::arguments({rapport}, old, true), (QStringList {QStringLiteral("--demo")}));
        QCOMPARE(LanguageRestart::arguments({rapport, QStringLiteral("--demo")}, now, false),
            (QStringList {QStringLiteral("--database"), now}));
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

int main(int argc, char** argv)
{
    // The case a new user met: a system that writes dates in English (LC_ALL) and a UI language
    // asked for with LANGUAGE. Qt reads both once, at start.
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANGUAGE", "fr:en");
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
