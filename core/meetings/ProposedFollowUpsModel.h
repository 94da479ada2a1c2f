// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapport {

// Follow-ups Rapport proposes and the user has not added yet (after a meeting): one row each,
// checkable in the text column (all checked at first), with its due date in the next column, which
// the user may change. Nothing is written; chosen() is what the user kept, with the dates they set.
// Or, made with their checked states, follow-ups already there that the user may close: their
// dates are shown as they are, not edited.
class ProposedFollowUpsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DueColumn, ColumnCount };

    explicit ProposedFollowUpsModel(const QList<FollowUp>& proposals, QObject* parent = nullptr);
    // Existing follow-ups to close, each checked as checked says.
    ProposedFollowUpsModel(const QList<FollowUp>& existing, const QList<bool>& checked, QObject* parent = nullptr);

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
    bool m_datesEditable = true;
};

} // namespace Rapport
