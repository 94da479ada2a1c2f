// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchRanking.h"

#include "Contact.h"

#include <QRegularExpression>

#include <algorithm>

namespace Rapport {

namespace {

// Letters without a decomposable accent that are read as plain Latin letters (as SortText does).
QStringView plainLetters(const QChar& c)
{
    switch (c.unicode()) {
    case u'ł':
        return u"l";
    case u'đ':
        return u"d";
    case u'ø':
        return u"o";
    case u'ß':
        return u"ss";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'þ':
        return u"th";
    case u'ı':
        return u"i";
    default:
        return QStringView(&c, 1);
    }
}

// Appends text folded to out; a row's key is built in one string, without a temporary per field.
// Run for every contact when a network opens, so plain ASCII (most names) is written straight in.
void foldInto(QStringView text, QString& out)
{
    const qsizetype start = out.size();
    bool pendingSpace = false;
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        out.resize(start + text.size()); // never longer: a space is only written for a character left out
        QChar* const begin = out.data() + start;
        QChar* write = begin;
        for (const QChar c : text) {
            char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && write != begin)
                *write++ = u' ';
            pendingSpace = false;
            *write++ = QChar(u);
        }
        out.truncate(start + (write - begin));
        return;
    }
    const auto append = [&](QStringView letters) {
        if (pendingSpace && out.size() > start)
            out += u' ';
        pendingSpace = false;
        out += letters;
    };
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    for (const QChar& c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // an accent, apart from its letter
        if (c.isLetterOrNumber() || c.isSurrogate())
            append(plainLetters(c));
        else
            pendingSpace = true;
    }
}

bool isBreak(QChar c)
{
    return c == u' ' || c == u'\n';
}

// Whether text has part at index at, compared by hand: QStringView::indexOf(QStringView) sets up
// more than the whole test costs on a name, and this runs for every match of every keystroke.
bool hasAt(QStringView text, qsizetype at, QStringView part)
{
    if (text.size() - at < part.size())
        return false;
    for (qsizetype i = 1; i < part.size(); ++i) { // the first character is already known to match
        if (text[at + i] != part[i])
            return false;
    }
    return true;
}

enum class Found { Nowhere, InsideAWord, AtAWordStart };

// Where part first occurs in text (whose words are separated by spaces and line breaks),
// preferring the start of a word.
Found find(QStringView text, QStringView part)
{
    Found found = Found::Nowhere;
    const QChar first = part.front();
    for (qsizetype at = 0; at < text.size(); ++at) { // a plain loop: keys are short, a call costs more
        if (text[at] != first || !hasAt(text, at, part))
            continue;
        if (at == 0 || isBreak(text[at - 1]))
            return Found::AtAWordStart;
        found = Found::InsideAWord;
    }
    return found;
}

} // namespace

QString SearchRanking::fold(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    foldInto(text, folded);
    return folded;
}

SearchRanking::RowKey SearchRanking::rowKey(const ContactSummary& summary)
{
    RowKey key;
    qsizetype length = summary.name.size() + summary.organization.size() + summary.title.size() + 2;
    for (const QString& tag : summary.tags)
        length += tag.size() + 1;
    key.text.reserve(length);
    foldInto(summary.name, key.text);
    key.nameLength = key.text.size();
    for (const QString* field : {&summary.organization, &summary.title}) {
        key.text += u'\n';
        foldInto(*field, key.text);
    }
    for (const QString& tag : summary.tags) {
        key.text += u'\n';
        foldInto(tag, key.text);
    }
    return key;
}

quint32 SearchRanking::lettersOf(QStringView folded)
{
    quint32 letters = 0;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            letters |= 1u << (u - u'a');
        else if (u != u' ' && u != u'\n')
            letters |= 1u << (26 + u % 6);
    }
    return letters;
}

SearchRanking::SearchRanking(const QString& typed)
    : m_whole(fold(typed))
    , m_wholeLetters(lettersOf(m_whole))
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString& word : typed.split(whitespace, Qt::SkipEmptyParts)) {
        if (QString folded = fold(word); !folded.isEmpty()) {
            m_wordLetters.append(lettersOf(folded));
            m_words.append(folded);
        }
    }
}

SearchRanking::Tier SearchRanking::tierOf(QStringView key, qsizetype nameLength, quint32 nameLetters) const
{
    if (m_words.isEmpty())
        return Unknown;
    const QStringView name = key.left(nameLength);
    const QStringView other = key.mid(nameLength);
    const auto couldBeInName = [nameLetters](quint32 letters) { return (letters & ~nameLetters) == 0; };
    const Found whole = couldBeInName(m_wholeLetters) ? find(name, m_whole) : Found::Nowhere;
    if (whole == Found::AtAWordStart) {
        if (name.startsWith(m_whole))
            return name.size() == m_whole.size() ? ExactName : NameWords;
        if (m_words.size() == 1)
            return NameWords;
    }
    // Each word in the name, or else in the organisation, title and tags (one word, the usual
    // case, was just looked for in the name).
    bool allInName = true;
    bool allFound = true;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (m_words.size() > 1 && couldBeInName(m_wordLetters.at(i)) && find(name, word) == Found::AtAWordStart)
            continue;
        allInName = false;
        allFound = allFound && find(other, word) == Found::AtAWordStart;
    }
    if (allInName)
        return NameWords;
    if (whole != Found::Nowhere)
        return NameContains;
    return allFound ? OtherFields : Unknown;
}

QList<qsizetype> SearchRanking::bestNameMatches(const QString& typed, const QStringList& names)
{
    const SearchRanking ranking(typed);
    QList<qsizetype> best;
    Tier bestTier = OtherFields; // only names are ranked here, so every tier from this one on is no match
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = fold(names.at(i));
        const Tier tier = ranking.tierOf(name, name.size(), lettersOf(name));
        if (tier > bestTier)
            continue;
        if (tier < bestTier) {
            best.clear();
            bestTier = tier;
        }
        best.append(i);
    }
    return best;
}

} // namespace Rapport
