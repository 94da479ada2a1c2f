// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphStyle.h"

namespace Rapport {

namespace {

// A hue per stage, in the order of the loop: grey before any contact, cool while reaching
// out, green once met, warm for keeping in touch.
int stageHue(Stage stage)
{
    switch (stage) {
    case Stage::ToContact:
        return -1; // grey
    case Stage::ReachedOut:
        return 210;
    case Stage::Replied:
        return 235;
    case Stage::Scheduled:
        return 265;
    case Stage::Met:
        return 135;
    case Stage::FollowingUp:
        return 175;
    case Stage::KeepWarm:
        return 38;
    case Stage::NotPursuing:
        return 0;
    }
    return -1;
}

} // namespace

GraphStyle::GraphStyle(const QPalette& palette, const QFont& font)
    : m_palette(palette)
    , m_font(font)
    , m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{ }

QColor GraphStyle::mutedText() const
{
    QColor c = text();
    c.setAlphaF(0.72f);
    return c;
}

QColor GraphStyle::stageFill(Stage stage) const
{
    const int hue = stageHue(stage);
    const int saturation = hue < 0 ? 0 : (stage == Stage::NotPursuing ? 40 : 140);
    return QColor::fromHsl(qMax(hue, 0), saturation, m_dark ? 62 : 232);
}

QColor GraphStyle::stageBorder(Stage stage) const
{
    const int hue = stageHue(stage);
    const int saturation = hue < 0 ? 0 : (stage == Stage::NotPursuing ? 60 : 150);
    return QColor::fromHsl(qMax(hue, 0), saturation, m_dark ? 170 : 95);
}

QColor GraphStyle::highlight() const
{
    return m_dark ? QColor::fromHsl(30, 255, 150) : QColor::fromHsl(20, 230, 110);
}

QColor GraphStyle::referralLine() const
{
    QColor c = text();
    c.setAlphaF(m_dark ? 0.6f : 0.55f);
    return c;
}

QColor GraphStyle::knowsLine() const
{
    return m_dark ? QColor::fromHsl(190, 120, 150) : QColor::fromHsl(190, 150, 90);
}

QColor GraphStyle::directLine() const
{
    QColor c = text();
    c.setAlphaF(0.25f);
    return c;
}

QFont GraphStyle::nameFont() const
{
    QFont f = m_font;
    f.setBold(true);
    return f;
}

QFont GraphStyle::detailFont() const
{
    QFont f = m_font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}

} // namespace Rapport
