// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapport {

// Follow-ups Rapport proposes and the user has not added yet (after an interview): one row each,
// checkable in the text column (all checked at first), with its due date in the next column, which
// the user may change. Nothing is written; chosen() is what the user kept, with the dates they set.
class ProposedFollowUpsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DueColumn, ColumnCount };

    explicit ProposedFollowUpsModel(const QList<FollowUp>& proposals, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QList<FollowUp> chosen() const;

private:
    QList<FollowUp> m_proposals;
    QList<bool> m_checked;
};

} // namespace Rapport
