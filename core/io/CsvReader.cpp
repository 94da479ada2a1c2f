// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvReader.h"

#include <QHash>

#include <algorithm>

namespace Rapport {

bool CsvRecord::isBlank() const
{
    // Called for every row: look at characters rather than build trimmed copies.
    const auto isSpace = [](QChar c) { return c.isSpace(); };
    return std::all_of(fields.cbegin(), fields.cend(),
        [&isSpace](const QString& f) { return std::all_of(f.cbegin(), f.cend(), isSpace); });
}

CsvReader::CsvReader(QChar delimiter)
    : m_delimiter(delimiter)
{
    m_record.line = 1;
}

void CsvReader::endField()
{
    m_record.fields.append(m_field);
    m_field.clear();
}

void CsvReader::endRecord(const Sink& sink)
{
    endField();
    sink(std::move(m_record));
    m_record = CsvRecord();
    m_record.line = m_line;
    m_state = State::FieldStart;
}

void CsvReader::feed(QStringView text, const Sink& sink)
{
    if (m_error)
        return;
    for (const QChar c : text) {
        // A CR LF pair is one line end; the LF after a CR that already ended a line is skipped.
        if (m_lastWasCr && c == QLatin1Char('\n') && m_state != State::Quoted) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = false;
        const bool newline = c == QLatin1Char('\n') || c == QLatin1Char('\r');

        switch (m_state) {
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) { // "" inside quotes is one quote
                m_field.append(c);
                m_state = State::Quoted;
                m_lastWasCrInQuotes = false;
                continue;
            }
            m_state = State::Unquoted; // the closing quote; what follows is handled below
            [[fallthrough]];
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (newline) {
                ++m_line;
                m_lastWasCr = c == QLatin1Char('\r');
                endRecord(sink);
            } else if (c == QLatin1Char('"') && m_state == State::FieldStart) {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_lastWasCrInQuotes = false;
            } else {
                // A stray quote in an unquoted field is kept as text, as spreadsheets do.
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                m_state = State::QuoteInQuoted;
            } else {
                if (c == QLatin1Char('\n')) {
                    if (!m_lastWasCrInQuotes)
                        ++m_line;
                } else if (c == QLatin1Char('\r')) {
                    ++m_line;
                }
                m_lastWasCrInQuotes = c == QLatin1Char('\r');
                m_field.append(c);
            }
            break;
        }
        // No contact detail is this long: it is almost always a quote that was never closed,
        // swallowing the rest of the file. Stop before memory grows with it.
        if (m_field.size() > kMaxFieldLength) {
            m_error = ImportProblem {m_state == State::Unquoted ? m_line : m_quoteLine,
                tr("a value starting here is longer than %L1 characters: is a closing quote missing?")
                    .arg(kMaxFieldLength)};
            return;
        }
    }
}

void CsvReader::finish(const Sink& sink)
{
    if (m_error)
        return;
    if (m_state == State::Quoted) {
        m_error = ImportProblem {m_quoteLine, tr("a quoted field starts here and is never closed")};
        return;
    }
    // A final line end already emitted the last record; a trailing partial line has not.
    if (m_state != State::FieldStart || !m_field.isEmpty() || !m_record.fields.isEmpty())
        endRecord(sink);
}

QChar CsvReader::sniffDelimiter(QStringView start)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = candidates[0];
    int bestScore = 0;
    for (const QChar candidate : candidates) {
        // Count fields per line, outside quotes, for the first lines.
        QHash<int, int> linesWithCount;
        int count = 0;
        int lines = 0;
        bool quoted = false;
        for (const QChar c : start) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == candidate) {
                ++count;
            } else if (!quoted && c == QLatin1Char('\n')) {
                if (count > 0)
                    ++linesWithCount[count];
                count = 0;
                if (++lines == 50)
                    break;
            }
        }
        if (count > 0)
            ++linesWithCount[count];
        int score = 0;
        for (auto it = linesWithCount.cbegin(); it != linesWithCount.cend(); ++it)
            score = std::max(score, it.value() * 1000 + it.key()); // most lines agreeing, then most fields
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace Rapport
