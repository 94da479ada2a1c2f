// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Rapport {

// Records or edits one link of a contact: who referred them, whom they referred, or whom
// they know. The other person is picked from a list that filters as the user types.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Role {
        ReferredBy, // the other person referred this contact (or Me: found them myself)
        Referred, // this contact referred the other person
        Knows,
    };

    // people: everyone who may be picked, in the order shown; the contact itself is left out.
    ReferralDialog(Role role, const Contact& contact, const QList<ContactSummary>& people, QWidget* parent = nullptr);

    // Fills the fields from an existing link (for editing).
    void setLink(const Referral& link);
    // The link as the user described it (id kept from setLink()).
    Referral link() const;

    void accept() override;

private:
    qint64 chosenPerson(bool* found) const;

    Role m_role;
    qint64 m_contactId;
    qint64 m_linkId = 0;
    QComboBox* m_person;
    QList<qint64> m_ids; // beside each entry of m_person
    QComboBox* m_relation = nullptr;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QComboBox* m_mayUseName = nullptr;
    QLabel* m_error;
};

} // namespace Rapport
