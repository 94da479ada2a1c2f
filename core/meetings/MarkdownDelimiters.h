// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <vector>

namespace Rapport {

// A piece of one line of inline Markdown, as the notes writer builds it.
struct MarkdownToken {
    enum Kind { Text, Open, Close } kind = Text;
    QString text;
    char16_t delimiter = 0; // '*' or '~' for Open and Close
    size_t boundary = 0; // for Open: the character of the text it opens before
};

// Emphasis and strike-through delimiters placed so that Qt 6.4's reader (md4c 0.4.8) pairs
// them as meant, by its rules and by CommonMark's: which run may open or close depends on the
// characters beside it, and a separator (an empty HTML comment, shown as nothing) changes them.
class MarkdownDelimiters
{
public:
    static const QString& separator();
    // md4c's whitespace: emphasis may not have it at its inner edges.
    static bool isSpace(char32_t cp);
    static char32_t firstCodePoint(const QString& text);
    static char32_t lastCodePoint(const QString& text);
    // Puts a separator beside every delimiter run that could not open or close as meant.
    static void separate(std::vector<MarkdownToken>& tokens);
    // Where runs of stars would open that md4c could take for closers (see the .cpp).
    static std::vector<size_t> starHazards(const std::vector<MarkdownToken>& tokens);
};

} // namespace Rapport
