// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"
#include "Stage.h"

#include <QObject>

#include <optional>

namespace Rapport {

class Database;

// A contact's stage before and after a write that moved it, so Undo can move it back.
struct StageChange {
    qint64 contactId = 0;
    Stage before = Stage::ToContact;
    Stage after = Stage::ToContact;
    bool changed() const { return contactId != 0 && before != after; }
};

// Reads and writes meetings (interactions) and follow-ups. Scheduling, holding and
// cancelling a meeting move the contact along the stages in the same transaction, and so does
// an e-mail or note turned into a conversation (forward only).
// A read that fails returns nothing and emits readFailed (see ContactStore).
class MeetingStore : public QObject
{
    Q_OBJECT

public:
    explicit MeetingStore(Database& database, QObject* parent = nullptr);

    std::optional<Meeting> meeting(qint64 id) const;
    // A contact's meetings, latest first.
    QList<Meeting> meetingsOf(qint64 contactId) const;
    // Every meeting of every contact, by start time.
    QList<Meeting> allMeetings() const;
    std::optional<FollowUp> followUp(qint64 id) const;
    // A contact's follow-ups: open ones first by due date, then done ones.
    QList<FollowUp> followUpsOf(qint64 contactId) const;
    QList<FollowUp> allFollowUps() const;

    // Each returns 0/false on failure, with lastError() set and nothing written. *stage (when
    // given) receives the stage move the write made. A non-zero id is kept (Undo restores rows).
    qint64 addMeeting(const Meeting& meeting, StageChange* stage = nullptr);
    bool updateMeeting(const Meeting& meeting, StageChange* stage = nullptr);
    // Only the notes: the autosave path, a small write that moves nothing else.
    bool saveNotes(qint64 meetingId, const QString& markdown);
    // Removes a meeting; its follow-ups stay, detached from it (they are the user's to-dos).
    bool removeMeeting(qint64 id);
    // A meeting's question checklist as stored (ticks, answers, sheet choices), which removing
    // the meeting deletes with it; Undo puts it back.
    QList<QVariantList> checklistOf(qint64 meetingId) const;
    bool restoreChecklist(qint64 meetingId, const QList<QVariantList>& rows);
    // Puts a stage back (Undo of a meeting write).
    bool setStage(qint64 contactId, Stage stage);

    qint64 addFollowUp(const FollowUp& followUp);
    bool updateFollowUp(const FollowUp& followUp);
    bool setFollowUpDone(qint64 id, bool done);
    bool removeFollowUp(qint64 id);

    // For writers outside this class that moved a contact's meetings and follow-ups (a merge of
    // two contacts): after their own commit.
    void notifyMeetingsMoved(qint64 contactId)
    {
        emit meetingsChanged(contactId);
        emit followUpsChanged(contactId);
    }

    QString lastError() const { return m_lastError; }
    // Why the last read failed (it returned nothing), or empty when it worked. Views that show the
    // result say so in place of an empty list; readFailed tells the window.
    QString readError() const { return m_readError; }

signals:
    void meetingsChanged(qint64 contactId);
    // The notes autosave: nothing to redraw but what search finds.
    void notesSaved(qint64 contactId);
    void followUpsChanged(qint64 contactId);
    // A write moved a contact's stage or its last-contacted date.
    void contactTouched(qint64 contactId);
    void writeFailed(const QString& message);
    // A read failed: what it returned is not what the network holds; message says why.
    void readFailed(const QString& message) const;

private:
    template <typename Write>
    bool write(Write&& body);
    template <typename Read>
    auto read(Read&& body) const;
    StageChange moveStage(qint64 contactId, MeetingKind kind, std::optional<MeetingStatus> statusBefore,
        std::optional<MeetingStatus> statusAfter) const;

    Database& m_database;
    QString m_lastError;
    mutable QString m_readError;
};

} // namespace Rapport
