// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

struct ImportCheck;

// What a check of every row found, in the review page's words: how many contacts will be imported,
// how many rows skipped, values kept in the notes and vCard lines left out; and how many rows the
// file has in all.
class ImportCheckSummary
{
    // The review page's context: the shipped translations know these texts there.
    Q_DECLARE_TR_FUNCTIONS(Rapport::ImportReviewPage)

public:
    explicit ImportCheckSummary(const ImportCheck& check);

    QString text() const;
    // The rows imported and the rows skipped (a header line that identifies nobody is not a row).
    int fileRows() const { return m_fileRows; }

private:
    int m_records = 0;
    int m_skipped = 0;
    int m_unreadable = 0;
    int m_leftOut = 0;
    bool m_noProblems = true;
    int m_fileRows = 0;
};

} // namespace Rapport
