// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetText.h"

#include "NotesMarkdown.h"
#include "PrepSheet.h"

#include <QTextBlock>
#include <QTextList>

namespace Rapport {

namespace {

const QString kEllipsis = QStringLiteral("…");

// What a cut may leave at the end and the "…" replaces: "said so. …" or "so, …" read badly.
// Closing brackets and quotes stay, as they pair with an opening one kept in the excerpt.
bool trailingPunctuation(QChar c)
{
    static const QString marks = QStringLiteral(".,;:!?…‥·-‐‑‒–—―。、，；：！？");
    return c.isSpace() || marks.contains(c);
}

} // namespace

QString PrepSheetText::cut(const QString& plain, int maxChars)
{
    if (plain.size() <= maxChars)
        return plain;
    // A space at maxChars ends the last whole word; otherwise the last one before it.
    qsizetype end = plain.lastIndexOf(QLatin1Char(' '), maxChars);
    if (end <= 0 || end < qMin<qsizetype>(maxChars / 2, maxChars - kWordSearch))
        end = maxChars; // one very long word: cut through it, the "…" says so
    if (end > 0 && plain.at(end - 1).isHighSurrogate())
        --end; // never half a character
    qsizetype kept = end;
    while (kept > 0 && trailingPunctuation(plain.at(kept - 1)))
        --kept;
    return plain.left(kept) + kEllipsis;
}

QString PrepSheetText::excerpt(const QString& markdown, int maxChars)
{
    return cut(NotesMarkdown::plainText(markdown).simplified(), maxChars);
}

QStringList PrepSheetText::lines(const QString& markdown, int maxLines, int lineChars, int* more)
{
    SafeTextDocument document;
    NotesMarkdown::read(&document, markdown);
    QStringList out;
    int left = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().simplified();
        if (text.isEmpty())
            continue;
        if (out.size() >= maxLines) {
            ++left;
            continue;
        }
        QString marker;
        switch (block.blockFormat().marker()) {
        case QTextBlockFormat::MarkerType::Checked:
            marker = QStringLiteral("☑ ");
            break;
        case QTextBlockFormat::MarkerType::Unchecked:
            marker = QStringLiteral("☐ ");
            break;
        case QTextBlockFormat::MarkerType::NoMarker:
            if (const QTextList* list = block.textList()) {
                const QTextListFormat::Style style = list->format().style();
                const bool bullet = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
                    || style == QTextListFormat::ListSquare;
                marker = (bullet ? QStringLiteral("•") : list->itemText(block)) + QLatin1Char(' '); // or "1."
            }
            break;
        }
        out.append(marker + cut(text, lineChars));
    }
    if (more)
        *more = left;
    return out;
}

} // namespace Rapport
