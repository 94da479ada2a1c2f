// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferralsGivenModel.h"

#include "ContactStore.h"
#include "ReferralStore.h"

#include <QCoreApplication>

namespace Rapport {

using ReferralsGivenDetail::Row;

ReferralsGivenModel::ReferralsGivenModel(
    ContactStore* contacts, ReferralStore* links, qint64 referrerId, QObject* parent)
    : SectionedRowModel(true, 1, parent)
    , m_contacts(contacts)
    , m_links(links)
    , m_referrerId(referrerId)
{
    resetFlat(read());
    connect(links, &ReferralStore::linksChanged, this, [this] { syncFlat(read()); });
    connect(contacts, &ContactStore::contactChanged, this, &ReferralsGivenModel::contactChanged);
    // Rare, and they may come with links (a delete undone): read the list again.
    for (auto signal : {&ContactStore::contactRemoved, &ContactStore::contactAdded})
        connect(contacts, signal, this, [this] { syncFlat(read()); });
    connect(contacts, &ContactStore::contactsReset, this, [this] { resetFlat(read()); });
}

QList<Row> ReferralsGivenModel::read() const
{
    QList<Row> rows;
    for (const Referral& link : m_links->linksOf(m_referrerId)) {
        if (!link.isReferral() || link.referrerId != m_referrerId)
            continue;
        const auto person = m_contacts->summary(link.referredId);
        if (!person)
            continue;
        rows.append(
            Row {link.referredId, person->name, person->organization, link.mayUseName ? int(*link.mayUseName) : -1});
    }
    return rows;
}

void ReferralsGivenModel::contactChanged(qint64 id)
{
    // Typing in any contact's editor lands here: only a person on the list can change a row, and
    // only theirs is read again.
    const QModelIndex changed = indexOf(id);
    if (!changed.isValid())
        return;
    const auto person = m_contacts->summary(id);
    if (!person) {
        syncFlat(read()); // could not be read: the list shows what can be
        return;
    }
    QList<Row> rows;
    for (int i = 0; i < rowCount(); ++i)
        rows.append(*row(index(i, 0)));
    rows[changed.row()].name = person->name;
    rows[changed.row()].organization = person->organization;
    syncFlat(rows); // the one row differs: one dataChanged, or nothing when the name stayed
}

QVariant ReferralsGivenModel::rowData(const Row& row, int, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    QString text = row.organization.isEmpty() ? row.name : tr("%1, %2").arg(row.name, row.organization);
    if (row.mayUseName >= 0)
        text += QStringLiteral(" · ") + (row.mayUseName ? tr("may use name") : tr("don't use name"));
    return text;
}

} // namespace Rapport
