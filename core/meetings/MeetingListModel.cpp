// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingListModel.h"

#include "MeetingStore.h"
#include "MeetingTypes.h"

#include <QCoreApplication>

namespace Rapport {

using MeetingListDetail::Row;

MeetingListModel::MeetingListModel(MeetingStore* store, QObject* parent)
    : SectionedRowModel(true, 1, parent)
    , m_store(store)
{
    connect(store, &MeetingStore::meetingsChanged, this, [this](qint64 contactId) {
        if (contactId == m_contactId && m_contactId)
            syncFlat(read());
    });
}

void MeetingListModel::setContact(qint64 contactId)
{
    if (contactId == m_contactId) {
        syncFlat(read());
        return;
    }
    m_contactId = contactId;
    resetFlat(read());
}

QList<Row> MeetingListModel::read()
{
    QList<Row> rows;
    m_readError.clear();
    if (!m_contactId)
        return rows;
    const QList<Meeting> meetings = m_store->meetingsOf(m_contactId);
    m_readError = m_store->readError();
    for (const Meeting& m : meetings)
        rows.append(Row {m.id, m.start, m.kind, m.status, m.takeaway});
    return rows;
}

qint64 MeetingListModel::meetingId(const QModelIndex& index) const
{
    const Row* r = row(index);
    return r ? r->key : 0;
}

QVariant MeetingListModel::rowData(const Row& row, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3")
            .arg(m_format.dateTime(row.start), MeetingTypes::label(row.kind), MeetingTypes::label(row.status));
    case Qt::ToolTipRole:
        return row.takeaway.isEmpty() ? tr("Double-click to open the notes") : m_format.toolTip(row.takeaway);
    case MeetingIdRole:
        return row.key;
    default:
        return {};
    }
}

} // namespace Rapport
