// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QTemporaryFile>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Rapport::Test {

// Saves a picture of a widget when RAPPORT_SCREENSHOT_DIR is set, so a person can look at
// what a GUI test drove (README screenshots come from here too). Does nothing otherwise.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

// Gives the offscreen platform one screen of `size` (its own is 800×600), so windows size
// themselves for the screen a test stands for. Call from a test's static initMain(), before the
// application exists; does nothing on another platform.
inline void useOffscreenScreen(QSize size)
{
    if (qgetenv("QT_QPA_PLATFORM") != "offscreen")
        return;
    static QTemporaryFile config(QDir::tempPath() + QStringLiteral("/rapport-test-screen-XXXXXX.json"));
    if (!config.open())
        qFatal("cannot write the offscreen screen's configuration");
    config.write(QStringLiteral(R"({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": %1, "height": %2}]})")
                     .arg(size.width())
                     .arg(size.height())
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
}

// A complete dark palette, as a desktop in dark mode hands it to Qt.
inline QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::BrightText, Qt::white);
    return dark;
}

// WCAG's contrast ratio between two colours (1 to 21; body text wants 4.5 or more).
inline double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Rapport::Test
