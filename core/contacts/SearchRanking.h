// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Rapport {

struct ContactSummary;

// How well a contact matches the text typed in the search box, so that typing someone's name
// lists that person before the people whose notes mention them. The search index decides who
// matches; this only orders the matches, from the row the list already holds, and costs a few
// substring tests per row. Words are compared the way the index reads them: case and accents
// folded, punctuation a break between words, each typed word a prefix.
class SearchRanking
{
public:
    // Best first. Unknown: the words are not all in the name, organisation, title or tags, so
    // they were found in the e-mails or the notes, which only the search index can tell apart.
    enum Tier : quint8 { ExactName, NameWords, NameContains, OtherFields, Elsewhere, Unknown };
    static constexpr int kTiers = Unknown;

    // What a row is ranked on, folded once when the row is read: the name, then the
    // organisation, title and tags, each on a line of its own.
    struct RowKey {
        QString text;
        qsizetype nameLength = 0;
    };
    static RowKey rowKey(const ContactSummary& summary);

    SearchRanking() = default;
    explicit SearchRanking(const QString& typed);
    bool isEmpty() const { return m_words.isEmpty(); }
    Tier tierOf(const RowKey& key) const
    {
        return tierOf(key.text, key.nameLength, lettersOf(QStringView(key.text).left(key.nameLength)));
    }
    // A RowKey's text, wherever it is kept, and lettersOf() its name (kept with it, so that most
    // names need not be read: a word cannot be in a name that lacks one of its letters).
    Tier tierOf(QStringView key, qsizetype nameLength, quint32 nameLetters) const;
    static quint32 lettersOf(QStringView folded); // a bit per letter or digit (some share one)

    // Lower case, accents and other marks removed, and every run of characters that are not
    // letters or digits made one space (none at either end): "Zoë O'Brien" -> "zoe o brien".
    static QString fold(QStringView text);

    // Which of names a typed name means, ranked as the search box ranks them (so "Mei" means
    // Mei-Ling Zhou before Ana Almeida): the indexes of the names in the best tier that the name
    // alone reaches, ExactName, NameWords or NameContains, in their order in names. Empty when no
    // name matches; one index is a clear answer, more a tie. The command line's --to and --contact
    // and the window's Path To go by this.
    static QList<qsizetype> bestNameMatches(const QString& typed, const QStringList& names);

private:
    QString m_whole; // the typed text, folded
    QStringList m_words; // each typed word, folded (a word with punctuation inside keeps its spaces)
    QList<quint32> m_wordLetters; // lettersOf each word
    quint32 m_wholeLetters = 0;
};

} // namespace Rapport
