// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportHistoryDialog.h"

#include "Database.h"
#include "DatabaseError.h"
#include "ImportHistory.h"
#include "MessageBoxes.h"
#include "ReadFailure.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Rapport {

ImportHistoryDialog::ImportHistoryDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Imported"), tr("File"), tr("Format"), tr("New"), tr("Updated"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo This Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_undo->setEnabled(!rows.isEmpty() && !rows.first().data(Qt::UserRole + 1).toBool());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 360);
    connect(&m_undoing, &QFutureWatcher<QString>::finished, this, &ImportHistoryDialog::undoFinished);
    reload();
}

void ImportHistoryDialog::reload()
{
    QList<ImportBatchInfo> batches;
    try {
        batches = ImportHistory::list(m_database);
    } catch (const DatabaseError& e) {
        ReadFailure::show(isVisible() ? this : parentWidget(), m_database.path(), e.message());
    }
    const QLocale locale;
    m_table->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const ImportBatchInfo& b = batches.at(row);
        const QStringList cells {locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat),
            QFileInfo(b.file).fileName(), b.format, locale.toString(b.created), locale.toString(b.updated),
            b.undone ? tr("Undone") : tr("Imported")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, b.id);
            item->setData(Qt::UserRole + 1, b.undone);
            if (column == 1)
                item->setToolTip(Qt::convertFromPlainText(b.file));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_undo->setEnabled(false);
    if (!batches.isEmpty())
        m_table->selectRow(0);
}

void ImportHistoryDialog::undoSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 batchId = rows.first().data(Qt::UserRole).toLongLong();
    const QString file = m_table->item(rows.first().row(), 1)->text();
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
