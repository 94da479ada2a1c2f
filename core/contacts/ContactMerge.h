// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactSnapshot.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Rapport {

class Database;

// One field of two contacts about to be merged, as the Merge Contacts dialog shows it. Keys are
// the contact's keys in field_change ("firstName", "organization", "connectedOn"...).
struct MergeField {
    QString key;
    // The values as they read: text, the organisation's name, a QDate, the stage key, or an int.
    // An invalid QVariant (or empty text) is no value.
    QVariant kept;
    QVariant other;
    // Both have a value and the values differ: the user picks which one stays.
    bool asked = false;
    // The value that stays unless the user picks the other: the other contact's when only it has
    // a value, or (asked) when only it was typed by the user.
    bool otherByDefault = false;
};

// Which contact stays (the older one: its id and UUID survive) and every field of both.
struct MergePlan {
    qint64 keptId = 0;
    qint64 otherId = 0;
    QList<MergeField> fields;
};

// What the user chose: the asked fields whose value comes from the other contact. Unasked
// fields always keep the only value there is.
struct MergeChoices {
    qint64 keptId = 0;
    qint64 otherId = 0;
    QSet<QString> fromOther;
};

// Everything a merge changes, as it was before, so that undoing it brings both contacts back
// exactly: the same ids and UUIDs, their lists, meetings, links, follow-ups, change times,
// who typed each field, and no tombstone left behind.
struct MergeUndo {
    qint64 keptId = 0;
    qint64 otherId = 0;
    QList<TableRows> tables; // parents before children
    // The (entity, row key) pairs whose field_change and tombstone rows are in tables.
    QList<std::pair<QString, QString>> changeKeys;
};

// Merging two contacts that are the same person (issue 14: duplicates are flagged, never
// guessed, and merged by hand). The other contact's e-mails, phones and tags join the kept
// one's, its notes follow the kept one's, its meetings, follow-ups and links move over (a link
// that would join the person to themself, or repeat one they have, goes), and it is deleted.
class ContactMerge
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ContactMerge)

public:
    // The fields of two contacts, the older one kept, each asked field with its default. Throws
    // DatabaseError, also when one of the two no longer exists.
    static MergePlan plan(const QSqlDatabase& db, qint64 first, qint64 second);
    // The fields the plan asks about, as a choice that takes every default.
    static MergeChoices defaultChoices(const MergePlan& plan);

    // Merges in one transaction: all of it happens or none does. The fields chosen in the dialog
    // count as typed. *undo (when given) receives what undo() needs. Returns false with *error set.
    static bool merge(Database& database, const MergeChoices& choices, MergeUndo* undo, QString* error);
    // Puts both contacts back as they were before merge(), in one transaction.
    static bool undo(Database& database, const MergeUndo& undo, QString* error);

    // The same inside a transaction the caller holds. Throw DatabaseError.
    static void mergeInTransaction(const QSqlDatabase& db, const MergeChoices& choices, MergeUndo* undo);
    static void undoInTransaction(const QSqlDatabase& db, const MergeUndo& undo);
};

} // namespace Rapport
