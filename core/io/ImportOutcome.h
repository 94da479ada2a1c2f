// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Rapport {

// What an import does (or, in a dry run, would do) with one row of the file: the wizard's preview
// shows one per row. Collected only when ImportOptions::collectOutcomes asks for them.
struct ImportRowOutcome {
    enum class Kind {
        New, // a new contact
        Match, // the same person as a known contact; nothing of theirs changes
        Update, // the same person as a known contact; the import changes some of their fields
        PossibleDuplicate, // a new contact with the name of another who may be the same person
        Skipped, // not imported: `reason` says why
    };
    // Phone and Organization: rows without a name, matched to a contact without one either.
    enum class MatchedBy { None, Uuid, Profile, Email, Name, Phone, Organization };

    int line = 0; // where the row starts in the file
    Kind kind = Kind::New;
    Contact contact; // the row as read (empty for a row skipped for a problem)
    QString matchedName; // the contact it matches, or the possible duplicate's other contact
    int matchedLine = 0; // when that contact comes from an earlier row of the same file: its line
    MatchedBy matchedBy = MatchedBy::None;
    QStringList changedFields; // the fields an update changes, as shown ("title", "e-mails")
    QStringList keptTyped; // "organisation: yours "…", the file's "…": kept yours"
    QString reason; // why a row is skipped
};

// The sentence the wizard shows for an outcome ("matches Ada Okafor (by e-mail); changes title").
class ImportOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ImportOutcomeText)

public:
    static QString describe(const ImportRowOutcome& outcome);
    static QString matchedBy(ImportRowOutcome::MatchedBy by);
};

} // namespace Rapport
