// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SortText.h"

#include <algorithm>

namespace Rapport::SortText {

namespace {

// Letters that carry no decomposable accent but are read as a plain Latin letter.
QString plainLetters(QChar c)
{
    switch (c.unicode()) {
    case u'ł':
        return QStringLiteral("l");
    case u'đ':
        return QStringLiteral("d");
    case u'ø':
        return QStringLiteral("o");
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
        return QStringLiteral("ae");
    case u'œ':
        return QStringLiteral("oe");
    case u'þ':
        return QStringLiteral("th");
    case u'ı':
        return QStringLiteral("i");
    default:
        return QString(c);
    }
}

QString padDigits(const QString& text)
{
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (std::none_of(text.cbegin(), text.cend(), isDigit))
        return text;
    constexpr int kWidth = 20;
    QString padded;
    padded.reserve(text.size() + kWidth);
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigit(text.at(i))) {
            padded += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isDigit(text.at(end)))
            ++end;
        qsizetype start = i;
        while (start + 1 < end && text.at(start) == u'0')
            ++start; // "007" and "7" are the same number
        padded += QString(qMax<qsizetype>(0, kWidth - (end - start)), u'0');
        padded += QStringView(text).mid(start, end - start);
        i = end;
    }
    return padded;
}

} // namespace

QString key(const QString& text)
{
    const QString folded = text.toCaseFolded();
    // Plain ASCII needs nothing more than its digits padded (most names, fast).
    if (std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return padDigits(folded);
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent, apart from its letter
        plain += plainLetters(c);
    }
    return padDigits(plain);
}

} // namespace Rapport::SortText
