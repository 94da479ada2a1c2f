// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateListModel.h"

#include "TemplateStore.h"

namespace Rapport {

TemplateListModel::TemplateListModel(TemplateStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_templates(store->templates())
{
    connect(store, &TemplateStore::templateAdded, this, &TemplateListModel::added);
    connect(store, &TemplateStore::templateChanged, this, &TemplateListModel::changed);
    connect(store, &TemplateStore::templateRemoved, this, &TemplateListModel::removed);
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutreachTemplate& t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return t.name;
    case IdRole:
        return t.id;
    default:
        return {};
    }
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return row;
    }
    return -1;
}

void TemplateListModel::reload()
{
    beginResetModel();
    m_templates = m_store->templates();
    endResetModel();
}

void TemplateListModel::added(const OutreachTemplate& outreach)
{
    // The store's order: by position, then id.
    int row = 0;
    while (row < m_templates.size()
        && std::pair(m_templates.at(row).position, m_templates.at(row).id) < std::pair(outreach.position, outreach.id))
        ++row;
    beginInsertRows({}, row, row);
    m_templates.insert(row, outreach);
    endInsertRows();
}

void TemplateListModel::changed(const OutreachTemplate& outreach)
{
    const int row = rowOf(outreach.id);
    if (row < 0)
        return;
    m_templates[row] = outreach;
    emit dataChanged(index(row), index(row));
}

void TemplateListModel::removed(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_templates.removeAt(row);
    endRemoveRows();
}

} // namespace Rapport
