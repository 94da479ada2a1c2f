// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "QuestionStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Rapport {

// The question bank's edits and a meeting's ticks and answers, each undoable. A command whose
// write fails makes itself obsolete (the store's writeFailed has said why).
class AddQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddQuestionCommand)

public:
    AddQuestionCommand(QuestionStore* store, const QString& category, const QString& text);
    void redo() override;
    void undo() override;
    qint64 questionId() const { return m_removed.question.id; }

private:
    QuestionStore* m_store;
    QString m_category;
    QString m_text;
    QuestionStore::Removed m_removed; // once undone: what redo puts back, with the same id
};

// Rewords a question, or turns it on or off.
class EditQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditQuestionCommand)

public:
    EditQuestionCommand(QuestionStore* store, const Question& before, const Question& after);
    void redo() override;
    void undo() override;

private:
    QuestionStore* m_store;
    Question m_before;
    Question m_after;
};

class RemoveQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveQuestionCommand)

public:
    RemoveQuestionCommand(QuestionStore* store, qint64 id);
    void redo() override;
    void undo() override;

private:
    QuestionStore* m_store;
    qint64 m_id;
    QuestionStore::Removed m_removed;
};

// Moves a question up or down in its category: in the bank, or (meetingId) in one meeting only.
class MoveQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::MoveQuestionCommand)

public:
    MoveQuestionCommand(QuestionStore* store, qint64 id, int delta, qint64 meetingId = 0);
    void redo() override;
    void undo() override;

private:
    bool move(int delta);

    QuestionStore* m_store;
    qint64 m_id;
    int m_delta;
    qint64 m_meetingId;
};

// A tick, an answer or the "on sheet" box of one question in one meeting.
class SaveAnswerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::SaveAnswerCommand)

public:
    SaveAnswerCommand(QuestionStore* store, qint64 meetingId, const AskedQuestion& before, const AskedQuestion& after);
    void redo() override;
    void undo() override;

private:
    QuestionStore* m_store;
    qint64 m_meetingId;
    AskedQuestion m_before;
    AskedQuestion m_after;
};

} // namespace Rapport
