// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSize>

class QScreen;
class QWidget;

namespace Rapport::WindowFit {

// The screen a window opens on: its parent's (a dialog is centred on it), else its own.
QScreen* screenFor(const QWidget* window);

// The largest size, frame excluded, a window may take on that screen: the room the screen leaves
// less the frame's title bar and borders and a panel or dock the window system may not report.
QSize room(const QWidget* window);

// Resizes a window to `wanted`, but never past room(): a 1366×768 laptop, or 1920×1080 at 200%
// (960×540), keeps its buttons in sight and what the window shows scrolls instead.
void resizeWithin(QWidget* window, const QSize& wanted);

} // namespace Rapport::WindowFit
