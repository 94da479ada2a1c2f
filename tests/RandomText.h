// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Seeded random text for the round-trip property tests: pieces that CSV, vCard, spreadsheets and
// importers take for syntax, and the case count and seed they run with (RAPPORT_CASES, RAPPORT_SEED).
#include "Contact.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Rapport::Test {

inline quint32 baseSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("RAPPORT_SEED").toUInt(&ok);
    return ok ? seed : 20250114u;
}

// Each import writes a fresh network file, so those properties run fewer cases by default.
inline int caseCount(int byDefault)
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("RAPPORT_CASES", &ok);
    return ok && count > 0 ? count : byDefault;
}

// Control characters and invisible marks made visible, for failure messages.
inline QString visible(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case 0:
            out += QStringLiteral("\\0");
            break;
        default:
            if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Other_Format
                || c.category() == QChar::Separator_Line || c.unicode() == 0xA0)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return QLatin1Char('[') + out + QLatin1Char(']');
}

inline QString visible(const QStringList& list)
{
    QStringList parts;
    for (const QString& s : list)
        parts.append(visible(s));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

inline QString visible(const QList<LabeledValue>& list)
{
    QStringList parts;
    for (const LabeledValue& v : list)
        parts.append(visible(v.label) + QLatin1Char('=') + visible(v.value));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Pieces of text, most of them something a CSV writer or reader, a spreadsheet or an importer
// could take for syntax.
inline const QStringList kPieces = [] {
    QStringList pieces;
    for (const char* piece : {",", "\"", "\"\"", "\r", "\n", "\r\n", "\n\r", " ", "  ", "\t", ";", ":", "<", ">", "*",
             "* ", "_", "#", "\\", "'", "=", "+", "-", "@", "/", "|", "&amp;", "<b>", "a", "b", "Zoë", "O'Brien",
             "ana@example.org", "0", "42", "+1 617", "\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
             "e\xCC\x81", "\xCC\x81", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",
             "\xE2\x80\x8F", "\xC2\xA0", "\xE2\x80\xA8", "\xE4\xB8\xAD\xE6\x96\x87", "\xC3\x9F", "\xE2\x82\xAC"})
        pieces.append(QString::fromUtf8(piece));
    return pieces;
}();

class Random
{
public:
    explicit Random(quint32 seed)
        : m_random(seed)
    { }

    int bounded(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return bounded(100) < percent; }

    // Empty one time in five, else one to maxPieces pieces; with `nul`, sometimes a NUL character.
    QString text(int maxPieces = 6, bool nul = false)
    {
        if (chance(20))
            return {};
        QString s;
        const int n = 1 + bounded(maxPieces);
        for (int i = 0; i < n; ++i) {
            if (nul && chance(2))
                s += QChar(0);
            else
                s += kPieces.at(bounded(int(kPieces.size())));
        }
        return s;
    }

    // Text that always holds a letter somewhere, so it is never only whitespace.
    QString someText(int maxPieces = 4)
    {
        // Between pieces, never inside one: a letter between two halves of a surrogate pair would
        // make text that is not Unicode.
        const QString letter(QLatin1Char('a' + char(bounded(26))));
        const QString before = text(maxPieces);
        return chance(50) ? before + letter + text(maxPieces / 2 + 1) : letter + before;
    }

    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(bounded(int(list.size())));
    }

private:
    QRandomGenerator m_random;
};

} // namespace Rapport::Test
