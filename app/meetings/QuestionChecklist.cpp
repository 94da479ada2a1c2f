// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionChecklist.h"

#include "Database.h"
#include "DatabaseError.h"
#include "DisplayFormat.h"
#include "ReadFailure.h"
#include "Transaction.h"

#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTreeWidgetItemIterator>

namespace Rapport {

namespace {
enum Column { QuestionColumn, AnswerColumn, SheetColumn };
constexpr int kQuestionIdRole = Qt::UserRole + 1;

// The question is the bank's (edited in the bank); only its tick and the answer change here.
class ReadOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&, const QModelIndex&) const override { return nullptr; }
};
} // namespace

QuestionChecklist::QuestionChecklist(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("questionChecklist"));
    setHeaderLabels({tr("Question (tick when asked)"), tr("Answer"), tr("On sheet")});
    headerItem()->setToolTip(SheetColumn, tr("Print this question on the meeting's prep sheet"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &QuestionChecklist::showMenu);
    setAccessibleName(tr("Question checklist"));
    setUniformRowHeights(true);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    setItemDelegateForColumn(QuestionColumn, new ReadOnlyDelegate(this));
    setItemDelegateForColumn(SheetColumn, new ReadOnlyDelegate(this));
    header()->setSectionResizeMode(QuestionColumn, QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SheetColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemChanged, this, &QuestionChecklist::itemEdited);
}

void QuestionChecklist::load(Database* database, qint64 meetingId)
{
    m_database = database;
    m_meetingId = meetingId;
    m_loading = true;
    clear();
    QList<AskedQuestion> questions;
    try {
        questions = QuestionBank::forMeeting(database->connection(), meetingId);
    } catch (const DatabaseError& e) {
        auto* item = new QTreeWidgetItem(this, {ReadFailure::inView(e.message())});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        m_loading = false;
        emit readFailed(e.message());
        return;
    }
    QHash<QString, QTreeWidgetItem*> groups;
    for (const AskedQuestion& q : std::as_const(questions)) {
        QTreeWidgetItem*& group = groups[q.category];
        if (!group) {
            group = new QTreeWidgetItem(this, {QuestionBank::categoryLabel(q.category)});
            QFont bold = group->font(QuestionColumn);
            bold.setBold(true);
            group->setFont(QuestionColumn, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group, {q.text, q.answer});
        item->setData(QuestionColumn, kQuestionIdRole, q.questionId);
        item->setToolTip(QuestionColumn, DisplayFormat::plainToolTip(q.text)); // a long question in full
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(QuestionColumn, q.asked ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(SheetColumn, q.onSheet ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(QuestionColumn, DisplayFormat::plainToolTip(q.text));
    }
    expandAll();
    setColumnWidth(QuestionColumn, 340);
    m_loading = false;
}

void QuestionChecklist::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = itemAt(position);
    if (!item || !item->parent())
        return;
    setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Move Up (for this meeting)"), this, [this] { moveCurrent(-1); });
    menu.addAction(tr("Move Down (for this meeting)"), this, [this] { moveCurrent(1); });
    menu.exec(viewport()->mapToGlobal(position));
}

void QuestionChecklist::moveCurrent(int delta)
{
    QTreeWidgetItem* item = currentItem();
    if (!item || !item->parent() || !m_database)
        return;
    const qint64 id = item->data(QuestionColumn, kQuestionIdRole).toLongLong();
    try {
        Transaction transaction(m_database->connection());
        QuestionBank::moveForMeeting(m_database->connection(), m_meetingId, id, delta);
        transaction.commit();
    } catch (const DatabaseError& e) {
        emit saveFailed(e.message());
        return;
    }
    load(m_database, m_meetingId);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(QuestionColumn, kQuestionIdRole).toLongLong() == id)
            setCurrentItem(*it);
    }
}

int QuestionChecklist::askedCount() const
{
    int count = 0;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i)
            count += topLevelItem(g)->child(i)->checkState(QuestionColumn) == Qt::Checked ? 1 : 0;
    }
    return count;
}

void QuestionChecklist::itemEdited(QTreeWidgetItem* item, int)
{
    if (m_loading || !m_database || !item->parent())
        return;
    AskedQuestion q;
    q.questionId = item->data(QuestionColumn, kQuestionIdRole).toLongLong();
    q.asked = item->checkState(QuestionColumn) == Qt::Checked;
    q.answer = item->text(AnswerColumn);
    q.onSheet = item->checkState(SheetColumn) == Qt::Checked;
    // Typing an answer means it was asked.
    if (!q.answer.trimmed().isEmpty() && !q.asked) {
        m_loading = true;
        item->setCheckState(QuestionColumn, Qt::Checked);
        m_loading = false;
        q.asked = true;
    }
    try {
        Transaction transaction(m_database->connection());
        QuestionBank::saveAnswer(m_database->connection(), m_meetingId, q);
        transaction.commit();
    } catch (const DatabaseError& e) {
        emit saveFailed(e.message());
    }
}

} // namespace Rapport
