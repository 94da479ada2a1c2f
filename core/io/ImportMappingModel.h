// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvContactMapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Rapport {

// The import wizard's column mapping: one row per column of the file, with the field it becomes
// (editable) and its first value. A field chosen, a preset or a reset changes only the rows whose
// field changed.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, Field, Example, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, // int(ContactField), on the Field column
        ChoicesRole, // QVariantList of int(ContactField) the row may take, on the Field column
    };

    explicit ImportMappingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The Field column takes a field (FieldRole or EditRole) among the row's choices.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The file's columns, the fields detected for them and an example value for each.
    void setColumns(const QStringList& header, const QList<ContactField>& fields, const QStringList& examples);
    // The examples for a file's columns, all from one row (the first with the most cells filled), so
    // the table never shows one person's name beside another's e-mail.
    static QStringList exampleValues(const QList<QStringList>& sampleRows, int columnCount);
    ContactField fieldAt(int row) const { return m_rows.at(row).field; }
    // Sets the field of a row, if it is among its choices; true when it changed.
    bool setField(int row, ContactField field);

private:
    struct Row {
        QString column;
        ContactField field;
        QString example;
        QList<ContactField> choices;
    };
    QList<Row> m_rows;
};

} // namespace Rapport
