// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkdownEscapes.h"

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace Rapport {

// A code span that gives back exactly its text: a fence no run of backticks inside matches,
// and a space of padding where the reader would otherwise eat one or join a backtick to the fence.
QString MarkdownEscapes::codeSpan(const QString& content)
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
QString MarkdownEscapes::linkDestination(const QString& href)
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

} // namespace Rapport
