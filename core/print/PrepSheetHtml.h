// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The pieces of HTML every part of a prep sheet is made of, so that the sections written in
// different files look alike. Arguments named escaped... are HTML already; the others are escaped.
namespace Rapport::PrepSheetHtml {

inline QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

inline QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size:11pt; margin-top:5px; margin-bottom:1px;\">%1</h2>").arg(esc(text));
}

// A heading within a section ("Referrals given"): kept with what follows it like any heading.
inline QString subheading(const QString& text)
{
    return QStringLiteral("<h3 style=\"font-size:9pt; margin-top:4px; margin-bottom:1px;\">%1</h3>").arg(esc(text));
}

inline QString paragraph(const QString& escapedHtml)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:2px;\">%1</p>").arg(escapedHtml);
}

inline QString checkItem(const QString& escapedText)
{
    return QStringLiteral("<tr><td width=\"16\" style=\"font-size:10pt;\">☐</td><td>%1</td></tr>").arg(escapedText);
}

} // namespace Rapport::PrepSheetHtml
