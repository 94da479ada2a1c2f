// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotesMarkdownLine.h"

#include "MarkdownDelimiters.h"
#include "MarkdownEscapes.h"

#include <QFont>
#include <QStringView>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextFragment>

#include <algorithm>
#include <array>
#include <vector>

namespace Rapport {

namespace {

constexpr char32_t kLineBreak = 0x2028; // Shift+Enter inside a paragraph
constexpr char32_t kNone = 0; // before the start or after the end of the text

// A character entity for a space: md4c passes it to Qt's HTML importer, which drops a lone
// space, so it is an invisible first character. It keeps an empty paragraph and a paragraph's
// leading spaces, and stops a line from starting as a block (HTML, code fence).
const QString kInvisibleStart = QStringLiteral("&#32;");

enum Flag : unsigned { Bold = 1, Italic = 2, Strike = 4, Code = 8 };
constexpr unsigned kSpanFlags = Bold | Italic | Strike;

struct Unit {
    char32_t cp;
    unsigned flags;
    int link; // 1 + index into the hrefs; 0: no link
};

class LineWriter
{
public:
    LineWriter(const QTextBlock& block, bool heading, bool codeBlock);
    QString write();

private:
    void normalize();
    bool textIs(size_t end, QLatin1StringView word) const;
    QString escaped(size_t i) const;
    size_t runEnd(size_t i, unsigned flag) const;
    std::vector<MarkdownToken> tokens(const std::vector<bool>& closeStars) const;

    std::vector<Unit> m_units;
    QStringList m_hrefs;
    std::array<std::vector<size_t>, 3> m_runEnds; // for Bold, Italic, Strike: where the run at each unit ends
};

LineWriter::LineWriter(const QTextBlock& block, bool heading, bool codeBlock)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue; // notes have no images; one read from old Markdown is not kept
        unsigned flags = 0;
        if (!heading && format.fontWeight() > QFont::Normal)
            flags |= Bold;
        if (format.fontItalic())
            flags |= Italic;
        if (format.fontStrikeOut())
            flags |= Strike;
        if (codeBlock || format.fontFixedPitch())
            flags = Code; // Qt 6.4's reader gives code the plain monospace font: no bold, italic or strike-through
        int link = 0;
        if (format.isAnchor() && !format.anchorHref().isEmpty()) {
            qsizetype index = m_hrefs.indexOf(format.anchorHref());
            if (index < 0) {
                index = m_hrefs.size();
                m_hrefs.append(format.anchorHref());
            }
            link = int(index) + 1;
        }
        for (const char32_t cp : fragment.text().toUcs4()) {
            // Control characters, objects and lone surrogates have no Markdown: notes do not keep them.
            if ((cp < 0x20 && cp != '\t') || cp == 0x7f || cp == QChar::ObjectReplacementCharacter
                || cp == QChar::ParagraphSeparator || QChar::isSurrogate(cp))
                continue;
            m_units.push_back({cp, flags, link});
        }
    }
    normalize();
}

// Shapes the formats into ones Markdown can say. A line break has no format of its own: it takes
// the formats on both sides of it. Bold and italic cannot start or end with a space in CommonMark
// (`**Key **points` is not bold), so a space at their edge moves outside them.
void LineWriter::normalize()
{
    const size_t n = m_units.size();
    for (size_t i = 0; i < n;) {
        if (m_units[i].cp != kLineBreak) {
            ++i;
            continue;
        }
        size_t end = i; // a run of breaks, between the characters that give them their formats
        while (end < n && m_units[end].cp == kLineBreak)
            ++end;
        const Unit* before = i > 0 ? &m_units[i - 1] : nullptr;
        const Unit* after = end < n ? &m_units[end] : nullptr;
        for (; i < end; ++i) {
            m_units[i].flags = before && after ? before->flags & after->flags & kSpanFlags : 0;
            m_units[i].link = before && after && before->link == after->link ? before->link : 0;
        }
    }
    const auto trim = [this, n](unsigned flag, auto&& trimmable) {
        for (size_t i = 0; i < n;) {
            if (!(m_units[i].flags & flag)) {
                ++i;
                continue;
            }
            size_t end = i;
            while (end < n && (m_units[end].flags & flag))
                ++end;
            size_t a = i, b = end;
            while (a < b && trimmable(m_units[a]))
                m_units[a++].flags &= ~flag;
            while (b > a && trimmable(m_units[b - 1]))
                m_units[--b].flags &= ~flag;
            i = end;
        }
    };
    const auto spaceOrBreak
        = [](const Unit& u) { return u.cp == kLineBreak || (!(u.flags & Code) && MarkdownDelimiters::isSpace(u.cp)); };
    const auto lineBreak = [](const Unit& u) { return u.cp == kLineBreak; };
    trim(Bold, spaceOrBreak);
    trim(Italic, spaceOrBreak);
    trim(Strike, lineBreak); // strike-through keeps its spaces (a separator lets it)
    for (const unsigned flag : {Bold, Italic, Strike}) {
        std::vector<size_t>& ends = m_runEnds[flag == Bold ? 0 : flag == Italic ? 1 : 2];
        ends.assign(n + 1, n);
        for (size_t i = n; i-- > 0;)
            ends[i] = (m_units[i].flags & flag) ? ends[i + 1] : i;
    }
    for (size_t i = 0; i < n; ++i) { // a link neither starts nor ends with a line break
        if (m_units[i].cp == kLineBreak && (i == 0 || i + 1 == n || m_units[i - 1].link != m_units[i + 1].link))
            m_units[i].link = 0;
    }
}

