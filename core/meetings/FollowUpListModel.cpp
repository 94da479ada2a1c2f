// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpListModel.h"

#include "Clock.h"
#include "MeetingStore.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace Rapport {

using FollowUpListDetail::Row;

FollowUpListModel::FollowUpListModel(MeetingStore* store, QObject* parent)
    : SectionedRowModel(true, 1, parent)
    , m_store(store)
{
    connect(store, &MeetingStore::followUpsChanged, this, [this](qint64 contactId) {
        if (contactId == m_contactId && m_contactId)
            syncFlat(read());
    });
}

void FollowUpListModel::setContact(qint64 contactId)
{
    if (contactId == m_contactId) {
        syncFlat(read());
        return;
    }
    m_contactId = contactId;
    resetFlat(read());
}

QList<Row> FollowUpListModel::read()
{
    QList<Row> rows;
    m_readError.clear();
    if (!m_contactId)
        return rows;
    const QList<FollowUp> followUps = m_store->followUpsOf(m_contactId);
    m_readError = m_store->readError();
    const QDate today = Clock::currentDate();
    for (const FollowUp& f : followUps) {
        const bool done = f.doneAt.isValid();
        rows.append(Row {f.id, f.due, f.text, done, !done && f.due < today});
    }
    return rows;
}

qint64 FollowUpListModel::followUpId(const QModelIndex& index) const
{
    const Row* r = row(index);
    return r ? r->key : 0;
}

QVariant FollowUpListModel::rowData(const Row& row, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = tr("%1 · %2").arg(QLocale().toString(row.due, QLocale::ShortFormat), row.text);
        // Overdue is said, not only shown in bold.
        return row.overdue ? tr("%1 (overdue)").arg(text) : text;
    }
    case Qt::FontRole:
        if (row.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::CheckStateRole:
        return row.done ? Qt::Checked : Qt::Unchecked;
    case FollowUpIdRole:
        return row.key;
    default:
        return {};
    }
}

Qt::ItemFlags FollowUpListModel::rowFlags(const Row&, int) const
{
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool FollowUpListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Row* r = row(index);
    if (!r || role != Qt::CheckStateRole)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done != r->done)
        emit doneRequested(r->key, done); // the row changes when the store has written it
    return true;
}

} // namespace Rapport
