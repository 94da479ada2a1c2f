// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "ContactFilterModel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <memory>

namespace Rapport {

class ContactListModel;
class ContactStore;

// Reloads the contact list on a worker when many contacts changed at once (an import, a
// restore, an undone import): reading 100k summaries and computing their sort keys takes far
// longer than a frame. Until the rows arrive the list shows what it had. Contacts added,
// changed or removed one at a time meanwhile are read again on top of the fresh rows, and a
// second bulk change during the load loads once more when the first is done.
class ContactListReloader : public QObject
{
    Q_OBJECT

public:
    ContactListReloader(const QString& databasePath, ContactStore* store, ContactListModel* list,
        ContactFilterModel* filter, QObject* parent = nullptr);
    ~ContactListReloader() override; // waits for the worker

    // From reload() until the rows are in the list (not only until the worker is done).
    bool isLoading() const { return m_loading; }
    // Loads now (the store's contactsReset does this too).
    void reload();

signals:
    // The list shows the rows read after the last bulk change.
    void loaded();

private:
    struct Loaded {
        QList<ContactSummary> rows;
        std::shared_ptr<ContactFilterModel::PreparedSort> sort;
        QString error;
    };
    void finished();

    QString m_databasePath;
    ContactStore* m_store;
    ContactListModel* m_list;
    ContactFilterModel* m_filter;
    QFutureWatcher<Loaded> m_watcher;
    QSet<qint64> m_touched; // changed one by one while loading
    bool m_reloadAgain = false;
    bool m_loading = false;
};

} // namespace Rapport
