// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapport {

// Something wrong with the input, reported as FILE:LINE: message.
struct ImportProblem {
    // What became of the row. A row problem skips the row (a hidden LinkedIn member is one, counted
    // apart); a field problem leaves only that field empty, its text kept in the notes; a skipped
    // line (a vCard line that cannot be read) is left out of its card, which is still imported.
    // Extra values (beyond the header's last column) are kept in the notes, and the row imported.
    enum class Kind { Row, HiddenMember, Field, SkippedLine, ExtraValues };

    int line = 0; // 0 when the problem concerns the whole file
    QString message;
    Kind kind = Kind::Row;

    // Reported as "warning:"; only --strict refuses the file for it.
    bool isWarning() const { return kind == Kind::SkippedLine; }

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

// One contact read from an import file, before it is matched against the network.
struct ImportRecord {
    Contact contact; // id 0; uuid set only when the file carries ours (vCard UID, JSON uuid)
    QStringList referredBy; // names of whoever referred this person ("Referred By", vCard RELATED)
    int line = 0; // 1-based line where the record starts in the file
    QString formattedName; // a vCard's FN as written; empty for other formats
    // "Column: raw text" lines for values that have no field or could not be read. They are in
    // contact.notes already; an update adds those its contact's notes lack, so a re-import adds none twice.
    QStringList noteLines;
    QStringList notedColumns; // the columns without a field those lines came from, for the report
    QList<ImportProblem> fieldProblems; // values that could not be read (the row is still imported)
};

} // namespace Rapport
