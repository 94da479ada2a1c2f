#include "NotesMarkdownLine.h"

#include <QFont>
#include <QStringView>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextFragment>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace Rapport {

namespace {

constexpr char32_t kLineBreak = 0x2028; // Shift+Enter inside a paragraph
constexpr char32_t kNone = 0; // the start or end of the line, for a delimiter's neighbours

// Never a character of the text: a reader shows an empty HTML comment as nothing, yet it ends
// a run of delimiters and stands as punctuation beside one, so emphasis opens and closes where
// meant. Other readers show nothing either.
const QString kSeparator = QStringLiteral("<!-- -->");
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

// md4c's whitespace, which emphasis may not have at its inner edges.
bool isSpace(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r'
        || QChar::category(cp) == QChar::Separator_Space;
}

// What a delimiter run has on one side, in md4c's terms: 0 space (or the line's edge),
// 1 punctuation, 2 anything else. Symbols (emoji, ©) are punctuation for CommonMark 0.31 but
// not for 0.30 (md4c 0.4.8), so they are checked both ways.
int level(char32_t cp, bool symbolIsPunctuation)
{
    if (cp == kNone || isSpace(cp))
        return 0;
    if (cp < 0x80)
        return ((cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`')
                   || (cp >= '{' && cp <= '~'))
            ? 1
            : 2;
    switch (QChar::category(cp)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return 1;
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return symbolIsPunctuation ? 1 : 2;
    default:
        return 2;
    }
}

// The flanking rules of CommonMark as md4c implements them: a run can open when what follows
// is no weaker than what precedes, and close the other way round.
bool canOpen(char32_t before, char32_t after, bool symbolIsPunctuation)
{
    const int left = level(before, symbolIsPunctuation), right = level(after, symbolIsPunctuation);
    return right > 0 && right >= left;
}

bool canClose(char32_t before, char32_t after, bool symbolIsPunctuation)
{
    const int left = level(before, symbolIsPunctuation), right = level(after, symbolIsPunctuation);
    return left > 0 && left >= right;
}

struct Token {
    enum Kind { Text, Open, Close } kind = Text;
    QString text;
    char16_t delimiter = 0; // '*' or '~' for Open and Close
    size_t boundary = 0; // the unit an Open run opens before
};

char32_t firstCodePoint(const QString& text)
{
    return text.isEmpty() ? kNone : QStringView(text).toUcs4().constFirst();
}

char32_t lastCodePoint(const QString& text)
{
    return text.isEmpty() ? kNone : QStringView(text).toUcs4().constLast();
}

// A code span that gives back exactly its text: a fence no run of backticks inside matches,
// and a space of padding where the reader would otherwise eat one or join a backtick to the fence.
QString codeSpan(const QString& content)
{
    std::vector<bool> runs(1, false);
    for (qsizetype i = 0; i < content.size();) {
        qsizetype j = i;
        while (j < content.size() && content.at(j) == QLatin1Char('`'))
            ++j;
        if (j > i) {
            runs.resize(std::max<size_t>(runs.size(), size_t(j - i) + 1), false);
            runs[size_t(j - i)] = true;
            i = j;
        } else {
            ++i;
        }
    }
    size_t length = 1;
    while (length < runs.size() && runs[length])
        ++length;
    const QString fence(qsizetype(length), QLatin1Char('`'));
    const bool allSpaces = std::all_of(content.cbegin(), content.cend(), [](QChar c) { return c == QLatin1Char(' '); });
    const bool pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'))
        || (content.startsWith(QLatin1Char(' ')) && content.endsWith(QLatin1Char(' ')) && !allSpaces);
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + content + space + fence;
}

// A link's destination, as the reader gives it back: md4c resolves backslash escapes there (and
// Qt takes the rest as written), so punctuation that could start markup is escaped, and so are
// the starts of permissive autolinks ("http://", "www."): md4c 0.4.8 sees those even inside a
// destination, and then leaves the `**` right after the link unpaired. Spaces and control
// characters cannot stand in a destination at all: they are percent-encoded.
QString linkDestination(const QString& href)
{
    QString out;
    for (qsizetype i = 0; i < href.size(); ++i) {
        const QChar c = href.at(i);
        const bool autolink = (c == QLatin1Char(':') && QStringView(href).mid(i + 1).startsWith(u"//"))
            || (c == QLatin1Char('.') && QStringView(href).left(i).endsWith(u"www", Qt::CaseInsensitive));
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else if (autolink || (c.unicode() < 0x80 && QByteArrayView("\\()<>`*_~[]&!|@").contains(char(c.unicode()))))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

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
    std::vector<Token> tokens(const std::vector<bool>& closeStars) const;

    std::vector<Unit> m_units;
    QStringList m_hrefs;
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
            // Control characters and objects have no Markdown; U+FFFD stands for a broken surrogate.
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
    const auto spaceOrBreak = [](const Unit& u) { return u.cp == kLineBreak || (!(u.flags & Code) && isSpace(u.cp)); };
    const auto lineBreak = [](const Unit& u) { return u.cp == kLineBreak; };
    trim(Bold, spaceOrBreak);
    trim(Italic, spaceOrBreak);
    trim(Strike, lineBreak); // strike-through keeps its spaces (a separator lets it)
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
    while (i < m_units.size() && (m_units[i].flags & flag))
        ++i;
    return i;
}

// The line as tokens: text, code spans, line breaks and links, with bold, italic and
// strike-through opened and closed around them as a stack. A span that ends inside another
// closes the ones above it, which reopen after. closeStars[i]: before unit i, close and reopen
// every bold and italic span too (see fixFlanking()).
std::vector<Token> LineWriter::tokens(const std::vector<bool>& closeStars) const
{
    struct Span {
        unsigned flag; // Bold, Italic or Strike; 0: the link
        int link;
    };
    std::vector<Span> stack;
    std::vector<Token> out;
    const auto delimiter = [](unsigned flag) {
        return flag == Bold ? QStringLiteral("**") : flag == Italic ? QStringLiteral("*") : QStringLiteral("~~");
    };
    const auto append = [&out](Token token) {
        // A closing run followed at once by an opening one of the same character would read as one run.
        if (token.kind == Token::Open && !out.empty() && out.back().kind == Token::Close
            && out.back().delimiter == token.delimiter)
            out.push_back({Token::Text, kSeparator});
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
                append({Token::Text, QStringLiteral("](%1)").arg(linkDestination(m_hrefs.at(span.link - 1)))});
            else
                append({Token::Close, delimiter(span.flag), char16_t(span.flag == Strike ? '~' : '*')});
        }
        if (end)
            break;
        if (link && stack.empty()) {
            append({Token::Text, QStringLiteral("[")});
            stack.push_back({0, link});
        }
        unsigned opening = flags;
        for (const Span& span : stack)
            opening &= ~span.flag;
        // The span that lasts longest opens first (outermost), so fewer have to close and reopen;
        // but bold and italic open side by side, as one run of stars (see starHazard()).
        const bool strikeFirst = runEnd(i, Strike) >= std::max(runEnd(i, Bold), runEnd(i, Italic));
        const bool boldFirst = runEnd(i, Bold) >= runEnd(i, Italic);
        std::array<unsigned, 3> order = {boldFirst ? Bold : Italic, boldFirst ? Italic : Bold, Strike};
        if (strikeFirst)
            std::rotate(order.begin(), order.begin() + 2, order.end());
        for (const unsigned flag : order) {
            if (!(opening & flag))
                continue;
            append({Token::Open, delimiter(flag), char16_t(flag == Strike ? '~' : '*'), i});
            stack.push_back({flag, 0});
        }
        const Unit& unit = m_units[i];
        if (unit.flags & Code) {
            size_t j = i;
            QString content;
            while (j < n && (m_units[j].flags & Code) && m_units[j].cp != kLineBreak
                && (m_units[j].flags & kSpanFlags) == flags && m_units[j].link == link)
                content += QString::fromUcs4(&m_units[j++].cp, 1);
            const QString code = codeSpan(content);
            if (!out.empty() && out.back().text.endsWith(QLatin1Char('`')))
                out.push_back({Token::Text, kSeparator}); // an escaped backtick would join the fence
            out.push_back({Token::Text, code});
            i = j;
        } else {
            out.push_back({Token::Text, unit.cp == kLineBreak ? QStringLiteral("<br/>") : escaped(i)});
            ++i;
        }
    }
    return out;
}

// A delimiter run: tokens[begin, end) of one delimiter character, and the characters beside it.
struct Run {
    size_t begin, end;
    char32_t before, after;
};

template <typename Visit>
void forEachRun(const std::vector<Token>& tokens, Visit&& visit)
{
    const auto isDelimiter = [](const Token& t) { return t.kind != Token::Text; };
    for (size_t t = 0; t < tokens.size();) {
        if (!isDelimiter(tokens[t])) {
            ++t;
            continue;
        }
        size_t e = t;
        while (e < tokens.size() && isDelimiter(tokens[e]) && tokens[e].delimiter == tokens[t].delimiter)
            ++e;
        const Run run {t, e, t > 0 ? lastCodePoint(tokens[t - 1].text) : kNone,
            e < tokens.size() ? firstCodePoint(tokens[e].text) : kNone};
        if (!visit(run))
            return;
        t = e;
    }
}

// Both ways of counting symbols must agree that the run can open (or close).
template <typename Rule>
bool surely(Rule rule, const Run& run)
{
    return rule(run.before, run.after, false) && rule(run.before, run.after, true);
}

template <typename Rule>
bool maybe(Rule rule, const Run& run)
{
    return rule(run.before, run.after, false) || rule(run.before, run.after, true);
}

// Puts a separator beside every delimiter run that could not open or close as meant: before an
// opening run that follows a word and precedes punctuation, after a closing one the other way
// round, and inside a strike-through that starts or ends with a space.
void separate(std::vector<Token>& tokens)
{
    for (bool changed = true; changed;) {
        changed = false;
        forEachRun(tokens, [&](const Run& run) {
            std::optional<size_t> at;
            if (tokens[run.begin].kind == Token::Open && !surely(canOpen, run))
                at = level(run.after, false) == 0 ? run.end : run.begin;
            else if (tokens[run.begin].kind == Token::Close && !surely(canClose, run))
                at = level(run.before, false) == 0 ? run.begin : run.end;
            if (!at)
                return true;
            tokens.insert(tokens.begin() + qsizetype(*at), {Token::Text, kSeparator});
            changed = true;
            return false;
        });
    }
}

// md4c 0.4.8 lets a `*` run that can both open and close (punctuation on both sides) close an
// earlier `**` (it skips CommonMark's rule of three there), so such a run must not open while
// bold or italic is open. Returns the unit where one would: there, those close and all open together.
std::optional<size_t> starHazard(const std::vector<Token>& tokens)
{
    std::optional<size_t> hazard;
    int starsOpen = 0;
    forEachRun(tokens, [&](const Run& run) {
        if (tokens[run.begin].delimiter != '*')
            return true;
        if (tokens[run.begin].kind == Token::Open && starsOpen > 0 && maybe(canClose, run)) {
            hazard = tokens[run.begin].boundary;
            return false;
        }
        for (size_t k = run.begin; k < run.end; ++k)
            starsOpen += tokens[k].kind == Token::Open ? 1 : -1;
        return true;
    });
    return hazard;
}

QString LineWriter::write()
{
    std::vector<bool> closeStars(m_units.size() + 1, false);
    std::vector<Token> line = tokens(closeStars);
    separate(line);
    // Each round closes stars at one more place, so this ends.
    for (std::optional<size_t> at = starHazard(line); at && !closeStars[*at]; at = starHazard(line)) {
        closeStars[*at] = true;
        line = tokens(closeStars);
        separate(line);
    }
    QString out;
    for (const Token& token : line)
        out += token.text;
    if (out.isEmpty())
        return out;
    // Leading spaces would be eaten (four of them make code); "<" would start an HTML block,
    // three backticks a code fence and "[" a task-list box in a list item.
    const char32_t first = firstCodePoint(out);
    if (isSpace(first) || first == '<' || first == '[' || out.startsWith(QLatin1String("```")))
        out.prepend(kInvisibleStart);
    if (isSpace(lastCodePoint(out))) // trailing spaces would be eaten, two of them make a hard break
        out += kSeparator;
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
