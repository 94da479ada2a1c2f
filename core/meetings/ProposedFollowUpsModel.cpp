// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposedFollowUpsModel.h"

#include <QLocale>

namespace Rapport {

ProposedFollowUpsModel::ProposedFollowUpsModel(const QList<FollowUp>& proposals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_proposals(proposals)
    , m_checked(proposals.size(), true)
{ }

ProposedFollowUpsModel::ProposedFollowUpsModel(
    const QList<FollowUp>& existing, const QList<bool>& checked, QObject* parent)
    : QAbstractTableModel(parent)
    , m_proposals(existing)
    , m_checked(checked)
    , m_datesEditable(false)
{
    m_checked.resize(m_proposals.size(), false);
}

int ProposedFollowUpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int ProposedFollowUpsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposedFollowUpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp& proposal = m_proposals.at(index.row());
    if (index.column() == DueColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(proposal.due, QLocale::ShortFormat);
        case Qt::EditRole:
            return proposal.due;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return proposal.text;
    case Qt::CheckStateRole:
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

QVariant ProposedFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Follow-up");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

bool ProposedFollowUpsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (index.column() == TextColumn && role == Qt::CheckStateRole) {
        const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
        if (m_checked.at(row) == checked)
            return true;
        m_checked[row] = checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (index.column() == DueColumn && role == Qt::EditRole && m_datesEditable) {
        const QDate due = value.toDate();
        if (!due.isValid())
            return false;
        if (m_proposals.at(row).due == due)
            return true;
        m_proposals[row].due = due;
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    return false;
}

Qt::ItemFlags ProposedFollowUpsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags common = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DueColumn)
        return m_datesEditable ? common | Qt::ItemIsEditable : common;
    return common | Qt::ItemIsUserCheckable;
}

QList<FollowUp> ProposedFollowUpsModel::chosen() const
{
    QList<FollowUp> result;
    for (int i = 0; i < m_proposals.size(); ++i) {
        if (m_checked.at(i))
            result.append(m_proposals.at(i));
    }
    return result;
}

} // namespace Rapport
