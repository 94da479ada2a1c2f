// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionChecklistModel.h"

#include "QuestionCommands.h"
#include "QuestionStore.h"
#include "UndoPush.h"

#include <QCoreApplication>
#include <QFont>
#include <QUndoStack>

namespace Rapport {

namespace {
// A question row's internal id is its category's row + 1; a category row's is 0.
constexpr quintptr kCategoryRow = 0;
} // namespace

QuestionChecklistModel::QuestionChecklistModel(QuestionStore* store, QUndoStack* undoStack, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connect(store, &QuestionStore::answerSaved, this, &QuestionChecklistModel::answerSaved);
    connect(store, &QuestionStore::meetingQuestionsReordered, this, &QuestionChecklistModel::reordered);
    connect(store, &QuestionStore::questionChanged, this, &QuestionChecklistModel::bankChanged);
    // A question added to or removed from the bank, or the bank's order: the meeting's list again.
    connect(store, &QuestionStore::questionAdded, this, &QuestionChecklistModel::reload);
    connect(store, &QuestionStore::questionRemoved, this, &QuestionChecklistModel::reload);
    connect(store, &QuestionStore::questionsReordered, this, &QuestionChecklistModel::reload);
}

QList<QuestionChecklistModel::Group> QuestionChecklistModel::grouped(const QList<AskedQuestion>& questions)
{
    QList<Group> groups;
    for (const AskedQuestion& q : questions) {
        if (groups.isEmpty() || groups.last().category != q.category)
            groups.append({q.category, {}});
        groups.last().questions.append(q);
    }
    return groups;
}

void QuestionChecklistModel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void QuestionChecklistModel::reload()
{
    beginResetModel();
    const QList<AskedQuestion> questions = m_store->forMeeting(m_meetingId);
    m_readError = m_store->readError();
    m_groups = grouped(questions);
    endResetModel();
}

int QuestionChecklistModel::askedCount() const
{
    int count = 0;
    for (const Group& group : m_groups)
        count += int(std::count_if(
            group.questions.begin(), group.questions.end(), [](const AskedQuestion& q) { return q.asked; }));
    return count;
}

QModelIndex QuestionChecklistModel::indexOf(qint64 questionId, int column) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<AskedQuestion>& questions = m_groups.at(g).questions;
        for (qsizetype row = 0; row < questions.size(); ++row) {
            if (questions.at(row).questionId == questionId)
                return createIndex(int(row), column, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex QuestionChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kCategoryRow);
}

QModelIndex QuestionChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryRow);
}

int QuestionChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_readError.isEmpty() ? int(m_groups.size()) : 1;
    if (!m_readError.isEmpty() || parent.internalId() != kCategoryRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).questions.size());
}

int QuestionChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const AskedQuestion* QuestionChecklistModel::questionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kCategoryRow)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).questions.at(index.row());
}

QVariant QuestionChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AskedQuestion* q = questionAt(index);
    if (!q) {
        if (index.column() != QuestionColumn)
            return {};
        if (role == Qt::DisplayRole)
            return m_readError.isEmpty() ? QuestionBank::categoryLabel(m_groups.at(index.row()).category)
                                         : m_failureFormat.arg(m_readError);
        if (role == Qt::FontRole && m_readError.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    switch (index.column()) {
    case QuestionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return q->text;
        if (role == Qt::CheckStateRole)
            return q->asked ? Qt::Checked : Qt::Unchecked;
        if (role == QuestionIdRole)
            return q->questionId;
        return {};
    case AnswerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return q->answer;
        if (role == Qt::ToolTipRole && !q->answer.isEmpty()) // in full, where the column cuts it off
            return q->answer;
        return {};
    case SheetColumn:
        if (role == Qt::CheckStateRole)
            return q->onSheet ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

// The checklist's words, already translated where the widget said them.
QVariant QuestionChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case QuestionColumn:
            return QCoreApplication::translate("Rapport::QuestionChecklist", "Question (tick when asked)");
        case AnswerColumn:
            return QCoreApplication::translate("Rapport::QuestionChecklist", "Answer");
        case SheetColumn:
            return QCoreApplication::translate("Rapport::QuestionChecklist", "On sheet");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == SheetColumn)
        return QCoreApplication::translate(
            "Rapport::QuestionChecklist", "Print this question on the meeting's prep sheet");
    return {};
}

bool QuestionChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const AskedQuestion* q = questionAt(index);
    if (!q || !q->questionId || !m_meetingId) // the defaults of a bank never written: read-only
        return false;
    AskedQuestion after = *q;
    if (index.column() == QuestionColumn && role == Qt::CheckStateRole)
        after.asked = value.value<Qt::CheckState>() == Qt::Checked;
    else if (index.column() == AnswerColumn && role == Qt::EditRole)
        after.answer = value.toString();
    else if (index.column() == SheetColumn && role == Qt::CheckStateRole)
        after.onSheet = value.value<Qt::CheckState>() == Qt::Checked;
    else
        return false;
    if (!after.answer.trimmed().isEmpty())
        after.asked = true; // typing an answer means it was asked
    if (after.asked == q->asked && after.answer == q->answer && after.onSheet == q->onSheet)
        return true;
    if (pushUndoable(m_undoStack, new SaveAnswerCommand(m_store, m_meetingId, *q, after)))
        return true;
    emit writeFailed(m_store->lastError()); // the command failed and was dropped
    return false;
}

Qt::ItemFlags QuestionChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!questionAt(index))
        return Qt::ItemIsEnabled;
    switch (index.column()) {
    case QuestionColumn:
    case SheetColumn:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    default:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
}

void QuestionChecklistModel::answerSaved(qint64 meetingId, const AskedQuestion& question)
{
    if (meetingId != m_meetingId)
        return;
    const QModelIndex at = indexOf(question.questionId);
    if (!at.isValid())
        return;
    AskedQuestion& q = m_groups[qsizetype(at.internalId() - 1)].questions[at.row()];
    q.asked = question.asked;
    q.answer = question.answer;
    q.onSheet = question.onSheet;
    emit dataChanged(at, at.siblingAtColumn(SheetColumn));
}

void QuestionChecklistModel::reordered(qint64 meetingId)
{
    if (meetingId != m_meetingId)
        return;
    const QList<Group> order = grouped(m_store->forMeeting(m_meetingId));
    if (order.size() != m_groups.size()) {
        reload();
        return;
    }
    // Each question that changed place moves on its own, so a selection follows its question.
    for (qsizetype g = 0; g < order.size(); ++g) {
        QList<AskedQuestion>& questions = m_groups[g].questions;
        const QList<AskedQuestion>& wanted = order.at(g).questions;
        const QModelIndex parent = index(int(g), 0);
        for (qsizetype target = 0; target < wanted.size(); ++target) {
            qsizetype from = target;
            while (from < questions.size() && questions.at(from).questionId != wanted.at(target).questionId)
                ++from;
            if (from == questions.size() || questions.size() != wanted.size()) {
                reload();
                return;
            }
            if (from != target) {
                beginMoveRows(parent, int(from), int(from), parent, int(target));
                questions.move(from, target);
                endMoveRows();
            }
        }
    }
}

void QuestionChecklistModel::bankChanged(const Question& question)
{
    const QModelIndex at = indexOf(question.id);
    if (at.isValid() && question.active && m_groups.at(qsizetype(at.internalId() - 1)).category == question.category) {
        m_groups[qsizetype(at.internalId() - 1)].questions[at.row()].text = question.text; // reworded
        emit dataChanged(at, at);
        return;
    }
    reload(); // turned on or off: the question joins or leaves the meeting's list
}

} // namespace Rapport
