// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliCommandLine.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "Themes.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace {

// Names (for QSettings and paths), then the language: commands and their --help speak it too.
void describeApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    Rapport::Translations::install(app, Rapport::Translations::current());
}

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace Rapport;
    const QStringList arguments = rawArguments(argc, argv);
    // Drawing needs fonts but never a display: the offscreen platform, unless one was chosen.
    if (CommandLine::drawsPictures(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(app.arguments(), out, err);
    }
    // Other commands never touch a display, so they run under QCoreApplication.
    if (CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(app.arguments(), out, err);
    }

    // No display to open the window on (a terminal over ssh, a script): say so, and still report
    // a mistyped option as one, rather than let the platform plugin abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        CommandLine::GuiOptions options;
        QString error;
        if (CommandLine::parseGuiOptions(app.arguments(), &options, &error))
            error = CommandLine::noDisplayMessage();
        QTextStream(stderr) << QStringLiteral("rapport: ") << error << Qt::endl;
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rapportapp.Rapport"));

    CommandLine::GuiOptions options;
    QString error;
    if (!CommandLine::parseGuiOptions(app.arguments(), &options, &error)) {
        QTextStream(stderr) << QStringLiteral("rapport: ") << error << Qt::endl;
        return 1;
    }

    // The theme chosen in View ▸ Theme, before the first window shows; System leaves the platform's look alone.
    if (const Themes::Theme theme = Themes::chosen(); theme != Themes::Theme::System)
        Themes::apply(theme);

    MainWindow window;
    window.show();
    if (options.demo) {
        if (!window.openDemoNetwork())
            return 1;
    } else if (!options.database.isEmpty()) {
        window.openNetwork(options.database); // on failure the window explains and offers other networks
    } else {
        const QString last = QSettings().value(QStringLiteral("lastNetwork")).toString();
        const bool firstStart = last.isEmpty() && !QFileInfo::exists(Database::defaultPath());
        if (last.isEmpty() || !QFileInfo::exists(last) || !window.openNetwork(last))
            window.openNetwork(Database::defaultPath());
        if (firstStart)
            WelcomeDialog::offer(window.session(), &window); // My Profile, for the prep sheets and templates
    }
    for (const QString& file : std::as_const(options.importFiles))
        window.importFile(file); // "Open with Rapport" on a CSV or vCard file
    return app.exec();
}
