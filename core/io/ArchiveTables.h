// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Rapport {

// One message of messages.csv, its text repaired (entities, double encoding).
struct ArchiveMessage {
    QString conversationId;
    QString conversationTitle;
    QString from; // the sender's name
    QString senderUrl;
    QString to; // the recipients' names, as written
    QStringList recipientUrls; // several in a group chat
    QDateTime time; // UTC
    QString subject;
    QString content;
    QString folder; // INBOX, SENT, ARCHIVE…: says nothing about who sent it
    int line = 0;
};

// One row of Invitations.csv.
struct ArchiveInvitation {
    QString from;
    QString to;
    QDateTime sentAt; // UTC
    QString message;
    bool outgoing = false;
    QString inviterUrl; // since late 2023; empty before
    QString inviteeUrl;
    int line = 0;
};

// What reading a table left out, for the report: nothing is dropped without a count or a line.
struct ArchiveTableReport {
    int drafts = 0;
    int spam = 0;
    QList<ImportProblem> problems; // a row that could not be read, with its line
};

// Reads the tables of the LinkedIn archive. Columns are found by name, whatever their case and
// order, so the variants of different years read alike; a missing required column refuses the
// file (false, with a problem at line 0). Files are UTF-8, with or without a BOM.
class ArchiveTables
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ArchiveTables)

public:
    // Drafts (IS MESSAGE DRAFT / IS CONVERSATION DRAFT) and the SPAM folder are counted, not kept.
    static bool readMessages(const QByteArray& bytes, QList<ArchiveMessage>* messages, ArchiveTableReport* report);
    static bool readInvitations(
        const QByteArray& bytes, QList<ArchiveInvitation>* invitations, ArchiveTableReport* report);
    // Any table: its rows as column name (upper case) → value, for Profile, Positions and Education.
    static bool readRows(const QByteArray& bytes, const QStringList& required, QList<QHash<QString, QString>>* rows,
        ArchiveTableReport* report);
};

} // namespace Rapport
