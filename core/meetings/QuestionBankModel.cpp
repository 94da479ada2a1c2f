// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionBankModel.h"

#include "QuestionCommands.h"
#include "QuestionStore.h"
#include "UndoPush.h"

#include <QFont>
#include <QUndoStack>

namespace Rapport {

namespace {
// A question row's internal id is its category's row + 1; a category row's is 0.
constexpr quintptr kCategoryRow = 0;
} // namespace

QuestionBankModel::QuestionBankModel(QuestionStore* store, QUndoStack* undoStack, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_categories(QuestionBank::categories())
{
    reload();
    connect(store, &QuestionStore::questionAdded, this, &QuestionBankModel::added);
    connect(store, &QuestionStore::questionChanged, this, &QuestionBankModel::changed);
    connect(store, &QuestionStore::questionRemoved, this, &QuestionBankModel::removed);
    connect(store, &QuestionStore::questionsReordered, this, &QuestionBankModel::reordered);
}

void QuestionBankModel::reload()
{
    beginResetModel();
    m_groups = QList<QList<Question>>(m_categories.size());
    for (const Question& q : m_store->questions()) {
        const auto group = m_categories.indexOf(q.category);
        if (group >= 0)
            m_groups[group].append(q);
    }
    endResetModel();
}

QModelIndex QuestionBankModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QuestionBankModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryRow);
}

int QuestionBankModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.internalId() != kCategoryRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).size());
}

int QuestionBankModel::columnCount(const QModelIndex&) const
{
    return 1;
}

const Question* QuestionBankModel::questionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kCategoryRow)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).at(index.row());
}

QString QuestionBankModel::categoryAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    return m_categories.at(index.internalId() == kCategoryRow ? index.row() : qsizetype(index.internalId() - 1));
}

QVariant QuestionBankModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Question* q = questionAt(index);
    if (!q) {
        switch (role) {
        case Qt::DisplayRole:
            return QuestionBank::categoryLabel(m_categories.at(index.row()));
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case CategoryRole:
            return m_categories.at(index.row());
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return q->text;
    case Qt::CheckStateRole:
        return q->active ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return q->id;
    case CategoryRole:
        return q->category;
    default:
        return {};
    }
}

QVariant QuestionBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return m_headerText;
    return {};
}

bool QuestionBankModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Question* q = questionAt(index);
    if (!q)
        return false;
    Question after = *q;
    if (role == Qt::EditRole) {
        after.text = value.toString().trimmed();
        if (after.text.isEmpty()) // an emptied question keeps its words
            return false;
    } else if (role == Qt::CheckStateRole) {
        after.active = value.value<Qt::CheckState>() == Qt::Checked;
    } else {
        return false;
    }
    if (after.text == q->text && after.active == q->active)
        return true;
    if (pushUndoable(m_undoStack, new EditQuestionCommand(m_store, *q, after)))
        return true;
    emit writeFailed(m_store->lastError()); // the command failed and was dropped
    return false;
}

Qt::ItemFlags QuestionBankModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!questionAt(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
}

QModelIndex QuestionBankModel::indexOf(qint64 questionId) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (qsizetype row = 0; row < m_groups.at(g).size(); ++row) {
            if (m_groups.at(g).at(row).id == questionId)
                return index(int(row), 0, index(int(g), 0));
        }
    }
    return {};
}

void QuestionBankModel::added(const Question& question)
{
    const auto group = m_categories.indexOf(question.category);
    if (group < 0)
        return;
    QList<Question>& questions = m_groups[group];
    qsizetype row = 0;
    while (row < questions.size()
        && std::pair(questions.at(row).position, questions.at(row).id) < std::pair(question.position, question.id))
        ++row;
    beginInsertRows(index(int(group), 0), int(row), int(row));
    questions.insert(row, question);
    endInsertRows();
}

void QuestionBankModel::changed(const Question& question)
{
    const QModelIndex at = indexOf(question.id);
    if (!at.isValid())
        return;
    if (categoryAt(at) != question.category) { // moved to another category: leaves one, joins the other
        removed(question.id);
        added(question);
        return;
    }
    m_groups[qsizetype(at.internalId() - 1)][at.row()] = question;
    emit dataChanged(at, at);
}

void QuestionBankModel::removed(qint64 id)
{
    const QModelIndex at = indexOf(id);
    if (!at.isValid())
        return;
    beginRemoveRows(at.parent(), at.row(), at.row());
    m_groups[qsizetype(at.internalId() - 1)].removeAt(at.row());
    endRemoveRows();
}

void QuestionBankModel::reordered(const QString& category)
{
    const auto group = m_categories.indexOf(category);
    if (group < 0)
        return;
    QList<Question> order;
    for (const Question& q : m_store->questions()) {
        if (q.category == category)
            order.append(q);
    }
    QList<Question>& questions = m_groups[group];
    const QModelIndex parent = index(int(group), 0);
    // Each question that changed place moves on its own, so a selection follows its question.
    for (qsizetype target = 0; target < order.size(); ++target) {
        qsizetype from = target;
        while (from < questions.size() && questions.at(from).id != order.at(target).id)
            ++from;
        if (from == questions.size()) { // not what the model holds: read it all again
            reload();
            return;
        }
        if (from != target) {
            beginMoveRows(parent, int(from), int(from), parent, int(target));
            questions.move(from, target);
            endMoveRows();
        }
        questions[target] = order.at(target); // its new position
    }
}

} // namespace Rapport
