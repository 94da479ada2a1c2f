// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackupListModel.h"

#include <QLocale>

namespace Rapport {

namespace {

// Wraps at the dialog's width instead of running off the screen, as the app's other tooltips.
QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + html + QStringLiteral("</p>");
}

} // namespace

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timeFormat([](const QDateTime& time) { return QLocale().toString(time, QLocale::ShortFormat); })
{ }

QString BackupListModel::reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return tr("Daily copy");
    if (reason == QLatin1String("import"))
        return tr("Before an import");
    if (reason == QLatin1String("replaced"))
        return tr("Replaced by a restore");
    if (reason == QLatin1String("repair"))
        return tr("Before a repair");
    return reason;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_backups.isEmpty() ? 1 : int(m_backups.size()); // the "no backups yet" row
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_backups.isEmpty())
        return role == Qt::DisplayRole && index.column() == Taken ? QVariant(tr("No backups yet")) : QVariant();
    const BackupInfo& b = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Taken:
            return m_timeFormat(b.taken);
        case Reason:
            return reasonText(b.reason);
        case Contacts:
            return b.contacts < 0 ? tr("unreadable") : QString::number(b.contacts);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Contacts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Taken ? QVariant(plainToolTip(b.path)) : QVariant();
    case PathRole:
        return b.path;
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Taken:
        return tr("Taken");
    case Reason:
        return tr("Why");
    case Contacts:
        return tr("Contacts");
    default:
        return {};
    }
}

Qt::ItemFlags BackupListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_backups.isEmpty() ? Qt::ItemIsEnabled
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void BackupListModel::setTimeFormat(TimeFormat format)
{
    m_timeFormat = std::move(format);
    if (!m_backups.isEmpty())
        emit dataChanged(index(0, Taken), index(int(m_backups.size()) - 1, Taken), {Qt::DisplayRole});
}

void BackupListModel::load(const QString& networkPath)
{
    setBackups(Backups::list(networkPath));
}

void BackupListModel::setBackups(const QList<BackupInfo>& backups)
{
    beginResetModel();
    m_backups = backups;
    endResetModel();
}

QString BackupListModel::pathAt(int row) const
{
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

} // namespace Rapport
