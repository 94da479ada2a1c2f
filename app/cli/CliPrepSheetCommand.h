// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// `rapport prep-sheet` (CliPrepSheetCommand.cpp).
namespace Rapport::Cli {

int runPrepSheet(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace Rapport::Cli
