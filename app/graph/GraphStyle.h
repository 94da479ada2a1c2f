// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Stage.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace Rapport {

// The graph's colours and fonts, derived from the palette so light and dark themes both read
// well. Stage is never shown by colour alone: tooltips and the legend name it too.
class GraphStyle
{
public:
    explicit GraphStyle(const QPalette& palette = QPalette(), const QFont& font = QFont());

    bool isDark() const { return m_dark; }
    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor stageFill(Stage stage) const;
    QColor stageBorder(Stage stage) const;
    QColor meFill() const { return m_palette.color(QPalette::Highlight); }
    QColor meText() const { return m_palette.color(QPalette::HighlightedText); }
    QColor highlight() const;
    QColor referralLine() const;
    QColor knowsLine() const;
    QColor directLine() const;
    QFont nameFont() const;
    QFont detailFont() const;

private:
    QPalette m_palette;
    QFont m_font;
    bool m_dark;
};

} // namespace Rapport
