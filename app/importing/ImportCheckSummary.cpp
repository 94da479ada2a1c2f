// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportCheckSummary.h"

#include "ContactImporter.h"

#include <QLocale>
#include <QSet>

namespace Rapport {

ImportCheckSummary::ImportCheckSummary(const ImportCheck& check)
    : m_records(check.records)
    , m_noProblems(check.problems.isEmpty())
{
    // Rows that identify nobody are skipped and values that cannot be read kept in the notes: they
    // are listed, and the rest is imported (the command line's --strict has no counterpart here).
    // A vCard line that cannot be read is left out of its card, which is imported.
    QSet<int> skippedLines;
    for (const ImportProblem& problem : check.problems) {
        if (problem.isWarning())
            ++m_leftOut;
        else if (problem.kind == ImportProblem::Kind::Field)
            ++m_unreadable;
        else if (problem.kind == ImportProblem::Kind::ExtraValues)
            continue; // listed below; the row is imported with them in its notes
        else
            skippedLines.insert(problem.line);
    }
    m_skipped = int(skippedLines.size());
    m_fileRows = check.records + m_skipped - (skippedLines.contains(0) ? 1 : 0);
}

QString ImportCheckSummary::text() const
{
    const QLocale locale;
    QString text = m_records == 1 ? tr("The file holds 1 contact.")
                                  : tr("The file holds %1 contacts.").arg(locale.toString(m_records));
    // One and many worded apart, as English has no numerus translation: "%n" alone would say "1 rows".
    if (m_skipped > 0)
        text += QLatin1Char(' ')
            + (m_skipped == 1 ? tr("1 row will be skipped, as listed below.")
                              : tr("%n rows will be skipped, as listed below.", nullptr, m_skipped));
    if (m_unreadable > 0)
        text += QLatin1Char(' ')
            + (m_unreadable == 1
                    ? tr("1 value cannot be read: it is left empty and its text kept in the contact's notes.")
                    : tr("%n values cannot be read: each is left empty and its text kept in the contact's notes.",
                        nullptr, m_unreadable));
    if (m_leftOut > 0)
        text += QLatin1Char(' ')
            + (m_leftOut == 1 ? tr("1 line cannot be read and will be left out of its card, as listed below.")
                              : tr("%n lines cannot be read and will be left out of their card, as listed below.",
                                  nullptr, m_leftOut));
    if (m_noProblems)
        text += QLatin1Char(' ') + tr("No problems.");
    return text;
}

} // namespace Rapport
