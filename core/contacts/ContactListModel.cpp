// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"

#include "ContactStore.h"

#include "Clock.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace Rapport {

ContactListModel::ContactListModel(ContactStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ContactStore::contactAdded, this, &ContactListModel::onAdded);
    connect(store, &ContactStore::contactChanged, this, &ContactListModel::onChanged);
    connect(store, &ContactStore::contactRemoved, this, &ContactListModel::onRemoved);
    connect(store, &ContactStore::contactsReset, this, [this] {
        if (m_reloadsOnReset)
            reload();
    });
    m_rows = store->summaries();
    m_loadError = store->readError();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_rows = m_store->summaries();
    m_loadError = m_store->readError();
    endResetModel();
}

void ContactListModel::resetTo(QList<ContactSummary> rows, const QString& loadError)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_loadError = loadError;
    endResetModel();
}

void ContactListModel::refresh(qint64 id)
{
    if (m_store->summary(id))
        rowOf(id) >= 0 ? onChanged(id) : onAdded(id);
    else
        onRemoved(id);
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ContactListModel::contactId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ContactListModel::rowOf(qint64 contactId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == contactId)
            return row;
    }
    return -1;
}

QVariant ContactListModel::sortValue(int row, int column) const
{
    return sortValueOf(m_rows.at(row), column);
}

QVariant ContactListModel::sortValueOf(const ContactSummary& s, int column)
{
    switch (column) {
    case Stage:
        return int(s.stage);
    case LastContact:
        return s.lastContact;
    case NextFollowUp:
        // Nothing due sorts after everything due, so ascending order starts with the most urgent.
        return s.nextFollowUp.isValid() ? s.nextFollowUp : QDate(9999, 12, 31);
    default:
        return displayData(s, column);
    }
}

bool ContactListModel::isOverdue(const ContactSummary& s)
{
    return s.nextFollowUp.isValid() && s.nextFollowUp < Clock::currentDate();
}

QVariant ContactListModel::displayData(const ContactSummary& s, int column)
{
    const QLocale locale;
    switch (column) {
    case Name:
        return s.name;
    case Organization:
        return s.organization;
    case Title:
        return s.title;
    case Stage:
        return stageLabel(s.stage);
    case LastContact:
        return s.lastContact.isValid() ? locale.toString(s.lastContact, QLocale::ShortFormat) : QString();
    case NextFollowUp:
        return s.nextFollowUp.isValid() ? locale.toString(s.nextFollowUp, QLocale::ShortFormat) : QString();
    case Tags:
        return s.tags.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::ToolTipRole: {
        // Tooltips guess rich text: user data is escaped so "<b>x</b>" shows as typed.
        const QString text = index.column() == NextFollowUp && isOverdue(s)
            ? tr("Overdue since %1").arg(displayData(s, NextFollowUp).toString())
            : displayData(s, index.column()).toString();
        return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text));
    }
    case Qt::ForegroundRole:
        // Overdue follow-ups stand out in colour and weight, and say so in the tooltip.
        if (index.column() == NextFollowUp && isOverdue(s))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (index.column() == NextFollowUp && isOverdue(s)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ContactIdRole:
        return s.id;
    case StageRole:
        return int(s.stage);
    case TagsRole:
        return s.tags;
    case SortRole:
        return sortValue(index.row(), index.column());
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organisation");
    case Title:
        return tr("Title");
    case Stage:
        return tr("Stage");
    case LastContact:
        return tr("Last contact");
    case NextFollowUp:
        return tr("Next follow-up");
    case Tags:
        return tr("Tags");
    }
    return {};
}

void ContactListModel::onAdded(qint64 id)
{
    const auto summary = m_store->summary(id);
    if (!summary || rowOf(id) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*summary);
    endInsertRows();
}

void ContactListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto summary = m_store->summary(id);
    if (row < 0 || !summary)
        return;
    m_rows[row] = *summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rapport
