// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReachModel.h"

#include "ReferralGraph.h"

#include <algorithm>

namespace Rapport {

ReachModel::ReachModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReachModel::setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach)
{
    QList<Row> rows;
    rows.reserve(reach.size());
    for (auto it = reach.cbegin(); it != reach.cend(); ++it)
        rows.append({it.key(), QString(), it.value()});
    const auto widest = [](const Row& a, const Row& b) {
        return a.reach.total != b.reach.total ? a.reach.total > b.reach.total : a.id < b.id;
    };
    const auto shown = rows.begin() + std::min(kShown, rows.size());
    std::partial_sort(rows.begin(), shown, rows.end(), widest);
    rows.erase(shown, rows.end());
    for (Row& row : rows)
        row.name = graph.nameOf(row.id);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ReachModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReachModel::rowOf(qint64 contactId) const
{
    const auto it
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [contactId](const Row& row) { return row.id == contactId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void ReachModel::renameContact(qint64 contactId, const QString& name)
{
    const int row = rowOf(contactId);
    if (row < 0 || m_rows.at(row).name == name)
        return;
    m_rows[row].name = name;
    emit dataChanged(index(row, Person), index(row, Person), {Qt::DisplayRole});
}

int ReachModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReachModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReachModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return row.name;
        case Direct:
            return row.reach.direct;
        case Total:
            return row.reach.total;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Person)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ContactIdRole:
        return row.id;
    }
    return {};
}

QVariant ReachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Person:
            return tr("Person");
        case Direct:
            return tr("Led to");
        case Total:
            return tr("In all");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Direct)
            return tr("People they referred you to themselves");
        if (section == Total)
            return tr("Everyone you reached through them, down every chain");
    }
    return {};
}

} // namespace Rapport
