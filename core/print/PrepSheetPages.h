// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPageLayout>
#include <QTextBlock>

class QPagedPaintDevice;
class QTextDocument;

namespace Rapport {

// How prep sheets sit on paper. The PDF, the printer, the preview and the page count all lay
// the sheet out the same way here, so "one page" in a test is one page on paper.
class PrepSheetPages
{
public:
    // The paper with the sheet's own margins: Qt's default (2 cm on top of the printer's) takes
    // room a one-page brief needs.
    static QPageLayout pageLayout(const QPageSize& size);

    // Sets html into document and lays it out on the printable area of device (a QPdfWriter or
    // QPrinter, its page layout already set), at its resolution. Qt 6.4 has no keep-with-next, so
    // page breaks are placed by hand: a heading whose next line would start the next page moves
    // there, and so does a section (<h2>) that would run onto the next page but fits on one, so
    // the break falls between sections. Returns how many headings were moved.
    static int layOut(QTextDocument& document, const QString& html, QPagedPaintDevice* device);

    // Whether heading is the last line of its page: the next block starts on a later page.
    static bool stranded(const QTextBlock& heading);
    // The headings (<h1> to <h6>) left as the last line of a page: none once layOut has run.
    static QList<QTextBlock> strandedHeadings(const QTextDocument& document);

    // The page each line of block starts on: first and last (0-based).
    static int firstPageOf(const QTextBlock& block);
    static int lastPageOf(const QTextBlock& block);

    // How many pages html takes on this paper, laid out exactly as writePdf lays it out.
    static int pageCount(const QString& html, const QPageSize& size);

    // A4, or Letter where the locale uses it.
    static QPageSize defaultPageSize();
    // Writes html (sheets, one per page: PrepSheet::combined) as a PDF; *error says why not.
    static bool writePdf(const QString& html, const QString& path, const QPageSize& size, QString* error);

    // Dots per inch of the PDF: the layout depends on it, so it is fixed.
    static constexpr int kResolution = 300;
};

} // namespace Rapport
