// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LanguageRestart.h"

#include "CliCommandLine.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QProcess>

namespace Rapport::LanguageRestart {

namespace {
Starter g_starter;

bool start(const QString& program, const QStringList& arguments)
{
    if (g_starter)
        return g_starter(program, arguments);
    return QProcess::startDetached(program, arguments);
}

// The language's name as View ▸ Language shows it ("Français").
QString nameOf(const QLocale& words)
{
    const bool spoken = Translations::shipped().contains(QLocale::languageToCode(words.language()));
    QString name = (spoken ? words : QLocale(QLocale::English)).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
} // namespace

void offer(MainWindow* window)
{
    const Translations::Language next = Translations::current();
    const std::optional<Translations::Language> running = Translations::installed();
    if (running && running->words.language() == next.words.language() && running->formats == next.formats)
        return; // already in effect: nothing to restart for
    // The demo is a temporary copy, made afresh at each start: say so before a restart drops it.
    const QString question = window->showsDemo()
        ? MainWindow::tr("Rapport will use %1 after a restart. The demo network then starts afresh, "
                         "without your changes to it. Restart now?")
        : MainWindow::tr("Rapport will use %1 after a restart. Restart now?");
    const auto answer = MessageBoxes::question(window, MainWindow::tr("Language"), question.arg(nameOf(next.words)),
        {{QMessageBox::Yes, MainWindow::tr("&Restart Now")}, {QMessageBox::No, MainWindow::tr("&Later")}},
        QMessageBox::No); // Enter never closes the window by surprise
    if (answer == QMessageBox::Yes)
        restart(window);
}

void restart(MainWindow* window)
{
    const NetworkSession* session = window->session();
    const QStringList next
        = arguments(QCoreApplication::arguments(), session ? session->path() : QString(), window->showsDemo());
    if (!window->close())
        return;
    if (start(QCoreApplication::applicationFilePath(), next)) {
        QCoreApplication::quit();
        return;
    }
    window->show();
    MessageBoxes::warning(window, MainWindow::tr("Language"),
        MainWindow::tr("Rapport could not start again. Start it yourself to use the new language."));
}

QStringList arguments(const QStringList& original, const QString& network, bool demo)
{
    // The network given as "-dPATH" is found by parsing: Qt's own "-display" starts the same way.
    CommandLine::GuiOptions given;
    QString error;
    const QString attached = CommandLine::parseGuiOptions(original, &given, &error) && !given.database.isEmpty()
        ? QStringLiteral("-d") + given.database
        : QString();
    QStringList next;
    if (demo)
        next.append(QStringLiteral("--demo"));
    else if (!network.isEmpty())
        next += {QStringLiteral("--database"), network};
    for (qsizetype i = 1; i < original.size(); ++i) {
        const QString& argument = original.at(i);
        if (argument == QLatin1String("--database") || argument == QLatin1String("-d")) {
            ++i; // and its value: the network is the one now open
            continue;
        }
        if (argument.startsWith(QLatin1String("--database=")) || argument == QLatin1String("--demo")
            || (!attached.isEmpty() && argument == attached)
            || CommandLine::isImportableFile(argument)) // given to import: imported once is enough
            continue;
        next.append(argument);
    }
    return next;
}

void setStarter(Starter starter)
{
    g_starter = std::move(starter);
}

} // namespace Rapport::LanguageRestart