// Whether the text just before units[end] is `word`, in any case.
bool LineWriter::textIs(size_t end, QLatin1StringView word) const
{
    const auto size = size_t(word.size());
    if (end < size)
        return false;
    for (size_t k = 0; k < size; ++k) {
        const char32_t cp = m_units[end - size + k].cp;
        if (cp >= 0x80 || QChar::toLower(cp) != char32_t(word.at(qsizetype(k)).unicode()))
            return false;
    }
    return true;
}

QString LineWriter::escaped(size_t i) const
{
    const char32_t cp = m_units[i].cp;
    const QString text = QString::fromUcs4(&cp, 1);
    const auto at = [this](size_t k) { return k < m_units.size() ? m_units[k].cp : kNone; };
    bool escape = cp < 0x80 && QByteArrayView("\\*_`[]<>&#|~!@").contains(char(cp));
    // Permissive autolinks: md4c links http://…, mailto:… and www.… in plain text.
    if (cp == ':')
        escape = (at(i + 1) == '/' && at(i + 2) == '/') || textIs(i, QLatin1StringView("mailto"));
    if (cp == '.')
        escape = textIs(i, QLatin1StringView("www"));
    // At the start of the line: a list item ("- ", "+ ", "1. ", "1) ").
    if (i == 0 && (cp == '-' || cp == '+'))
        escape = true;
    if ((cp == '.' || cp == ')') && i > 0) {
        size_t digits = 0;
        while (digits < i && at(digits) >= '0' && at(digits) <= '9')
            ++digits;
        escape = escape || digits == i;
    }
    return escape ? QLatin1Char('\\') + text : text;
}

size_t LineWriter::runEnd(size_t i, unsigned flag) const
{
    return m_runEnds[flag == Bold ? 0 : flag == Italic ? 1 : 2][i];
}

