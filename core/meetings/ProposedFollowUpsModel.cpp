// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposedFollowUpsModel.h"

#include <QLocale>

namespace Rapport {

ProposedFollowUpsModel::ProposedFollowUpsModel(const QList<FollowUp>& proposals, QObject* parent)
    : QAbstractListModel(parent)
    , m_proposals(proposals)
    , m_checked(proposals.size(), true)
{ }

int ProposedFollowUpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

QVariant ProposedFollowUpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp& proposal = m_proposals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (due %2)").arg(proposal.text, QLocale().toString(proposal.due, QLocale::ShortFormat));
    case Qt::CheckStateRole:
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool ProposedFollowUpsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ProposedFollowUpsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
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
