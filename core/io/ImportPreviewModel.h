// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportOutcome.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapport {

// The import wizard's preview: one row per row of the file, with what the import will do with it
// (from a dry run's ImportReport::outcomes) and the contact as it will be stored. The vertical
// header gives the row's line in the file.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Outcome, FirstName, LastName, Organization, Title, Emails, Phones, Tags, ConnectedOn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ImportRowOutcome::Kind)
        LineRole, // the row's line in the file
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new dry run's outcomes. The same rows (a remapped column, another policy) change in place,
    // so the view keeps its scroll position and selection; other rows replace the old ones.
    void setOutcomes(const QList<ImportRowOutcome>& outcomes);
    const ImportRowOutcome& outcomeAt(int row) const { return m_rows.at(row); }

private:
    QString text(const ImportRowOutcome& outcome, int column) const;

    QList<ImportRowOutcome> m_rows;
};

} // namespace Rapport
