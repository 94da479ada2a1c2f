// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QPalette>

// View ▸ Theme: the platform's look (System), or Fusion with a light or a dark palette tuned for
// contrast: text on its background at least 7:1, disabled text at least 4.5:1. Views that paint
// their own colours (the graph, the Today list, the prep sheet preview) read them from the palette.
namespace Rapport::Themes {

enum class Theme { System, Light, Dark };

// The theme remembered in the settings (System until one is chosen).
Theme chosen();
void setChosen(Theme theme);
// Applies a theme to the whole application at once. The first call remembers the platform's
// style, so System can bring it back later.
void apply(Theme theme);

QPalette lightPalette();
QPalette darkPalette();
// WCAG's contrast ratio between two colours, from 1 to 21 (body text wants 4.5, AAA 7).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace Rapport::Themes
