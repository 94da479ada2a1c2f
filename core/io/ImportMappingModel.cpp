// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportMappingModel.h"

#include <QTextDocument>

namespace Rapport {

ImportMappingModel::ImportMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (index.column()) {
    case FileColumn:
    case Example: {
        const QString& text = index.column() == FileColumn ? row.column : row.example;
        if (role == Qt::DisplayRole)
            return text;
        if (role == Qt::ToolTipRole)
            return Qt::convertFromPlainText(text); // shown as typed: "AT&T", "<b>x</b>"
        return {};
    }
    case Field:
        switch (role) {
        case Qt::DisplayRole:
            return CsvContactMapping::fieldName(row.field);
        case Qt::EditRole:
        case FieldRole:
            return int(row.field);
        case ChoicesRole: {
            QVariantList choices;
            for (ContactField field : row.choices)
                choices.append(int(field));
            return choices;
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case Field:
        return tr("Becomes");
    case Example:
        return tr("Example (one row)");
    default:
        return {};
    }
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == Field ? flags | Qt::ItemIsEditable : flags;
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Field || (role != Qt::EditRole && role != FieldRole))
        return false;
    return setField(index.row(), ContactField(value.toInt()));
}

bool ImportMappingModel::setField(int row, ContactField field)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).field == field || !m_rows.at(row).choices.contains(field))
        return false;
    m_rows[row].field = field;
    const QModelIndex changed = index(row, Field);
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, FieldRole});
    return true;
}

QStringList ImportMappingModel::exampleValues(const QList<QStringList>& sampleRows, int columnCount)
{
    const auto filled = [columnCount](const QStringList& row) {
        int count = 0;
        for (int column = 0; column < columnCount; ++column)
            count += row.value(column).trimmed().isEmpty() ? 0 : 1;
        return count;
    };
    const QStringList* best = nullptr;
    int bestFilled = 0;
    for (const QStringList& row : sampleRows) {
        if (const int count = filled(row); count > bestFilled) {
            best = &row;
            bestFilled = count;
        }
    }
    QStringList examples;
    for (int column = 0; column < columnCount; ++column)
        examples.append(best ? best->value(column).simplified().left(80) : QString());
    return examples;
}

void ImportMappingModel::setColumns(
    const QStringList& header, const QList<ContactField>& fields, const QStringList& examples)
{
    beginResetModel();
    m_rows.clear();
    const QList<ContactField> assignable = CsvContactMapping::assignableFields();
    for (qsizetype column = 0; column < header.size(); ++column) {
        Row row {header.at(column), fields.value(column, ContactField::Ignored), examples.value(column), assignable};
        // Dialect-only roles (labels, websites, city...) stay as detected and are listed too.
        if (!row.choices.contains(row.field))
            row.choices.append(row.field);
        m_rows.append(row);
    }
    endResetModel();
}

} // namespace Rapport
