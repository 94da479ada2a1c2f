// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Themes.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace Rapport::Themes {

namespace {
const QString kThemeKey = QStringLiteral("theme");

// The platform's style as it was before any theme was applied.
QString& systemStyleName()
{
    static QString name;
    return name;
}

// Sets the colours every role shares across groups, then the disabled ones.
QPalette palette(const QColor& window, const QColor& base, const QColor& alternate, const QColor& text,
    const QColor& disabledText, const QColor& button, const QColor& highlight, const QColor& link,
    const QColor& visited, const QColor& placeholder)
{
    QPalette p(window);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, visited);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        p.setColor(group, QPalette::BrightText, Qt::white);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
} // namespace

Theme chosen()
{
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == QStringLiteral("light"))
        return Theme::Light;
    if (name == QStringLiteral("dark"))
        return Theme::Dark;
    return Theme::System;
}

void setChosen(Theme theme)
{
    switch (theme) {
    case Theme::System:
        QSettings().remove(kThemeKey);
        break;
    case Theme::Light:
        QSettings().setValue(kThemeKey, QStringLiteral("light"));
        break;
    case Theme::Dark:
        QSettings().setValue(kThemeKey, QStringLiteral("dark"));
        break;
    }
}

void apply(Theme theme)
{
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyleName()));
        // A default palette hands the colours back to the platform theme.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

QPalette lightPalette()
{
    // Near-black on near-white: 16:1; disabled grey 5:1 on the window; links and the selection
    // blue carry white or sit on white at more than 6:1.
    return palette(QColor(0xf3, 0xf3, 0xf3), Qt::white, QColor(0xf5, 0xf7, 0xfa), QColor(0x1a, 0x1a, 0x1a),
        QColor(0x66, 0x66, 0x66), QColor(0xe9, 0xe9, 0xe9), QColor(0x1a, 0x5f, 0xb4), QColor(0x0b, 0x57, 0xd0),
        QColor(0x6a, 0x2c, 0x9a), QColor(0x6b, 0x6b, 0x6b));
}

QPalette darkPalette()
{
    // Light grey on near-black: 14:1; disabled grey 5:1; links a light blue at 8:1.
    return palette(QColor(0x20, 0x20, 0x20), QColor(0x17, 0x17, 0x17), QColor(0x22, 0x24, 0x28),
        QColor(0xec, 0xec, 0xec), QColor(0x9a, 0x9a, 0x9a), QColor(0x2d, 0x2d, 0x2d), QColor(0x2f, 0x64, 0xb3),
        QColor(0x8a, 0xb4, 0xf8), QColor(0xc5, 0x8a, 0xf9), QColor(0x9a, 0x9a, 0x9a));
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Rapport::Themes
