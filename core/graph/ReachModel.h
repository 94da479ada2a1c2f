// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphPaths.h"

#include <QAbstractTableModel>

namespace Rapport {

class ReferralGraph;

// "Who opened doors": the contacts who led the user to the most people, one row each with how
// many they referred directly and how many were reached through them in all, widest first.
// A new graph resets it; a renamed contact changes only their row.
class ReachModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Direct, Total, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole };
    // In a huge network a row for everyone who referred anyone would be tens of thousands of
    // rows, and nobody reads past the top.
    static constexpr qsizetype kShown = 300;

    explicit ReachModel(QObject* parent = nullptr);

    void setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach);
    void clear();
    void renameContact(qint64 contactId, const QString& name);
    // The row of a contact, or -1 when they are not listed.
    int rowOf(qint64 contactId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 id = 0;
        QString name;
        Reach reach;
    };
    QList<Row> m_rows;
};

} // namespace Rapport
