// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportRecord.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace Rapport {

// One record of a CSV file and the line it starts on.
struct CsvRecord {
    QStringList fields;
    int line = 0;

    // An empty line, or one of only spaces and empty cells (spreadsheets end files with ",,,,"):
    // it holds no data, so it is skipped rather than reported.
    bool isBlank() const;
};

// An incremental RFC 4180 reader: quoted fields with "" escapes, newlines and CR LF inside
// quotes, CR LF / LF / CR line ends. Text is fed in chunks as it is decoded, and each complete
// record is handed on at once, so memory does not grow with the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::CsvReader)

public:
    using Sink = std::function<void(CsvRecord&&)>;

    explicit CsvReader(QChar delimiter = QLatin1Char(','));

    // A longer value stops the reader with an error (a 1 MB note is fine; 10 MB is a broken file).
    static constexpr qsizetype kMaxFieldLength = 2'000'000;

    void feed(QStringView text, const Sink& sink);
    // Hands on the last record; an open quote at the end of the input is an error.
    void finish(const Sink& sink);
    std::optional<ImportProblem> error() const { return m_error; }
    int currentLine() const { return m_line; }

    // Picks comma, semicolon or tab from the start of a file: the one that splits the most lines
    // into the same number of fields (quotes respected).
    static QChar sniffDelimiter(QStringView start);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void endField();
    void endRecord(const Sink& sink);

    QChar m_delimiter;
    State m_state = State::FieldStart;
    QString m_field;
    CsvRecord m_record;
    int m_line = 1;
    int m_quoteLine = 0;
    bool m_lastWasCr = false;
    bool m_lastWasCrInQuotes = false;
    std::optional<ImportProblem> m_error;
};

} // namespace Rapport
