// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionBankDialog.h"

#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "QuestionBankModel.h"
#include "QuestionCommands.h"
#include "UndoPush.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapport {

QuestionBankDialog::QuestionBankDialog(NetworkSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new QuestionBankModel(session->questions(), session->undoStack(), this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("questionBankDialog"));
    setWindowTitle(tr("Question Bank"));
    m_tree->setObjectName(QStringLiteral("questionBankTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(false);
    m_model->setHeaderText(tr("Question (untick to stop asking it; double-click to reword)"));
    m_tree->setAccessibleName(tr("Question bank"));
    m_tree->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QuestionBankModel::writeFailed, this, &QuestionBankDialog::showFailure);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeQuestionButton"));
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    connect(add, &QPushButton::clicked, this, &QuestionBankDialog::addQuestion);
    connect(remove, &QPushButton::clicked, this, &QuestionBankDialog::removeQuestion);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(up);
    row->addWidget(down);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(620, 520);
}

bool QuestionBankDialog::push(QUndoCommand* command)
{
    if (pushUndoable(m_session->undoStack(), command))
        return true;
    showFailure(m_session->questions()->lastError()); // the command failed and was dropped
    return false;
}

void QuestionBankDialog::showFailure(const QString& message)
{
    MessageBoxes::warning(this, tr("Question Bank"), tr("The change could not be saved.\n\n%1").arg(message));
}

qint64 QuestionBankDialog::currentId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(QuestionBankModel::IdRole).toLongLong();
}

void QuestionBankDialog::addQuestion()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString category = current.isValid() ? m_model->categoryAt(current) : QStringLiteral("advice");
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Question"),
        tr("A question for “%1”:").arg(QuestionBank::categoryLabel(category)), QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    auto* command = new AddQuestionCommand(m_session->questions(), category, text);
    if (push(command))
        m_tree->setCurrentIndex(m_model->indexOf(command->questionId()));
}

void QuestionBankDialog::removeQuestion()
{
    const qint64 id = currentId();
    if (!id)
        return;
    push(new RemoveQuestionCommand(m_session->questions(), id)); // Undo brings it back with its answers
}

void QuestionBankDialog::move(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    const qint64 id = currentId();
    if (!id)
        return;
    const int other = current.row() + delta;
    if (other < 0 || other >= m_model->rowCount(current.parent()))
        return; // already first or last in its category: nothing to undo
    if (push(new MoveQuestionCommand(m_session->questions(), id, delta)))
        m_tree->setCurrentIndex(m_model->indexOf(id));
}

} // namespace Rapport
