// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace Rapport {

class Database;

// Edits the question bank: add questions, reword them (double-click), reorder them within
// their category, and untick the ones you never ask. Changes are saved as they are made.
class QuestionBankDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuestionBankDialog(Database& database, QWidget* parent = nullptr);

private:
    void load(qint64 select = 0);
    void itemChanged(QTreeWidgetItem* item);
    void addQuestion();
    void move(int delta);
    template <typename Write>
    void write(Write&& body);

    Database& m_database;
    QTreeWidget* m_tree;
    bool m_loading = false;
};

} // namespace Rapport
