// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Rapport {

class MainWindow;

// A new language takes a restart: the windows build their texts once, with tr(), and would need
// every widget to handle QEvent::LanguageChange to follow it. So Rapport offers to start again,
// on the same network, after closing the window the usual way.
namespace LanguageRestart {

// After View ▸ Language stored a new choice: unless the language in effect already is the one
// chosen, asks whether to restart now, and on yes restarts.
void offer(MainWindow* window);

// Closes the window through its normal close path (edits committed, layout saved), starts
// Rapport again with the same arguments on the network now open, and quits. When the window
// stays open or the new Rapport does not start, this one carries on.
void restart(MainWindow* window);

// The next run's arguments (without the program): the original ones, on the network now open
// (--demo for a demo copy, which goes away with this run), without the files given to import
// (one import is enough).
QStringList arguments(const QStringList& original, const QString& network, bool demo);

// How the new Rapport starts: QProcess::startDetached unless a test replaced it, so that no
// process is spawned. An empty function restores the default.
using Starter = std::function<bool(const QString& program, const QStringList& arguments)>;
void setStarter(Starter starter);

} // namespace LanguageRestart

} // namespace Rapport
