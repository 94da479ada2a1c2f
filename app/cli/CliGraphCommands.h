// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// `rapport graph` and `rapport path` (CliGraphCommands.cpp).
namespace Rapport::Cli {

int runGraph(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
int runPath(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace Rapport::Cli
