// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TextDecoder.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Rapport {

// Tells, from the start of a file offered for import, whether it can be a contacts file at all,
// before any reader or the wizard's column mapping sees it. Windows-1252 decodes any bytes, so
// without this a PDF or a photo reads as a "CSV" of garbled columns.
class ContentSniffer
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ContentSniffer)

public:
    enum class Kind {
        Text, // may be a contacts file: the readers decide
        Binary, // not text: a known file type by its magic number, or bytes text does not have
        NotTable, // text, but its lines are not rows of a table
        Zip, // a ZIP archive (LinkedIn's data export is one), which has its own reader or none
        Spreadsheet, // a spreadsheet workbook: to be saved as CSV first
    };

    struct Verdict {
        Kind kind = Kind::Text;
        QString reason; // for everything but Text: why, in words for the user

        bool isText() const { return kind == Kind::Text; }
    };

    // From the raw first bytes (and the file name, for what a ZIP holds): magic numbers.
    static Verdict sniffBytes(QByteArrayView start, const QString& path = {});
    // From the decoded first part of the file: control characters, and in Windows-1252 (the
    // fallback that takes any bytes) a share of non-ASCII that text in that encoding never has.
    static Verdict sniffText(QStringView text, TextDecoder::Encoding encoding);
    // sniffText() on the raw start of a file in the encoding it was found to be in.
    static Verdict sniffDecoded(QByteArrayView start, TextDecoder::Encoding encoding);
    // Whether a short start of a file can begin UTF-8 text (no magic number, bad bytes or control
    // characters), for callers that route by its first byte: a JSON backup starts with a brace.
    static bool looksLikeText(QByteArrayView start);
    // For a file without a header of a known kind: whether its records, read with `delimiter`,
    // keep to the width of the header (the record on `headerLine`, or the first one when 0); lines
    // before it are a preamble. `complete` says the text is the whole file.
    static Verdict sniffTable(QStringView text, QChar delimiter, int headerLine, bool complete);
};

} // namespace Rapport