// The line as tokens: text, code spans, line breaks and links, with bold, italic and
// strike-through opened and closed around them as a stack. A span that ends inside another
// closes the ones above it, which reopen after. closeStars[i]: before unit i, close and reopen
// every bold and italic span too (see MarkdownDelimiters::starHazard()).
std::vector<MarkdownToken> LineWriter::tokens(const std::vector<bool>& closeStars) const
{
    struct Span {
        unsigned flag; // Bold, Italic or Strike; 0: the link
        int link;
    };
    std::vector<Span> stack;
    std::vector<MarkdownToken> out;
    const auto delimiter = [](unsigned flag) {
        return flag == Bold ? QStringLiteral("**") : flag == Italic ? QStringLiteral("*") : QStringLiteral("~~");
    };
    const auto append = [&out](MarkdownToken token) {
        // A closing run followed at once by an opening one of the same character would read as one run.
        if (token.kind == MarkdownToken::Open && !out.empty() && out.back().kind == MarkdownToken::Close
            && out.back().delimiter == token.delimiter)
            out.push_back({MarkdownToken::Text, MarkdownDelimiters::separator()});
        out.push_back(std::move(token));
    };
    const size_t n = m_units.size();
    for (size_t i = 0; i <= n;) {
        const bool end = i == n;
        const int link = end ? 0 : m_units[i].link;
        const unsigned flags = end ? 0 : m_units[i].flags & kSpanFlags;
        const int openLink = !stack.empty() && stack.front().flag == 0 ? stack.front().link : 0;
        size_t keep = 0;
        if (link == openLink) { // a link is the outermost span: when it changes, everything closes
            keep = openLink ? 1 : 0;
            while (keep < stack.size() && (stack[keep].flag & flags))
                ++keep;
            if (!end && closeStars[i]) {
                for (size_t k = 0; k < keep; ++k) {
                    if (stack[k].flag & (Bold | Italic)) {
                        keep = k;
                        break;
                    }
                }
            }
        }
        while (stack.size() > keep) {
            const Span span = stack.back();
            stack.pop_back();
            if (span.flag == 0)
                append({MarkdownToken::Text,
                    QStringLiteral("](%1)").arg(MarkdownEscapes::linkDestination(m_hrefs.at(span.link - 1)))});
            else
                append({MarkdownToken::Close, delimiter(span.flag), char16_t(span.flag == Strike ? '~' : '*')});
        }
        if (end)
            break;
        if (link && stack.empty()) {
            append({MarkdownToken::Text, QStringLiteral("[")});
            stack.push_back({0, link});
        }
        unsigned opening = flags;
        for (const Span& span : stack)
            opening &= ~span.flag;
        // The span that lasts longest opens first (outermost), so fewer have to close and reopen;
        // but bold and italic open side by side, as one run of stars (see MarkdownDelimiters::starHazard()).
        const bool strikeFirst = runEnd(i, Strike) >= std::max(runEnd(i, Bold), runEnd(i, Italic));
        const bool boldFirst = runEnd(i, Bold) >= runEnd(i, Italic);
        std::array<unsigned, 3> order = {boldFirst ? Bold : Italic, boldFirst ? Italic : Bold, Strike};
        if (strikeFirst)
            std::rotate(order.begin(), order.begin() + 2, order.end());
        for (const unsigned flag : order) {
            if (!(opening & flag))
                continue;
            append({MarkdownToken::Open, delimiter(flag), char16_t(flag == Strike ? '~' : '*'), i});
            stack.push_back({flag, 0});
        }
        const Unit& unit = m_units[i];
        if (unit.flags & Code) {
            size_t j = i;
            QString content;
            while (j < n && (m_units[j].flags & Code) && m_units[j].cp != kLineBreak
                && (m_units[j].flags & kSpanFlags) == flags && m_units[j].link == link)
                content += QString::fromUcs4(&m_units[j++].cp, 1);
            const QString code = MarkdownEscapes::codeSpan(content);
            if (!out.empty() && out.back().text.endsWith(QLatin1Char('`')))
                out.push_back(
                    {MarkdownToken::Text, MarkdownDelimiters::separator()}); // an escaped backtick would join the fence
            out.push_back({MarkdownToken::Text, code});
            i = j;
        } else {
            out.push_back({MarkdownToken::Text, unit.cp == kLineBreak ? QStringLiteral("<br/>") : escaped(i)});
            ++i;
        }
    }
    return out;
}

QString LineWriter::write()
{
    std::vector<bool> closeStars(m_units.size() + 1, false);
    std::vector<MarkdownToken> line = tokens(closeStars);
    MarkdownDelimiters::separate(line);
    // Closing stars at a place changes nothing after it, so this settles in a round or two; it
    // ends anyway, as each round closes stars at one more place at least.
    for (bool more = true; more;) {
        more = false;
        for (const size_t at : MarkdownDelimiters::starHazards(line)) {
            more = more || !closeStars[at];
            closeStars[at] = true;
        }
        if (more) {
            line = tokens(closeStars);
            MarkdownDelimiters::separate(line);
        }
    }
    QString out;
    for (const MarkdownToken& token : line)
        out += token.text;
    if (out.isEmpty())
        return out;
    // Leading spaces would be eaten (four of them make code); "<" would start an HTML block,
    // three backticks a code fence and "[" a task-list box in a list item.
    const char32_t first = MarkdownDelimiters::firstCodePoint(out);
    if (MarkdownDelimiters::isSpace(first) || first == '<' || first == '[' || out.startsWith(QLatin1String("```")))
        out.prepend(kInvisibleStart);
    if (MarkdownDelimiters::isSpace(
            MarkdownDelimiters::lastCodePoint(out))) // trailing spaces would be eaten, two of them make a hard break
        out += MarkdownDelimiters::separator();
    return out;
}

} // namespace

QString NotesMarkdownLine::write(const QTextBlock& block, bool heading, bool codeBlock)
{
    return LineWriter(block, heading, codeBlock).write();
}

QString NotesMarkdownLine::emptyParagraph()
{
    return kInvisibleStart;
}

} // namespace Rapport
