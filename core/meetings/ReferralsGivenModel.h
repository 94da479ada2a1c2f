// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SectionedRowModel.h"

namespace Rapport {

class ContactStore;
class ReferralStore;

namespace ReferralsGivenDetail {
struct Row {
    qint64 key = 0; // the referred contact's id
    QString name;
    QString organization;
    int mayUseName = -1; // -1 not asked, 0 no, 1 yes
    bool operator==(const Row&) const = default;
};
} // namespace ReferralsGivenDetail

// The people a contact referred the user to, one line each ("name, organisation · may use
// name"), for the meeting window's Referrals tab. It follows both stores: a link added or removed,
// or one of those people renamed, is one row inserted, removed or changed; a change to anyone else
// reads nothing.
class ReferralsGivenModel : public SectionedRowModel<ReferralsGivenDetail::Row>
{
    Q_OBJECT

public:
    ReferralsGivenModel(ContactStore* contacts, ReferralStore* links, qint64 referrerId, QObject* parent = nullptr);

protected:
    QVariant rowData(const ReferralsGivenDetail::Row& row, int column, int role) const override;

private:
    QList<ReferralsGivenDetail::Row> read() const;
    void contactChanged(qint64 id);

    ContactStore* m_contacts;
    ReferralStore* m_links;
    qint64 m_referrerId;
};

} // namespace Rapport
