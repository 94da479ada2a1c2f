#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// `rapport prep-sheet` (CliPrepSheetCommand.cpp).
namespace Rapport::Cli {

int runPrepSheet(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace Rapport::Cli
