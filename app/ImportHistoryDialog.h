#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Rapport {

class Database;

// File ▸ Import History: every import into this network, and undoing one as a whole.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Database& database, QWidget* parent = nullptr);

signals:
    void batchUndone(qint64 batchId);

private:
    void reload();
    void undoSelected();

    Database& m_database;
    QTableWidget* m_table;
    QPushButton* m_undo;
};

} // namespace Rapport
