// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionCommands.h"

namespace Rapport {

AddQuestionCommand::AddQuestionCommand(QuestionStore* store, const QString& category, const QString& text)
    : QUndoCommand(tr("Add question"))
    , m_store(store)
    , m_category(category)
    , m_text(text)
{ }

void AddQuestionCommand::redo()
{
    if (m_removed.question.id) {
        if (!m_store->restore(m_removed))
            setObsolete(true);
        return;
    }
    m_removed.question.id = m_store->add(m_category, m_text);
    if (!m_removed.question.id)
        setObsolete(true);
}

void AddQuestionCommand::undo()
{
    if (const auto removed = m_store->remove(m_removed.question.id))
        m_removed = *removed;
    else
        setObsolete(true);
}

EditQuestionCommand::EditQuestionCommand(QuestionStore* store, const Question& before, const Question& after)
    : QUndoCommand(before.active != after.active ? (after.active ? tr("Ask question") : tr("Stop asking question"))
                                                 : tr("Reword question"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditQuestionCommand::redo()
{
    if (!m_store->update(m_after))
        setObsolete(true);
}

void EditQuestionCommand::undo()
{
    if (!m_store->update(m_before))
        setObsolete(true);
}

RemoveQuestionCommand::RemoveQuestionCommand(QuestionStore* store, qint64 id)
    : QUndoCommand(tr("Remove question"))
    , m_store(store)
    , m_id(id)
{ }

void RemoveQuestionCommand::redo()
{
    if (const auto removed = m_store->remove(m_id))
        m_removed = *removed;
    else
        setObsolete(true);
}

void RemoveQuestionCommand::undo()
{
    if (!m_store->restore(m_removed))
        setObsolete(true);
}

MoveQuestionCommand::MoveQuestionCommand(QuestionStore* store, qint64 id, int delta, qint64 meetingId)
    : QUndoCommand(delta < 0 ? tr("Move question up") : tr("Move question down"))
    , m_store(store)
    , m_id(id)
    , m_delta(delta)
    , m_meetingId(meetingId)
{ }

bool MoveQuestionCommand::move(int delta)
{
    return m_meetingId ? m_store->moveForMeeting(m_meetingId, m_id, delta) : m_store->move(m_id, delta);
}

void MoveQuestionCommand::redo()
{
    if (!move(m_delta))
        setObsolete(true);
}

void MoveQuestionCommand::undo()
{
    if (!move(-m_delta))
        setObsolete(true);
}

SaveAnswerCommand::SaveAnswerCommand(
    QuestionStore* store, qint64 meetingId, const AskedQuestion& before, const AskedQuestion& after)
    : QUndoCommand(before.answer != after.answer ? tr("Answer question")
            : before.onSheet != after.onSheet    ? tr("Change prep sheet question")
            : after.asked                        ? tr("Tick question")
                                                 : tr("Untick question"))
    , m_store(store)
    , m_meetingId(meetingId)
    , m_before(before)
    , m_after(after)
{ }

void SaveAnswerCommand::redo()
{
    if (!m_store->saveAnswer(m_meetingId, m_after))
        setObsolete(true);
}

void SaveAnswerCommand::undo()
{
    if (!m_store->saveAnswer(m_meetingId, m_before))
        setObsolete(true);
}

} // namespace Rapport
