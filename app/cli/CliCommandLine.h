// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Rapport {

// The `rapport` commands (DESIGN.md's contract). They share core with the GUI and need no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::CommandLine)

public:
    struct GuiOptions {
        QString database; // empty: the last or default network
        bool demo = false;
        QStringList importFiles; // CSV or vCard files given to the window: each opens the import wizard
    };

    // True when the arguments ask for a command, --help or --version rather than the window.
    static bool isCommand(const QStringList& arguments);
    // True for an existing CSV or vCard file, which the window imports rather than a command.
    static bool isImportableFile(const QString& argument);
    // True for a command that draws (graph, prep-sheet): it needs fonts, so a windowless GUI application.
    static bool drawsPictures(const QStringList& arguments);
    // Runs a command; returns the process exit status (0 success, 1 failure).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // The window's options; returns false with *error set on bad arguments.
    static bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, QString* error);
    // Why the window cannot open when there is no display.
    static QString noDisplayMessage();
};

} // namespace Rapport
