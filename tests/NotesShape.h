// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

#include <vector>

namespace Rapport::Test {

// What a notes document shows, block by block, in a form two documents can be compared in: the
// text, the formats of the characters (bold, italic, strike-through, code) and of the block
// (heading level, list style, depth and which list, check-box, a paragraph's indent), and links. Only the differences
// Qt 6.4's Markdown reader forces are smoothed out, the same way on both sides:
//  - a space (or a line break) at the edge of a bold or italic run may lose that format;
//  - a line break (Shift+Enter) has no format of its own: it takes its neighbours' (in Markdown it is <br/>);
//  - heading text is bold whatever it was;
//  - code is never bold, italic or struck through (Qt's reader gives it the plain monospace font),
//    and a code block's text is code;
//  - numbered lists start at 1 (the start is not compared).
struct NotesShape {
    enum Flag : unsigned { Bold = 1, Italic = 2, Strike = 4, Code = 8 };

    struct Run {
        QString text;
        unsigned flags = 0;
        QString link;
        bool operator==(const Run&) const = default;
    };
    struct Block {
        int heading = 0;
        int listStyle = 0; // 0: not in a list
        int depth = 0;
        int list = -1; // which list, counted in order of appearance
        int box = 0; // QTextBlockFormat::MarkerType
        int indent = 0; // of a paragraph (a list's items are indented by their list)
        QList<Run> runs;
        bool operator==(const Block&) const = default;
    };
    QList<Block> blocks;

    bool operator==(const NotesShape&) const = default;

    static bool isSpace(QChar c) { return c.isSpace() && c != QChar::LineSeparator; }

    static NotesShape of(const QTextDocument& document)
    {
        NotesShape shape;
        QList<const QTextList*> lists;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            Block b;
            b.heading = block.blockFormat().headingLevel();
            b.box = int(block.blockFormat().marker());
            if (const QTextList* list = block.textList()) {
                b.listStyle = int(list->format().style());
                b.depth = list->format().indent();
                if (!lists.contains(list))
                    lists.append(list);
                b.list = int(lists.indexOf(list));
            } else {
                b.box = 0; // a box shows only on a list item
                b.indent = block.blockFormat().indent();
            }
            const bool codeBlock = block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)
                || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
            QString text;
            std::vector<unsigned> flags;
            QStringList links;
            for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                unsigned f = 0;
                if (format.fontWeight() > QFont::Normal && b.heading == 0)
                    f |= Bold;
                if (format.fontItalic())
                    f |= Italic;
                if (format.fontStrikeOut())
                    f |= Strike;
                if (format.fontFixedPitch() || codeBlock)
                    f = Code;
                text += it.fragment().text();
                flags.insert(flags.end(), size_t(it.fragment().text().size()), f);
                for (qsizetype i = 0; i < it.fragment().text().size(); ++i)
                    links.append(format.isAnchor() ? format.anchorHref() : QString());
            }
            smooth(text, flags);
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QString link = text.at(i) == QChar::LineSeparator ? QString() : links.at(i);
                if (b.runs.isEmpty() || b.runs.last().flags != flags[size_t(i)] || b.runs.last().link != link)
                    b.runs.append({QString(), flags[size_t(i)], link});
                b.runs.last().text += text.at(i);
            }
            shape.blocks.append(b);
        }
        return shape;
    }

    static void smooth(const QString& text, std::vector<unsigned>& flags)
    {
        const size_t n = flags.size();
        for (size_t i = 0; i < n;) {
            if (text.at(qsizetype(i)) != QChar::LineSeparator) {
                ++i;
                continue;
            }
            size_t end = i;
            while (end < n && text.at(qsizetype(end)) == QChar::LineSeparator)
                ++end;
            const unsigned both = i > 0 && end < n ? flags[i - 1] & flags[end] & (Bold | Italic | Strike) : 0;
            for (; i < end; ++i)
                flags[i] = both;
        }
        const auto edge = [&](size_t i) {
            const QChar c = text.at(qsizetype(i));
            return c == QChar::LineSeparator || (isSpace(c) && !(flags[i] & Code));
        };
        for (const unsigned flag : {unsigned(Bold), unsigned(Italic)}) {
            for (size_t i = 0; i < n;) {
                if (!(flags[i] & flag)) {
                    ++i;
                    continue;
                }
                size_t end = i;
                while (end < n && (flags[end] & flag))
                    ++end;
                size_t a = i, b = end;
                while (a < b && edge(a))
                    flags[a++] &= ~flag;
                while (b > a && edge(b - 1))
                    flags[--b] &= ~flag;
                i = end;
            }
        }
        for (size_t i = 0; i < n; ++i) {
            if (text.at(qsizetype(i)) == QChar::LineSeparator)
                flags[i] = 0;
        }
    }

    QString describe() const
    {
        QStringList lines;
        for (const Block& b : blocks) {
            QString line = QStringLiteral("[h%1 list %2/%3 #%4 box %5 indent %6]")
                               .arg(b.heading)
                               .arg(b.listStyle)
                               .arg(b.depth)
                               .arg(b.list)
                               .arg(b.box)
                               .arg(b.indent);
            for (const Run& r : b.runs) {
                QString text = r.text;
                text.replace(QChar::LineSeparator, QStringLiteral("⏎")).replace(QLatin1Char('\t'), QStringLiteral("→"));
                QString f;
                f += r.flags & Bold ? QStringLiteral("B") : QString();
                f += r.flags & Italic ? QStringLiteral("I") : QString();
                f += r.flags & Strike ? QStringLiteral("S") : QString();
                f += r.flags & Code ? QStringLiteral("C") : QString();
                line += QStringLiteral(" {%1|%2%3}")
                            .arg(text, f, r.link.isEmpty() ? QString() : QLatin1Char(' ') + r.link);
            }
            lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace Rapport::Test
