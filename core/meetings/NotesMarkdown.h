// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTextCharFormat>

class QTextDocument;

namespace Rapport {

// Meeting notes kept as Markdown: CommonMark with GitHub's task lists and strike-through,
// written so that Qt 6.4's reader (QTextDocument::setMarkdown, md4c) gives back every
// character and format of the document: paragraphs, line breaks, headings, nested bullet and
// numbered lists, check-boxes, bold, italic, strike-through and code. Qt's own toMarkdown()
// escapes nothing, so typed `*`, `_`, `#`, `<…>` or `1.` came back as markup or vanished.
//
// What the reader cannot keep, the writer gives up the same way every time, so writing what was
// read gives the same Markdown again: a space at the edge of bold or italic moves outside it;
// numbered lists start at 1; heading text is bold; code is never bold, italic or struck through
// (Qt's reader gives it the plain monospace font); a list nests one level below the item before
// at most, and an indented paragraph keeps its indent only right after list items that deep.
// From older Markdown, images, underline, colours, quotes and tables are not written back (links are).
class NotesMarkdown
{
public:
    static QString write(const QTextDocument& document);
    // Replaces the document's content (not as an undoable edit) with the notes read from Markdown.
    static void read(QTextDocument* document, const QString& markdown);
    // The text of the notes as the editor shows it, without formats.
    static QString plainText(const QString& markdown);
    // How heading text looks in the editor: bold and larger; level 0 is a plain paragraph.
    static QTextCharFormat headingCharFormat(int level);
};

} // namespace Rapport
