// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Rapport {

// How an imported row fills in a contact already in the network: the user's typed data is never
// overwritten, lists only grow, and the file's notes are added once.
namespace ImportFieldMerge {

// A field's name as the import report says it ("given name", "e-mails").
QString fieldLabel(const QString& field);

// Fills in a known contact from an imported row. Notes, stage and strength are the user's own
// and never change; e-mails, phones and tags are added, never removed. A field the user typed
// (`typed`) keeps its value, and the difference is noted in `kept`. A value that differs only in
// case, or a profile URL spelled another way, is not a change: the user's spelling stays (and an
// organisation is not re-cased for everyone who works there). `changed` gets the fields set, and
// `fromFile` those of them that are now the file's (all but a typed list the file added to).
void mergeInto(const Contact& imported, const QSet<QString>& typed, Contact& known, QStringList* changed,
    QStringList* fromFile, QStringList* kept);

// The file's own notes for a contact already here (the row's notes without the lines of values
// kept from other columns), added as a paragraph of their own unless the notes hold it already.
bool appendFileNotes(QString* notes, const QString& rowNotes, const QStringList& noteLines);

} // namespace ImportFieldMerge

} // namespace Rapport
