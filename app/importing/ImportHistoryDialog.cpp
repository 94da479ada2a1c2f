// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportHistoryDialog.h"

#include "Database.h"
#include "DatabaseError.h"
#include "ImportHistory.h"
#include "ImportHistoryModel.h"
#include "MessageBoxes.h"
#include "ReadFailure.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Rapport {

ImportHistoryDialog::ImportHistoryDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_model = new ImportHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo This Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ImportHistoryDialog::updateUndoButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportHistoryDialog::updateUndoButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 360);
    connect(&m_undoing, &QFutureWatcher<QString>::finished, this, &ImportHistoryDialog::undoFinished);
    reload();
    // Sized to the contents once: a reload (after an undo) changes rows in place, so the columns keep
    // the widths the user sees, or gave them.
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File, QHeaderView::Stretch);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

int ImportHistoryDialog::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ImportHistoryDialog::updateUndoButton()
{
    const int row = selectedRow();
    m_undo->setEnabled(!m_undoing.isRunning() && row >= 0 && !m_model->batchAt(row).undone);
}

void ImportHistoryDialog::reload()
{
    QList<ImportBatchInfo> batches;
    try {
        batches = ImportHistory::list(m_database);
    } catch (const DatabaseError& e) {
        ReadFailure::show(isVisible() ? this : parentWidget(), m_database.path(), e.message());
    }
    m_model->setBatches(batches);
    updateUndoButton();
}

void ImportHistoryDialog::undoSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 batchId = m_model->batchAt(row).id;
    const QString file = m_model->index(row, ImportHistoryModel::File).data().toString();
    if (MessageBoxes::question(this, tr("Undo Import"),
            tr("Remove the contacts that the import of %1 added, and put back the details it changed?\n"
               "Meetings and notes you added to those new contacts since will go too.")
                .arg(file),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // A large batch takes a while to remove: the worker uses its own connection, the dialog stays live.
    const QString path = m_database.path();
    m_undoingBatch = batchId;
    m_undo->setEnabled(false);
    m_undo->setText(tr("Undoing…"));
    m_table->setEnabled(false);
    m_undoing.setFuture(QtConcurrent::run([path, batchId] {
        Database database;
        if (!database.open(path, Database::OpenMode::MustExist))
            return database.errorString();
        QString error;
        return ImportHistory::undo(database, batchId, &error) ? QString() : error;
    }));
}

void ImportHistoryDialog::undoFinished()
{
    const QString error = m_undoing.result();
    m_undo->setText(tr("&Undo This Import…"));
    m_table->setEnabled(true);
    if (!error.isEmpty()) {
        MessageBoxes::warning(this, tr("Undo Import"), tr("The import could not be undone: %1").arg(error));
        reload();
        return;
    }
    emit batchUndone(m_undoingBatch);
    reload();
}

void ImportHistoryDialog::reject()
{
    if (!m_undoing.isRunning())
        QDialog::reject();
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    m_undoing.waitForFinished();
}

} // namespace Rapport
