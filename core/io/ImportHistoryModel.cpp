// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportHistoryModel.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextDocument>

namespace Rapport {

namespace {

bool sameRow(const ImportBatchInfo& a, const ImportBatchInfo& b)
{
    return a.id == b.id && a.file == b.file && a.format == b.format && a.importedAt == b.importedAt
        && a.created == b.created && a.updated == b.updated && a.unchanged == b.unchanged && a.skipped == b.skipped
        && a.undone == b.undone;
}

} // namespace

ImportHistoryModel::ImportHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatchInfo& b = m_batches.at(index.row());
    switch (role) {
    case BatchIdRole:
        return b.id;
    case UndoneRole:
        return b.undone;
    case FormatKeyRole:
        return b.format;
    case Qt::ToolTipRole:
        return index.column() == File ? QVariant(Qt::convertFromPlainText(b.file)) : QVariant();
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case Imported:
            return locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
        case File:
            return QFileInfo(b.file).fileName();
        case Format:
            return formatLabel(b.format);
        case Created:
            return locale.toString(b.created);
        case Updated:
            return locale.toString(b.updated);
        case Status:
            return b.undone ? tr("Undone") : tr("Imported");
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Imported:
        return tr("Imported");
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Created:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QString ImportHistoryModel::formatLabel(const QString& key)
{
    // The keys ImportSource::formatKey() and JsonRestore store in import_batch.format.
    if (key == QLatin1String("linkedin"))
        return tr("LinkedIn connections");
    if (key == QLatin1String("linkedin-archive"))
        return tr("LinkedIn archive");
    if (key == QLatin1String("google"))
        return tr("Google contacts");
    if (key == QLatin1String("outlook"))
        return tr("Outlook contacts");
    if (key == QLatin1String("vcard"))
        return tr("vCard");
    if (key == QLatin1String("csv"))
        return tr("CSV");
    if (key == QLatin1String("json"))
        return tr("JSON backup");
    return key;
}

int ImportHistoryModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

void ImportHistoryModel::setBatches(const QList<ImportBatchInfo>& batches)
{
    // Newest first: imports made since the last read come ahead of the rows already shown.
    const qsizetype added = batches.size() - m_batches.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_batches.size(); ++i)
        sameTail = batches.at(added + i).id == m_batches.at(i).id;
    if (!sameTail) {
        beginResetModel();
        m_batches = batches;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < m_batches.size(); ++i) {
        if (sameRow(batches.at(added + i), m_batches.at(i)))
            continue;
        m_batches[i] = batches.at(added + i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_batches = batches;
        endInsertRows();
    }
}

} // namespace Rapport
