// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextBlock;

namespace Rapport {

// One paragraph of the notes document as one line of inline Markdown: its text with every
// character a reader would interpret escaped, and its bold, italic, strike-through, code and
// links as delimiters that Qt 6.4's reader (md4c) pairs up exactly as they were meant.
// A line break inside the paragraph (Shift+Enter) is the inline <br/>, the only break that
// reader keeps inside a paragraph, so the line never holds a newline.
class NotesMarkdownLine
{
public:
    // heading: bold is not written (a reader shows heading text bold anyway).
    // codeBlock: the whole text is code (a block Qt's reader made from a fenced or indented code block).
    static QString write(const QTextBlock& block, bool heading, bool codeBlock);
    // Written for a paragraph or list item with no text: the one empty line that reader keeps.
    static QString emptyParagraph();
};

} // namespace Rapport
