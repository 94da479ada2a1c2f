// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapport {

class ContactStore;

// The contact list: one row per contact, kept in step with the store one row at a time
// (rowsInserted / dataChanged / rowsRemoved), never by a reset on an edit.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Organization, Title, Stage, LastContact, NextFollowUp, Tags, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts naturally: dates as QDate, stage in loop order
        StageRole, // int(Stage)
        TagsRole, // QStringList
    };

    explicit ContactListModel(ContactStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 contactId(int row) const;
    int rowOf(qint64 contactId) const; // -1 when absent
    // Direct access for the filter model, which reads every row when it sorts or filters.
    const ContactSummary& summaryAt(int row) const { return m_rows.at(row); }
    QVariant sortValue(int row, int column) const; // what SortRole gives
    // The same for any summary; safe on any thread (a worker preparing a sort).
    static QVariant sortValueOf(const ContactSummary& summary, int column);
    // Why the last (re)load read no rows because reading failed, or empty: an empty list is
    // then not an empty network, and the window says so instead of offering a first import.
    QString loadError() const { return m_loadError; }

    // Whether the store's contactsReset reloads the rows here, on the UI thread (the default).
    // A window turns it off and loads them on a worker instead (ContactListReloader), then
    // hands them over with resetTo(): 100k rows take longer than a frame to read.
    void setReloadsOnReset(bool reloads) { m_reloadsOnReset = reloads; }
    // Replaces every row (in id order, as ContactStore::readSummaries gives them).
    void resetTo(QList<ContactSummary> rows, const QString& loadError = {});
    // Re-reads one contact's row: adds, updates or removes it to match the store.
    void refresh(qint64 id);

public slots:
    void reload();

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    static QVariant displayData(const ContactSummary& summary, int column);
    static bool isOverdue(const ContactSummary& summary);

    ContactStore* m_store;
    QList<ContactSummary> m_rows;
    QString m_loadError;
    bool m_reloadsOnReset = true;
};

} // namespace Rapport
