// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTreeView;
class QUndoCommand;

namespace Rapport {

class NetworkSession;
class QuestionBankModel;

// Edits the question bank: add questions, reword them (double-click), reorder them within
// their category, remove them, and untick the ones you never ask. Changes are saved as they are
// made, and each can be undone (Edit ▸ Undo).
class QuestionBankDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuestionBankDialog(NetworkSession* session, QWidget* parent = nullptr);

private:
    void addQuestion();
    void removeQuestion();
    void move(int delta);
    // Pushes the command; false (and a message) when its write failed.
    bool push(QUndoCommand* command);
    void showFailure(const QString& message);
    qint64 currentId() const;

    NetworkSession* m_session;
    QuestionBankModel* m_model;
    QTreeView* m_tree;
};

} // namespace Rapport
