// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ArchiveTables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace Rapport {

// Who the archive's owner is: their name (ImportKeys::nameKey) from Profile.csv, and the profile
// URLs (ImportKeys::profileKey) their messages were sent from.
struct ArchiveIdentity {
    QString nameKey;
    QSet<QString> profileKeys;
    bool isKnown() const { return !nameKey.isEmpty() || !profileKeys.isEmpty(); }
};

// What the archive's history did, for the report and the wizard.
struct ArchiveHistoryReport {
    int messagesRead = 0; // messages and invitations read, drafts and spam left out
    int messagesAdded = 0; // new log entries (a group message counts once per member known)
    int messagesKnown = 0; // messages and invitations already logged by an earlier import
    int invitationsAdded = 0;
    int drafts = 0;
    int spam = 0;
    int peopleAdded = 0; // written to, and not among the connections: added at Reached out
    int movedToReachedOut = 0;
    int movedToReplied = 0;
    int unmatched = 0; // messages with nobody Rapport knows or adds (those who only wrote to me)
    QStringList inboundOnly; // people who only wrote to me: not added ("Name (profile URL)")
    QDateTime first; // the range of what was read (UTC)
    QDateTime last;
    QStringList problems; // "messages.csv:12: ..." lines: what was read and left out
};

// Writes the messages and invitations of a LinkedIn archive as each contact's history, inside the
// caller's transaction (ArchiveImport's one batch):
// - people are matched by profile URL, then by name, with the import's duplicate rules; someone
//   I wrote to who is not in the network is added at Reached out; someone who only wrote to me
//   is not added, only counted and named;
// - a message already logged (same contact, channel, conversation, time and sender) is not added
//   again, so a newer archive adds only what is new;
// - stages move forward only: To contact → Reached out when I wrote (a message, or an
//   invitation with a note), → Replied when they wrote; Scheduled and later stay;
// - what it moved is kept with the batch (import_value_change), so undoing it puts it back.
class ArchiveHistory
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ArchiveHistory)

public:
    struct Input {
        QList<ArchiveMessage> messages;
        QList<ArchiveInvitation> invitations;
        ArchiveIdentity me;
        bool keepText = true; // false: dates and directions only (the privacy choice)
        qint64 batchId = 0;
    };

    // The owner: Profile.csv's name, and the sender of the messages in SENT or sent under that name.
    static ArchiveIdentity identify(
        const QList<ArchiveMessage>& messages, const QString& firstName, const QString& lastName);
    // Throws DatabaseError.
    static void write(const QSqlDatabase& db, const Input& input, ArchiveHistoryReport* report);
    // The privacy choice made afterwards: keeps every message's date, direction and person, and
    // removes its text and subject, and them from the search index, in one transaction. Returns
    // how many messages had text. Throws DatabaseError (nothing is changed then).
    static int forgetTexts(const QSqlDatabase& db);
    // How many messages keep their text.
    static int textsKept(const QSqlDatabase& db);
};

} // namespace Rapport
