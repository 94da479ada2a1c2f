// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Rapport {

// Undoable meeting and follow-up edits. Undo also puts back the stage a write moved. A
// command whose write fails marks itself obsolete; the store has already said why.

class AddMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddMeetingCommand)

public:
    AddMeetingCommand(MeetingStore* store, const Meeting& meeting, const QString& name);
    void redo() override;
    void undo() override;
    qint64 meetingId() const { return m_meeting.id; }
    // Where the first redo writes the new id (a failed command is deleted inside push()).
    void reportIdTo(qint64* id) { m_report = id; }

private:
    MeetingStore* m_store;
    Meeting m_meeting; // its id is kept, so redo after undo brings back the same meeting
    StageChange m_stage;
    qint64* m_report = nullptr;
};

class EditMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditMeetingCommand)

public:
    EditMeetingCommand(MeetingStore* store, const Meeting& before, const Meeting& after, const QString& name);
    void redo() override;
    void undo() override;

private:
    MeetingStore* m_store;
    Meeting m_before;
    Meeting m_after;
    StageChange m_stage;
};

class RemoveMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveMeetingCommand)

public:
    RemoveMeetingCommand(MeetingStore* store, const Meeting& meeting, const QString& name);
    void redo() override;
    void undo() override;

private:
    MeetingStore* m_store;
    Meeting m_meeting;
    QList<FollowUp> m_followUps; // re-attached on undo
    QList<QVariantList> m_checklist; // ticks and answers, put back on undo
};

class AddFollowUpCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddFollowUpCommand)

public:
    AddFollowUpCommand(MeetingStore* store, const FollowUp& followUp, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MeetingStore* m_store;
    FollowUp m_followUp;
};

// Done, undone, or any other change to one follow-up.
class EditFollowUpCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditFollowUpCommand)

public:
    EditFollowUpCommand(MeetingStore* store, const FollowUp& before, const FollowUp& after);
    void redo() override;
    void undo() override;

private:
    MeetingStore* m_store;
    FollowUp m_before;
    FollowUp m_after;
};

class RemoveFollowUpCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveFollowUpCommand)

public:
    RemoveFollowUpCommand(MeetingStore* store, const FollowUp& followUp);
    void redo() override;
    void undo() override;

private:
    MeetingStore* m_store;
    FollowUp m_followUp;
};

} // namespace Rapport
