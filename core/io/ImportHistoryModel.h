// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapport {

// File ▸ Import History's table: one row per import, newest first. Reloading after an undo or a
// new import changes only the rows that differ, so the view keeps its column widths and selection.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Imported, File, Format, Created, Updated, Status, ColumnCount };
    enum Role {
        BatchIdRole = Qt::UserRole + 1, // qint64
        UndoneRole, // bool
        FormatKeyRole, // QString: the key stored with the import ("linkedin"), where Format shows its name
    };

    explicit ImportHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The history as ImportHistory::list reads it. New imports (ahead of the known ones) are
    // inserted, changed rows (an undo) signal dataChanged; any other difference resets.
    void setBatches(const QList<ImportBatchInfo>& batches);
    const ImportBatchInfo& batchAt(int row) const { return m_batches.at(row); }
    // What the Format column shows for a stored format key; an unknown key (from a newer Rapport) as it is.
    static QString formatLabel(const QString& key);
    int rowOf(qint64 batchId) const;

private:
    QList<ImportBatchInfo> m_batches;
};

} // namespace Rapport
