// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "ImportOutcome.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Rapport {

// The keys an import compares people by.
namespace ImportKeys {
// A LinkedIn profile URL without scheme, "www.", query or trailing slash, in lower case.
QString profileKey(const QString& url);
// Given and family name as one case-folded, simplified string.
QString nameKey(const QString& first, const QString& last);
// A "Referred By" name as people write it: "Dr. Eleanor Maybrey", "Prof Maybrey", "maybrey".
// Honorifics and dots go; what is left is compared with full names, then with family names.
QString referrerKey(const QString& name);
// Given and family names stay apart: "Nina" as a given name is not "Nina" as a family name.
QString personKey(const QString& first, const QString& last, const QString& organization);
} // namespace ImportKeys

// Finds the contact a row describes: same profile URL, else same e-mail, else same name at
// the same organisation (the order of the issue: the strongest evidence first).
class DuplicateIndex
{
public:
    // expectedNew: rows about to be added, so the tables are sized once instead of rehashed as they grow.
    DuplicateIndex(const QSqlDatabase& db, qsizetype expectedNew);

    // The contact that already has this uuid (our own id, from a vCard UID or a JSON backup).
    qint64 findUuid(const QString& uuid) const { return uuid.isEmpty() ? 0 : m_uuids.value(uuid); }

    // cardName: a vCard's FN (empty for other formats), see addCard(). A match on the name alone
    // where the e-mails or phones differ (both present, none shared) is not taken: `possibleDuplicate`
    // gets that contact, and the row is someone else until the user says otherwise.
    // `by` gets the evidence of the match.
    qint64 find(const Contact& c, const QString& cardName = {}, qint64* possibleDuplicate = nullptr,
        ImportRowOutcome::MatchedBy* by = nullptr) const;

    void add(const Contact& c, qint64 id);

    // Two vCards of one file with the same N but different FN are two people (a father and son, a middle name N
    // leaves out), not a duplicate. So the FN of each card is kept with the contact it made or matched, and a
    // later card with the same N matches by name only where its FN is the same.
    void addCard(const Contact& c, const QString& cardName, qint64 id);

private:
    // Both sides have values and share none (e-mails without regard to case, phones by their digits).
    static bool differ(const QStringList& known, const QList<LabeledValue>& values);
    static QString valueKey(const QString& value);

    static QString cardKey(const QString& personKey, const QString& cardName);

    void addProfile(const QString& url, qint64 id);
    void addEmail(const QString& email, qint64 id);
    void addPhone(const QString& phone, qint64 id);
    // A contact known by its organisation alone (no name, e-mail, phone or profile).
    void addNamelessOrganization(const QString& organization, qint64 id);
    void addPerson(const QString& first, const QString& last, const QString& org, qint64 id);
    static QString nameOnlyKey(const QString& first, const QString& last);
    bool profilesDiffer(qint64 id, const Contact& c) const;

    QHash<QString, qint64> m_profiles;
    QHash<QString, qint64> m_emails;
    QHash<QString, qint64> m_people;
    QHash<QString, QList<qint64>> m_byName; // given and family name alone -> contacts, oldest first
    QHash<QString, QList<qint64>> m_byNameWithoutProfile; // the same, of those without a profile URL
    QHash<qint64, QString> m_organizationOf; // case-folded
    QHash<qint64, QString> m_profileOf;
    QHash<QString, qint64> m_uuids;
    QHash<qint64, QStringList> m_emailsOf, m_phonesOf; // per contact, as valueKey() writes them
    QHash<QString, qint64> m_cards; // person key and FN of a card of this file -> its contact
    QSet<qint64> m_cardContacts; // contacts that a card of this file made or matched
    QSet<qint64> m_nameless; // contacts with neither given nor family name
    QHash<QString, qint64> m_namelessPhones; // their phones, as valueKey() writes them
    QHash<QString, qint64> m_namelessOrganizations; // those known by their organisation alone
};

} // namespace Rapport
