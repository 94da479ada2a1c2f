// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListReloader.h"

#include "ContactListModel.h"
#include "ContactStore.h"
#include "ReadOnlyConnection.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Rapport {

ContactListReloader::ContactListReloader(const QString& databasePath, ContactStore* store, ContactListModel* list,
    ContactFilterModel* filter, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_store(store)
    , m_list(list)
    , m_filter(filter)
{
    m_list->setReloadsOnReset(false);
    connect(store, &ContactStore::contactsReset, this, &ContactListReloader::reload);
    const auto touched = [this](qint64 id) {
        if (isLoading())
            m_touched.insert(id);
    };
    connect(store, &ContactStore::contactAdded, this, touched);
    connect(store, &ContactStore::contactChanged, this, touched);
    connect(store, &ContactStore::contactRemoved, this, touched);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ContactListReloader::finished);
}

ContactListReloader::~ContactListReloader()
{
    m_watcher.waitForFinished();
}

void ContactListReloader::reload()
{
    if (isLoading()) {
        m_reloadAgain = true; // what the worker reads may predate this change
        return;
    }
    m_touched.clear();
    m_loading = true;
    const int sortColumn = m_filter->sortColumn();
    const Qt::SortOrder sortOrder = m_filter->sortOrder();
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, sortColumn, sortOrder] {
        Loaded read;
        // Its own connection: the window's belongs to the UI thread, and WAL lets both read.
        ReadOnlyConnection::run(
            path, &read.error, [&read](const QSqlDatabase& db) { read.rows = ContactStore::readSummaries(db); });
        if (read.error.isEmpty())
            read.sort = ContactFilterModel::prepareSort(read.rows, sortColumn, sortOrder);
        return read;
    }));
}

void ContactListReloader::finished()
{
    Loaded read = m_watcher.result();
    if (!read.error.isEmpty()) {
        m_list->reload(); // on this thread, so the store reports the failure as every read does
    } else {
        m_filter->usePreparedSort(std::move(read.sort));
        m_list->resetTo(std::move(read.rows));
        // Taken first: a refresh can move the current row, and an edit saved then is touched again.
        const QSet<qint64> touched = std::exchange(m_touched, {});
        for (const qint64 id : touched)
            m_list->refresh(id);
    }
    m_touched.clear();
    m_loading = false;
    if (std::exchange(m_reloadAgain, false)) {
        reload();
        return;
    }
    emit loaded();
}

} // namespace Rapport
