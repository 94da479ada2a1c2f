// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace Rapport {

// The user's Markdown made short enough for paper.
class PrepSheetText
{
public:
    // A space this near the end of the room is where a long text is cut, even in a short excerpt.
    static constexpr int kWordSearch = 20;

    // Plain text of Markdown notes on one line. Longer than maxChars: cut at the last word
    // boundary that leaves at least half of it (or within kWordSearch of the end), without the
    // punctuation and spaces the cut leaves at the end, and marked with one "…". Never longer
    // than maxChars plus the "…".
    static QString excerpt(const QString& markdown, int maxChars);

    // The notes as lines, as the editor shows them: a list item starts with "•", a task with "☐"
    // or "☑". Empty lines go; each line is an excerpt of lineChars; at most maxLines, and
    // *more (if given) says how many were left out.
    static QStringList lines(const QString& markdown, int maxLines, int lineChars, int* more = nullptr);

    // Plain text cut as excerpt() cuts it (undo step names use it too).
    static QString cut(const QString& plain, int maxChars);
};

} // namespace Rapport
