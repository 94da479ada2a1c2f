// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QPushButton;
class QTableView;

namespace Rapport {

class Database;
class ImportHistoryModel;

// File ▸ Import History: every import into this network, and undoing one as a whole.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Database& database, QWidget* parent = nullptr);
    ~ImportHistoryDialog() override; // waits for an undo in progress
    void reject() override; // not while an undo runs: the window must hear how it ended

signals:
    void batchUndone(qint64 batchId);

private:
    void reload();
    void undoSelected();
    void undoFinished();
    void updateUndoButton();
    int selectedRow() const;

    Database& m_database;
    ImportHistoryModel* m_model;
    QTableView* m_table;
    QPushButton* m_undo;
    QFutureWatcher<QString> m_undoing; // the error, or empty on success
    qint64 m_undoingBatch = 0;
};

} // namespace Rapport
