// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Rapport {

// Markdown for the parts of a line that are not plain text, written so that Qt 6.4's reader
// gives back exactly what was meant.
class MarkdownEscapes
{
public:
    // A code span of this text.
    static QString codeSpan(const QString& content);
    // The destination of a link to this address.
    static QString linkDestination(const QString& href);
};

} // namespace Rapport
