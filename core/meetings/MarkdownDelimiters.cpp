// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkdownDelimiters.h"

#include <QChar>

namespace Rapport {

namespace {

constexpr char32_t kNone = 0; // the start or end of the line, beside a delimiter run

// What a delimiter run has on one side, in md4c's terms: 0 space (or the line's edge),
// 1 punctuation, 2 anything else. Symbols (emoji, ©) are punctuation for CommonMark 0.31 but
// not for 0.30 (md4c 0.4.8), so they are checked both ways.
int level(char32_t cp, bool symbolIsPunctuation)
{
    if (cp == kNone || MarkdownDelimiters::isSpace(cp))
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

// A delimiter run: tokens[begin, end) of one delimiter character, and the characters beside it.
struct Run {
    size_t begin, end;
    char32_t before, after;
};

template <typename Visit>
void forEachRun(const std::vector<MarkdownToken>& tokens, Visit&& visit)
{
    const auto isDelimiter = [](const MarkdownToken& t) { return t.kind != MarkdownToken::Text; };
    for (size_t t = 0; t < tokens.size();) {
        if (!isDelimiter(tokens[t])) {
            ++t;
            continue;
        }
        size_t e = t;
        while (e < tokens.size() && isDelimiter(tokens[e]) && tokens[e].delimiter == tokens[t].delimiter)
            ++e;
        const Run run {t, e, t > 0 ? MarkdownDelimiters::lastCodePoint(tokens[t - 1].text) : kNone,
            e < tokens.size() ? MarkdownDelimiters::firstCodePoint(tokens[e].text) : kNone};
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

} // namespace

const QString& MarkdownDelimiters::separator()
{
    // Never a character of the text: Qt's reader and others show an empty HTML comment as nothing,
    // yet it ends a run of delimiters and stands as punctuation beside one.
    static const QString comment = QStringLiteral("<!-- -->");
    return comment;
}

bool MarkdownDelimiters::isSpace(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r'
        || QChar::category(cp) == QChar::Separator_Space;
}

char32_t MarkdownDelimiters::firstCodePoint(const QString& text)
{
    if (text.isEmpty())
        return kNone;
    if (text.size() > 1 && text.at(0).isHighSurrogate() && text.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(0), text.at(1));
    return text.at(0).unicode();
}

char32_t MarkdownDelimiters::lastCodePoint(const QString& text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return kNone;
    if (n > 1 && text.at(n - 1).isLowSurrogate() && text.at(n - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(n - 2), text.at(n - 1));
    return text.at(n - 1).unicode();
}

// Puts a separator beside every delimiter run that could not open or close as meant: before an
// opening run that follows a word and precedes punctuation, after a closing one the other way
// round, and inside a strike-through that starts or ends with a space. One pass: a separator is
// punctuation, as every delimiter is, so one put beside a run never changes whether the runs
// next to it can open or close.
void MarkdownDelimiters::separate(std::vector<MarkdownToken>& tokens)
{
    std::vector<MarkdownToken> out;
    out.reserve(tokens.size() + tokens.size() / 4);
    const auto putSeparator = [&out] {
        if (out.empty() || out.back().text != separator())
            out.push_back({MarkdownToken::Text, separator()});
    };
    for (size_t t = 0; t < tokens.size();) {
        if (tokens[t].kind == MarkdownToken::Text) {
            out.push_back(std::move(tokens[t++]));
            continue;
        }
        size_t e = t;
        while (e < tokens.size() && tokens[e].kind != MarkdownToken::Text && tokens[e].delimiter == tokens[t].delimiter)
            ++e;
        const bool opening = tokens[t].kind == MarkdownToken::Open;
        const char32_t before = out.empty() ? kNone : lastCodePoint(out.back().text);
        const char32_t after = e < tokens.size() ? firstCodePoint(tokens[e].text) : kNone;
        bool separateBefore = false, separateAfter = false;
        for (;;) {
            const Run run {t, e, separateBefore ? U'>' : before, separateAfter ? U'<' : after};
            if (opening ? surely(canOpen, run) : surely(canClose, run))
                break;
            // A space inside the span is kept apart by a separator inside, anything else by one outside.
            const bool inside = level(opening ? run.after : run.before, false) == 0;
            bool& side = opening == inside ? separateAfter : separateBefore;
            if (side)
                break; // cannot happen: both sides punctuation open and close any run
            side = true;
        }
        if (separateBefore)
            putSeparator();
        for (; t < e; ++t)
            out.push_back(std::move(tokens[t]));
        if (separateAfter)
            putSeparator();
    }
    tokens = std::move(out);
}

// md4c 0.4.8 lets a `*` run that can both open and close (punctuation on both sides) close an
// earlier `**` (it skips CommonMark's rule of three there), so such a run must not open while
// bold or italic is open. Returns the units where one would: there, those close and all open together.
std::vector<size_t> MarkdownDelimiters::starHazards(const std::vector<MarkdownToken>& tokens)
{
    std::vector<size_t> hazards;
    int starsOpen = 0;
    forEachRun(tokens, [&](const Run& run) {
        if (tokens[run.begin].delimiter != '*')
            return true;
        if (tokens[run.begin].kind == MarkdownToken::Open && starsOpen > 0 && maybe(canClose, run))
            hazards.push_back(tokens[run.begin].boundary);
        for (size_t k = run.begin; k < run.end; ++k)
            starsOpen += tokens[k].kind == MarkdownToken::Open ? 1 : -1;
        return true;
    });
    return hazards;
}

} // namespace Rapport
