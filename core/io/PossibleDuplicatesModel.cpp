// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PossibleDuplicatesModel.h"

#include <algorithm>

namespace Rapport {

PossibleDuplicatesModel::PossibleDuplicatesModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int PossibleDuplicatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_listed.size());
}

QVariant PossibleDuplicatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pair = m_listed.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(m_pairs.at(pair));
    case PairIndexRole:
        return pair;
    default:
        return {};
    }
}

void PossibleDuplicatesModel::setPairs(const QList<PossibleDuplicatePair>& pairs)
{
    beginResetModel();
    m_pairs = pairs;
    m_keptApart.clear();
    m_listed.clear();
    for (int index = 0; index < m_pairs.size(); ++index)
        m_listed.append(index);
    endResetModel();
}

void PossibleDuplicatesModel::showExisting(const QSet<qint64>& existing)
{
    QList<int> listed;
    for (int index = 0; index < m_pairs.size(); ++index) {
        const PossibleDuplicatePair& pair = m_pairs.at(index);
        if (!m_keptApart.contains(index) && pair.addedId != pair.otherId && existing.contains(pair.addedId)
            && existing.contains(pair.otherId))
            listed.append(index);
    }
    showOnly(listed);
}

void PossibleDuplicatesModel::showOnly(const QList<int>& listed)
{
    // Both lists ascend: first the rows that go (from the last, so the rows before keep their
    // numbers), then those that come back, each at its place.
    for (int row = int(m_listed.size()) - 1; row >= 0; --row) {
        if (std::binary_search(listed.cbegin(), listed.cend(), m_listed.at(row)))
            continue;
        beginRemoveRows({}, row, row);
        m_listed.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < listed.size(); ++row) {
        if (row < m_listed.size() && m_listed.at(row) == listed.at(row))
            continue;
        beginInsertRows({}, row, row);
        m_listed.insert(row, listed.at(row));
        endInsertRows();
    }
}

void PossibleDuplicatesModel::keepApart(int row)
{
    if (row < 0 || row >= m_listed.size())
        return;
    m_keptApart.insert(m_listed.at(row));
    beginRemoveRows({}, row, row);
    m_listed.removeAt(row);
    endRemoveRows();
}

int PossibleDuplicatesModel::pairAt(int row) const
{
    return row >= 0 && row < m_listed.size() ? m_listed.at(row) : -1;
}

int PossibleDuplicatesModel::rowOfPair(int pairIndex) const
{
    return int(m_listed.indexOf(pairIndex));
}

QString PossibleDuplicatesModel::describe(const PossibleDuplicatePair& pair)
{
    const auto name = [](const QString& text) { return text.isEmpty() ? tr("(no name)") : text; };
    const QString added = name(pair.addedName);
    const QString other = name(pair.otherName);
    if (pair.otherFromThisImport)
        return pair.line > 0 ? tr("New: %1 (line %2) — also new from this file: %3 · %4")
                                   .arg(added, QString::number(pair.line), other, pair.reason)
                             : tr("New: %1 — also new from this file: %2 · %3").arg(added, other, pair.reason);
    return pair.line > 0
        ? tr("New: %1 (line %2) — already here: %3 · %4").arg(added, QString::number(pair.line), other, pair.reason)
        : tr("New: %1 — already here: %2 · %3").arg(added, other, pair.reason);
}

} // namespace Rapport
