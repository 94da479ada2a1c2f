// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetPages.h"

#include "PrepSheet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>

namespace Rapport {

namespace {

constexpr qreal kMarginMm = 10;

// The top of line `line` of block, in document coordinates (pages are stacked one under another).
qreal lineTop(const QTextBlock& block, int line)
{
    const QTextDocument* document = block.document();
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    return rect.top() + block.layout()->lineAt(line).y();
}

int pageAt(const QTextDocument& document, qreal y)
{
    const qreal height = document.pageSize().height();
    return height > 0 ? int(y / height) : 0;
}

} // namespace

QPageLayout PrepSheetPages::pageLayout(const QPageSize& size)
{
    return QPageLayout(
        size, QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

int PrepSheetPages::firstPageOf(const QTextBlock& block)
{
    if (!block.layout() || block.layout()->lineCount() == 0)
        return pageAt(*block.document(), block.document()->documentLayout()->blockBoundingRect(block).top());
    return pageAt(*block.document(), lineTop(block, 0));
}

int PrepSheetPages::lastPageOf(const QTextBlock& block)
{
    if (!block.layout() || block.layout()->lineCount() == 0)
        return firstPageOf(block);
    return pageAt(*block.document(), lineTop(block, block.layout()->lineCount() - 1));
}

QList<QTextBlock> PrepSheetPages::strandedHeadings(const QTextDocument& document)
{
    document.documentLayout()->documentSize(); // the whole layout, not just what has been painted
    QList<QTextBlock> stranded;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
            continue;
        if (firstPageOf(block.next()) > lastPageOf(block))
            stranded.append(block);
    }
    return stranded;
}

int PrepSheetPages::layOut(QTextDocument& document, const QString& html, QPagedPaintDevice* device)
{
    // Laid out in the device's own pixels, so the page the document counts is the page printed
    // (QTextDocument::print scales a paginated document by the page size it was laid out for).
    document.documentLayout()->setPaintDevice(device);
    document.setHtml(html);
    document.setDocumentMargin(0); // the page layout's margins are the only ones
    document.setPageSize(QSizeF(device->width(), device->height()));

    // One heading at a time, top down: each move shifts everything after it.
    int moved = 0;
    for (;;) {
        const QList<QTextBlock> stranded = strandedHeadings(document);
        // A heading already at the top of a page whose section still starts on the next cannot be
        // helped by another break.
        const auto next = std::find_if(stranded.cbegin(), stranded.cend(), [](const QTextBlock& heading) {
            return !(heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        });
        if (next == stranded.cend())
            return moved;
        QTextBlockFormat format = next->blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(*next).setBlockFormat(format);
        ++moved;
    }
}

int PrepSheetPages::pageCount(const QString& html, const QPageSize& size)
{
    QBuffer nowhere; // nothing is painted: the writer only lends its page and resolution
    QPdfWriter writer(&nowhere);
    writer.setPageLayout(pageLayout(size));
    writer.setResolution(kResolution);
    SafeTextDocument document;
    layOut(document, html, &writer);
    return document.pageCount();
}

} // namespace Rapport
