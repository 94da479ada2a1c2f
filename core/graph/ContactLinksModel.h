// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QAbstractListModel>
#include <QPointer>

#include <functional>
#include <optional>

namespace Rapport {

class ContactStore;
class ReferralStore;

// One contact's connections, one line each: who referred them, whom they referred the user to
// (referrers first: "how did I get here" is what the user looks for), and whom they know.
// When there are none, or they could not be read, one line says so. A link added, edited or
// removed, or another person renamed, changes only the rows it touches; another contact resets.
class ContactLinksModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LinkIdRole = Qt::UserRole };

    explicit ContactLinksModel(QObject* parent = nullptr);

    // The network's stores; nullptr for none.
    void setStores(ContactStore* contacts, ReferralStore* links);
    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    // How the line in place of the list says that reading failed (the window's own wording).
    void setReadFailureText(std::function<QString(const QString& problem)> text);

    // The link on a row, or nothing for the line that says there are none.
    std::optional<Referral> linkAt(int row) const;
    int linkCount() const { return int(m_links.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    // Reads the links again and tells the views only what differs.
    void sync();
    QString describe(const Referral& link) const;
    void setMessage(const QString& message);

    // Guarded: a closed network's stores may be gone before the next one is set.
    QPointer<ContactStore> m_contacts;
    QPointer<ReferralStore> m_store;
    qint64 m_contactId = 0;
    std::function<QString(const QString&)> m_readFailureText;
    QList<Referral> m_links;
    QStringList m_texts; // one per link
    QString m_message; // the line after the links, or empty for none
};

} // namespace Rapport
