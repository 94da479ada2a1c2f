// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "QuestionBank.h"

#include <QAbstractItemModel>

class QUndoStack;

namespace Rapport {

class QuestionStore;

// The question bank as a tree: every category, with its questions in order beneath it. A
// question's check state is whether it is asked; its text is editable. Edits go to the store
// as undoable commands; the model follows the store's signals, touching only the rows changed.
class QuestionBankModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CategoryRole };

    QuestionBankModel(QuestionStore* store, QUndoStack* undoStack, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The column's title (the view's words, e.g. how to use it).
    void setHeaderText(const QString& text) { m_headerText = text; }
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex indexOf(qint64 questionId) const;
    // The category of a category row or of a question row.
    QString categoryAt(const QModelIndex& index) const;
    // Reads the bank again (reset).
    void reload();

signals:
    // An edit made through setData could not be saved.
    void writeFailed(const QString& message);

private:
    void added(const Question& question);
    void changed(const Question& question);
    void removed(qint64 id);
    void reordered(const QString& category);
    const Question* questionAt(const QModelIndex& index) const;

    QuestionStore* m_store;
    QUndoStack* m_undoStack;
    const QStringList m_categories;
    QList<QList<Question>> m_groups; // one per category, in order
    QString m_headerText;
};

} // namespace Rapport
