// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionChecklist.h"

#include "ColumnFit.h"
#include "DisplayFormat.h"
#include "NetworkSession.h"
#include "QuestionChecklistModel.h"
#include "QuestionCommands.h"
#include "ReadFailure.h"
#include "UndoPush.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace Rapport {

namespace {
using Column = QuestionChecklistModel::Column;

// A long question or answer is elided in its column; its tooltip shows it in full, wrapped, and as
// plain text (an answer that looks like HTML is not rendered).
class PlainToolTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override
    {
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (event->type() != QEvent::ToolTip || text.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), DisplayFormat::plainToolTip(text), view);
        return true;
    }
};

// The question is the bank's (edited in the bank); only its tick and the answer change here.
class ReadOnlyDelegate : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&, const QModelIndex&) const override { return nullptr; }
};
} // namespace

QuestionChecklist::QuestionChecklist(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("questionChecklist"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &QuestionChecklist::showMenu);
    setAccessibleName(tr("Question checklist"));
    setUniformRowHeights(true);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    setItemDelegateForColumn(Column::QuestionColumn, new ReadOnlyDelegate(this));
    setItemDelegateForColumn(Column::AnswerColumn, new PlainToolTipDelegate(this));
    setItemDelegateForColumn(Column::SheetColumn, new ReadOnlyDelegate(this));
}

void QuestionChecklist::load(NetworkSession* session, qint64 meetingId)
{
    m_session = session;
    if (!m_model) {
        m_model = new QuestionChecklistModel(session->questions(), session->undoStack(), this);
        m_model->setFailureFormat(ReadFailure::inView(QStringLiteral("%1")));
        connect(m_model, &QuestionChecklistModel::writeFailed, this, &QuestionChecklist::saveFailed);
        setModel(m_model);
        // After the view's own reset, which forgets what was expanded and spanned.
        connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionChecklist::expandAfterReset);
        // The questions are what is read here: they get the room; an answer column as wide as its answers.
        ColumnFit::stretchTextColumn(this, Column::QuestionColumn);
    }
    m_model->setMeeting(meetingId);
}

int QuestionChecklist::sizeHintForColumn(int column) const
{
    const auto contents = [this](int c) { return QTreeView::sizeHintForColumn(c); };
    return ColumnFit::cappedHint(this, column, Column::QuestionColumn, contents);
}

void QuestionChecklist::expandAfterReset()
{
    expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row) // category rows and the failure row span the columns
        setFirstColumnSpanned(row, {}, true);
}

void QuestionChecklist::showMenu(const QPoint& position)
{
    const QModelIndex at = indexAt(position);
    if (!at.isValid() || !at.parent().isValid())
        return;
    setCurrentIndex(at);
    QMenu menu(this);
    menu.addAction(tr("Move Up (for this meeting)"), this, [this] { moveCurrent(-1); });
    menu.addAction(tr("Move Down (for this meeting)"), this, [this] { moveCurrent(1); });
    menu.exec(viewport()->mapToGlobal(position));
}

void QuestionChecklist::moveCurrent(int delta)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !current.parent().isValid() || !m_session)
        return;
    const int other = current.row() + delta;
    if (other < 0 || other >= m_model->rowCount(current.parent()))
        return; // already first or last in its category: nothing to undo

    const qint64 id
        = current.siblingAtColumn(Column::QuestionColumn).data(QuestionChecklistModel::QuestionIdRole).toLongLong();
    if (!pushUndoable(
            m_session->undoStack(), new MoveQuestionCommand(m_session->questions(), id, delta, m_model->meetingId())))
        emit saveFailed(m_session->questions()->lastError());
    else
        setCurrentIndex(m_model->indexOf(id));
}

int QuestionChecklist::askedCount() const
{
    return m_model ? m_model->askedCount() : 0;
}

} // namespace Rapport
