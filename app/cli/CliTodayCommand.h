// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace Rapport::Cli {

// `rapport today [--json]`: the Today page's sections, for a script to turn into a desktop
// notification or a daily e-mail.
int runToday(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace Rapport::Cli
