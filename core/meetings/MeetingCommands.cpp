// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingCommands.h"

#include "MeetingTypes.h"
#include "PrepSheetText.h"

namespace Rapport {

namespace {
// A follow-up as an undo step names it: whole when short, else cut at a word.
QString named(const QString& text)
{
    return PrepSheetText::cut(text.simplified(), 48);
}
} // namespace

AddMeetingCommand::AddMeetingCommand(MeetingStore* store, const Meeting& meeting, const QString& name)
    // The kind as labelled, not lowered: German capitalises its nouns.
    : QUndoCommand(tr("Schedule with %1 (%2)").arg(name, MeetingTypes::label(meeting.kind)))
    , m_store(store)
    , m_meeting(meeting)
{ }

void AddMeetingCommand::redo()
{
    const qint64 id = m_store->addMeeting(m_meeting, &m_stage);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_meeting.id = id;
    if (m_meeting.uuid.isEmpty()) {
        if (const auto stored = m_store->meeting(id)) // unreadable: readFailed has said why
            m_meeting.uuid = stored->uuid;
    }
    if (m_report)
        *std::exchange(m_report, nullptr) = id;
}

void AddMeetingCommand::undo()
{
    if (const auto current = m_store->meeting(m_meeting.id))
        m_meeting = *current; // notes typed since are kept for redo
    if (!m_store->removeMeeting(m_meeting.id))
        setObsolete(true);
    else if (m_stage.contactId)
        m_store->setStage(m_stage.contactId, m_stage.before); // exactly as it was before this meeting
}

EditMeetingCommand::EditMeetingCommand(
    MeetingStore* store, const Meeting& before, const Meeting& after, const QString& name)
    : QUndoCommand(tr("Edit meeting with %1").arg(name))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditMeetingCommand::redo()
{
    // Notes are autosaved on their own: an undo of a field never takes typed words back.
    if (const auto current = m_store->meeting(m_after.id))
        m_after.notes = m_before.notes = current->notes;
    if (!m_store->updateMeeting(m_after, &m_stage))
        setObsolete(true);
}

void EditMeetingCommand::undo()
{
    if (const auto current = m_store->meeting(m_before.id))
        m_after.notes = m_before.notes = current->notes;
    if (!m_store->updateMeeting(m_before))
        setObsolete(true);
    else if (m_stage.changed())
        m_store->setStage(m_stage.contactId, m_stage.before);
}

RemoveMeetingCommand::RemoveMeetingCommand(MeetingStore* store, const Meeting& meeting, const QString& name)
    : QUndoCommand(tr("Remove meeting with %1").arg(name))
    , m_store(store)
    , m_meeting(meeting)
{ }

void RemoveMeetingCommand::redo()
{
    if (const auto current = m_store->meeting(m_meeting.id))
        m_meeting = *current;
    m_checklist = m_store->checklistOf(m_meeting.id);
    m_followUps.clear();
    for (const FollowUp& f : m_store->followUpsOf(m_meeting.contactId)) {
        if (f.meetingId == m_meeting.id)
            m_followUps.append(f);
    }
    if (!m_store->removeMeeting(m_meeting.id))
        setObsolete(true);
}

void RemoveMeetingCommand::undo()
{
    StageChange change;
    if (!m_store->addMeeting(m_meeting, &change)) {
        setObsolete(true);
        return;
    }
    for (const FollowUp& f : std::as_const(m_followUps))
        m_store->updateFollowUp(f); // attached to the meeting again
    if (!m_checklist.isEmpty())
        m_store->restoreChecklist(m_meeting.id, m_checklist);
}

AddFollowUpCommand::AddFollowUpCommand(MeetingStore* store, const FollowUp& followUp, QUndoCommand* parent)
    : QUndoCommand(tr("Add follow-up “%1”").arg(named(followUp.text)), parent)
    , m_store(store)
    , m_followUp(followUp)
{ }

void AddFollowUpCommand::redo()
{
    const qint64 id = m_store->addFollowUp(m_followUp);
    if (!id)
        setObsolete(true);
    m_followUp.id = id;
}

void AddFollowUpCommand::undo()
{
    if (!m_store->removeFollowUp(m_followUp.id))
        setObsolete(true);
}

EditFollowUpCommand::EditFollowUpCommand(MeetingStore* store, const FollowUp& before, const FollowUp& after)
    : QUndoCommand(after.doneAt.isValid() && !before.doneAt.isValid()
            ? tr("Mark “%1” done").arg(named(after.text))
            : tr("Edit follow-up “%1”").arg(named(after.text)))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditFollowUpCommand::redo()
{
    if (!m_store->updateFollowUp(m_after))
        setObsolete(true);
}

void EditFollowUpCommand::undo()
{
    if (!m_store->updateFollowUp(m_before))
        setObsolete(true);
}

RemoveFollowUpCommand::RemoveFollowUpCommand(MeetingStore* store, const FollowUp& followUp)
    : QUndoCommand(tr("Remove follow-up “%1”").arg(named(followUp.text)))
    , m_store(store)
    , m_followUp(followUp)
{ }

void RemoveFollowUpCommand::redo()
{
    if (!m_store->removeFollowUp(m_followUp.id))
        setObsolete(true);
}

void RemoveFollowUpCommand::undo()
{
    if (!m_store->addFollowUp(m_followUp)) // same id
        setObsolete(true);
}

} // namespace Rapport
