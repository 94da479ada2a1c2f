// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetPages.h"

#include "PrepSheet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextLayout>

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

int headingLevel(const QTextBlock& block)
{
    return block.blockFormat().headingLevel();
}

// A section of the sheet: an <h2> and what follows it up to the next heading of its rank or higher.
constexpr int kSectionLevel = 2;

// Whether the section under heading runs onto another page although it would fit on one: moving
// its heading to the next page then puts the break between sections.
bool splitButFits(const QTextBlock& heading)
{
    heading.document()->documentLayout()->pageCount();
    const int level = headingLevel(heading);
    if (level != kSectionLevel || !heading.layout() || heading.layout()->lineCount() == 0)
        return false;
    const QTextDocument& document = *heading.document();
    const qreal top = lineTop(heading, 0);
    qreal bottom = top;
    for (QTextBlock block = heading.next(); block.isValid(); block = block.next()) {
        const int blockLevel = headingLevel(block);
        if (blockLevel > 0 && blockLevel <= level)
            break;
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        // Every block, not only the last: in a table another cell of the last row may reach lower.
        const int last = layout->lineCount() - 1;
        bottom = qMax(bottom, lineTop(block, last) + layout->lineAt(last).height());
    }
    return pageAt(document, bottom - 1) > pageAt(document, top) && bottom - top <= document.pageSize().height();
}

// Puts heading at the top of the page after the one it ends on. A page break before it does
// that, except when the content before it reaches the very foot of the page: Qt has then already
// counted the next page and the break turns one more, leaving a blank page. A top margin that
// reaches the next page does it instead.
void moveToNextPage(const QTextBlock& heading)
{
    const QTextDocument& document = *heading.document();
    const int page = PrepSheetPages::lastPageOf(heading);
    const qreal top = lineTop(heading, 0);
    QTextBlockFormat format = heading.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).setBlockFormat(format);
    if (PrepSheetPages::firstPageOf(heading) <= page + 1)
        return;
    format.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    format.setTopMargin(format.topMargin() + (page + 1) * document.pageSize().height() - top);
    QTextCursor(heading).setBlockFormat(format);
}

} // namespace

QPageLayout PrepSheetPages::pageLayout(const QPageSize& size)
{
    return QPageLayout(
        size, QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

int PrepSheetPages::firstPageOf(const QTextBlock& block)
{
    block.document()->documentLayout()->pageCount(); // lays out the rest, if the layout was lazy
    if (!block.layout() || block.layout()->lineCount() == 0)
        return pageAt(*block.document(), block.document()->documentLayout()->blockBoundingRect(block).top());
    return pageAt(*block.document(), lineTop(block, 0));
}

int PrepSheetPages::lastPageOf(const QTextBlock& block)
{
    block.document()->documentLayout()->pageCount();
    if (!block.layout() || block.layout()->lineCount() == 0)
        return firstPageOf(block);
    return pageAt(*block.document(), lineTop(block, block.layout()->lineCount() - 1));
}

bool PrepSheetPages::stranded(const QTextBlock& heading)
{
    return heading.next().isValid() && firstPageOf(heading.next()) > lastPageOf(heading);
}

QList<QTextBlock> PrepSheetPages::strandedHeadings(const QTextDocument& document)
{
    QList<QTextBlock> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (headingLevel(block) > 0 && stranded(block))
            found.append(block);
    }
    return found;
}

int PrepSheetPages::layOut(QTextDocument& document, const QString& html, QPagedPaintDevice* device)
{
    // Laid out in the device's own pixels, so the page the document counts is the page printed
    // (QTextDocument::print scales a paginated document by the page size it was laid out for).
    document.documentLayout()->setPaintDevice(device);
    document.setHtml(html);
    document.setDocumentMargin(0); // the page layout's margins are the only ones
    document.setPageSize(QSizeF(device->width(), device->height()));

    // One heading at a time, top down, as each move shifts everything after it; each at most once.
    QSet<int> moved;
    for (;;) {
        QTextBlock heading;
        for (QTextBlock block = document.begin(); block.isValid() && !heading.isValid(); block = block.next()) {
            if (headingLevel(block) > 0 && !moved.contains(block.blockNumber())
                && !(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                && (stranded(block) || splitButFits(block)))
                heading = block;
        }
        if (!heading.isValid())
            return int(moved.size());
        moveToNextPage(heading);
        moved.insert(heading.blockNumber());
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

QPageSize PrepSheetPages::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool PrepSheetPages::writePdf(const QString& html, const QString& path, const QPageSize& pageSize, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PrepSheet::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(PrepSheet::tr("Prep sheet"));
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setPageLayout(pageLayout(pageSize));
        writer.setResolution(kResolution);
        SafeTextDocument document;
        layOut(document, html, &writer);
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = PrepSheet::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Rapport
