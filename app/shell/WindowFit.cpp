// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Rapport::WindowFit {

namespace {
// Not known before the window is shown, and not part of its size: the usual title bar and borders.
const QSize kFrame(16, 40);
// A panel or dock: without a window manager (or with one that does not say) availableGeometry()
// is the whole screen, and a window as tall as that would still hide its buttons behind the panel.
constexpr int kPanel = 48;
} // namespace

QScreen* screenFor(const QWidget* window)
{
    if (const QWidget* parent = window->parentWidget())
        return parent->window()->screen();
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

QSize room(const QWidget* window)
{
    const QScreen* screen = screenFor(window);
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return screen->availableGeometry().size() - kFrame - QSize(kPanel, kPanel);
}

void resizeWithin(QWidget* window, const QSize& wanted)
{
    window->resize(wanted.boundedTo(room(window)));
}

} // namespace Rapport::WindowFit
