// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Backups.h"

#include <QAbstractTableModel>

#include <functional>

namespace Rapport {

// File ▸ Restore Backup's list: the copies of a network, newest first, with when and why each was
// taken and how many contacts it holds. With no copy yet it shows one row saying so, which cannot be
// selected and has no path.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Taken, Reason, Contacts, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };
    // How a time is shown (the app's short date and time); QLocale's short format by default.
    using TimeFormat = std::function<QString(const QDateTime&)>;

    explicit BackupListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setTimeFormat(TimeFormat format);
    // Backups::list(networkPath), read again.
    void load(const QString& networkPath);
    void setBackups(const QList<BackupInfo>& backups);
    const QList<BackupInfo>& backups() const { return m_backups; }
    // The copy at this row, or an empty string (the "no backups" row).
    QString pathAt(int row) const;

    static QString reasonText(const QString& reason);

private:
    QList<BackupInfo> m_backups;
    TimeFormat m_timeFormat;
};

} // namespace Rapport
