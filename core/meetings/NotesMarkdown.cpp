// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotesMarkdown.h"

#include "NotesMarkdownLine.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

#include <algorithm>
#include <vector>

namespace Rapport {

namespace {

// A list open in the Markdown written so far, outermost first.
struct OpenList {
    const QTextList* list;
    QString marker; // "-", "*", "+" or "." for numbered
    QString childIndent; // where the text of its items starts: nested lists go there
    int items = 0;
};

QString markerOf(const QTextList* list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListCircle:
        return QStringLiteral("*");
    case QTextListFormat::ListSquare:
        return QStringLiteral("+");
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return QStringLiteral("."); // Markdown numbers only in decimal
    default:
        return QStringLiteral("-");
    }
}

bool isCodeBlock(const QTextBlockFormat& format)
{
    return format.hasProperty(QTextFormat::BlockCodeLanguage) || format.hasProperty(QTextFormat::BlockCodeFence);
}

class DocumentWriter
{
public:
    QString write(const QTextDocument& document);

private:
    void paragraph(const QTextBlock& block);
    void listItem(const QTextBlock& block, const QTextList* list);

    QString m_out;
    std::vector<OpenList> m_lists;
    bool m_open = false; // the lists are still open: the last block written is a list item or in one
    bool m_tight = false; // the last line written is a list item: the next item follows on the next line
};

QString DocumentWriter::write(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const QTextList* list = block.textList())
            listItem(block, list);
        else
            paragraph(block);
    }
    return m_out.isEmpty() ? m_out : m_out + QLatin1Char('\n');
}

void DocumentWriter::paragraph(const QTextBlock& block)
{
    const QTextBlockFormat format = block.blockFormat();
    const int level = std::clamp(format.headingLevel(), 0, 6);
    const bool rule = format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
    QString line = NotesMarkdownLine::write(block, level > 0, isCodeBlock(format));
    if (level > 0)
        line = QString(level, QLatin1Char('#')) + (line.isEmpty() ? QString() : QLatin1Char(' ') + line);
    else if (line.isEmpty() && rule)
        line = QStringLiteral("---");
    else if (line.isEmpty())
        line = NotesMarkdownLine::emptyParagraph();
    if (!m_out.isEmpty())
        m_out += QStringLiteral("\n\n");
    // An indented paragraph after list items (Backspace at the start of an item makes one) is a
    // paragraph of the item at that depth: the reader gives it back indented so, and the list
    // goes on after it. Elsewhere Markdown has no indented paragraph.
    const auto indent = size_t(std::max(0, format.indent()));
    if (m_open && level == 0 && !rule && indent > 0 && indent <= m_lists.size()) {
        m_lists.resize(indent);
        m_out += m_lists.back().childIndent + line;
        m_tight = false;
        return;
    }
    m_out += line;
    m_lists.clear();
    m_open = m_tight = false;
}

void DocumentWriter::listItem(const QTextBlock& block, const QTextList* list)
{
    const auto open
        = std::find_if(m_lists.begin(), m_lists.end(), [list](const OpenList& l) { return l.list == list; });
    bool separate = false;
    if (m_open && open != m_lists.end()) {
        m_lists.erase(open + 1, m_lists.end()); // back out of lists nested in this one
    } else {
        // A new list, nested one level below the open ones at most (Markdown cannot skip a level).
        const auto depth = size_t(std::max(1, list->format().indent()));
        while (m_lists.size() >= depth) {
            // Items of the same kind right after another list's would join it: an HTML comment between keeps them
            // apart.
            separate = m_open && m_lists.size() == depth && m_lists.back().marker == markerOf(list);
            m_lists.pop_back();
        }
        if (!m_open)
            m_lists.clear();
        const QString indent = m_lists.empty() ? QString() : m_lists.back().childIndent;
        m_lists.push_back({list, markerOf(list), indent, 0});
    }
    OpenList& current = m_lists.back();
    const QString indent = m_lists.size() > 1 ? m_lists.at(m_lists.size() - 2).childIndent : QString();
    ++current.items;
    const QString marker
        = current.marker == QLatin1String(".") ? QString::number(current.items) + current.marker : current.marker;
    current.childIndent = indent + QString(marker.size() + 1, QLatin1Char(' '));
    if (separate)
        m_out += QStringLiteral("\n\n") + indent + QStringLiteral("<!-- -->");

    QString line = indent + marker + QLatin1Char(' ');
    const auto box = block.blockFormat().marker();
    if (box == QTextBlockFormat::MarkerType::Checked)
        line += QStringLiteral("[x] ");
    else if (box == QTextBlockFormat::MarkerType::Unchecked)
        line += QStringLiteral("[ ] ");
    const QString text = NotesMarkdownLine::write(block, false, isCodeBlock(block.blockFormat()));
    line += text.isEmpty() ? NotesMarkdownLine::emptyParagraph() : text;
    if (!m_out.isEmpty())
        m_out += m_tight && !separate ? QStringLiteral("\n") : QStringLiteral("\n\n");
    m_out += line;
    m_open = m_tight = true;
}

// Qt 6.4's reader fills the document's first block in place for as long as the document holds
// no character, so empty paragraphs, list items and headings at the start would vanish (and
// "---" first leaves an empty paragraph before the rule). A one-character paragraph in front
// keeps the document from being empty; it is taken out after, its place given to the first
// block read.
const QString kSentinel = QStringLiteral("x\n\n");

void removeSentinel(QTextDocument* document, const QString& markdown)
{
    const QTextBlock sentinel = document->firstBlock();
    const QTextBlock first = sentinel.next();
    if (!first.isValid() || QTextCursor(first).currentFrame() != document->rootFrame()) {
        document->setMarkdown(markdown); // nothing read, or a table first: read it as it is
        return;
    }
    QTextCursor cursor(sentinel);
    cursor.setBlockFormat(first.blockFormat());
    cursor.setBlockCharFormat(first.charFormat());
    if (QTextList* list = first.textList())
        list->add(sentinel);
    cursor.setPosition(first.position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

// Qt 6.4's reader makes heading text bold and larger only up to the first bold, italic or code
// in it; the rest looks like body text. The editor shows the whole heading alike.
void restyleHeadings(QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(NotesMarkdown::headingCharFormat(level));
        cursor.mergeBlockCharFormat(NotesMarkdown::headingCharFormat(level));
    }
}

} // namespace

QString NotesMarkdown::write(const QTextDocument& document)
{
    const QString markdown = DocumentWriter().write(document);
    // One empty paragraph is no notes at all.
    return markdown == NotesMarkdownLine::emptyParagraph() + QLatin1Char('\n') ? QString() : markdown;
}

void NotesMarkdown::read(QTextDocument* document, const QString& markdown)
{
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    document->setMarkdown(kSentinel + markdown);
    removeSentinel(document, markdown);
    restyleHeadings(document);
    document->setUndoRedoEnabled(undo);
}

QString NotesMarkdown::plainText(const QString& markdown)
{
    QTextDocument document;
    read(&document, markdown);
    return document.toPlainText();
}

QTextCharFormat NotesMarkdown::headingCharFormat(int level)
{
    QTextCharFormat format;
    format.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    format.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? std::max(0, 3 - level) : 0);
    return format;
}

} // namespace Rapport
