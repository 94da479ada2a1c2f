// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DuplicateIndex.h"

#include "SqlStatement.h"

#include <algorithm>

namespace Rapport {

namespace ImportKeys {

QString profileKey(const QString& url)
{
    QString key = url.trimmed().toLower();
    for (const char* prefix : {"https://", "http://"}) {
        if (key.startsWith(QLatin1String(prefix)))
            key = key.mid(int(qstrlen(prefix)));
    }
    if (key.startsWith(QLatin1String("www.")))
        key = key.mid(4);
    key = key.section(QLatin1Char('?'), 0, 0);
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

QString nameKey(const QString& first, const QString& last)
{
    return (first.trimmed() + QLatin1Char(' ') + last.trimmed()).simplified().toCaseFolded();
}

QString referrerKey(const QString& name)
{
    static const QStringList honorifics
        = {QStringLiteral("dr"), QStringLiteral("prof"), QStringLiteral("professor"), QStringLiteral("mr"),
            QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("mx"), QStringLiteral("miss")};
    QStringList words = QString(name)
                            .replace(QLatin1Char('.'), QLatin1Char(' '))
                            .toCaseFolded()
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && honorifics.contains(words.first()))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

QString personKey(const QString& first, const QString& last, const QString& organization)
{
    return first.simplified().toCaseFolded() + QChar(0x1F) + last.simplified().toCaseFolded() + QLatin1Char('|')
        + organization.trimmed().toCaseFolded();
}

} // namespace ImportKeys

using namespace ImportKeys;

DuplicateIndex::DuplicateIndex(const QSqlDatabase& db, qsizetype expectedNew)
{
    const qsizetype size
        = expectedNew + SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toLongLong();
    m_profiles.reserve(size);
    m_profileOf.reserve(size);
    m_people.reserve(size);
    m_uuids.reserve(size);
    SqlStatement contacts(db,
        QStringLiteral("SELECT c.id, c.linkedin_url, c.first_name, c.last_name, ifnull(o.name, ''), c.uuid "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.id"));
    contacts.exec(); // in id order: the name lists below are oldest first
    QHash<qint64, QString> namelessOrganizations;
    while (contacts.next()) {
        const qint64 id = contacts.value(0).toLongLong();
        addProfile(contacts.value(1).toString(), id);
        addPerson(contacts.value(2).toString(), contacts.value(3).toString(), contacts.value(4).toString(), id);
        m_uuids.insert(contacts.value(5).toString(), id);
        if (contacts.value(2).toString().trimmed().isEmpty() && contacts.value(3).toString().trimmed().isEmpty()) {
            m_nameless.insert(id);
            m_organizationOf.insert(id, contacts.value(4).toString().trimmed().toCaseFolded());
            namelessOrganizations.insert(id, contacts.value(4).toString());
        }
    }
    SqlStatement emails(db, QStringLiteral("SELECT contact_id, address FROM contact_email"));
    emails.exec();
    while (emails.next())
        addEmail(emails.value(1).toString(), emails.value(0).toLongLong());
    SqlStatement phones(db, QStringLiteral("SELECT contact_id, number FROM contact_phone"));
    phones.exec();
    while (phones.next())
        addPhone(phones.value(1).toString(), phones.value(0).toLongLong());
    for (auto it = namelessOrganizations.cbegin(); it != namelessOrganizations.cend(); ++it)
        addNamelessOrganization(it.value(), it.key());
}

qint64 DuplicateIndex::find(
    const Contact& c, const QString& cardName, qint64* possibleDuplicate, ImportRowOutcome::MatchedBy* by) const
{
    using MatchedBy = ImportRowOutcome::MatchedBy;
    const auto found = [by](qint64 id, MatchedBy how) {
        if (by)
            *by = id ? how : MatchedBy::None;
        return id;
    };
    // A file we wrote names our contacts by uuid: nothing is stronger evidence.
    if (const qint64 id = findUuid(c.uuid))
        return found(id, MatchedBy::Uuid);
    if (!c.linkedinUrl.isEmpty()) {
        if (const qint64 id = m_profiles.value(profileKey(c.linkedinUrl)))
            return found(id, MatchedBy::Profile);
    }
    for (const auto& email : c.emails) {
        if (const qint64 id = m_emails.value(email.value.trimmed().toCaseFolded()))
            return found(id, MatchedBy::Email);
    }
    if (by)
        *by = MatchedBy::None;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty()) {
        // Without a name, a phone or an organisation is all there is: the same one on a contact
        // without a name is the same entry (a company's switchboard, the plumber), not a new one
        // at every import.
        // Another organisation or other e-mails on that entry make it someone else's number.
        for (const auto& phone : c.phones) {
            const qint64 id = m_namelessPhones.value(valueKey(phone.value));
            if (!id)
                continue;
            const QString organization = m_organizationOf.value(id);
            if ((!organization.isEmpty() && !c.organization.trimmed().isEmpty()
                    && organization != c.organization.trimmed().toCaseFolded())
                || differ(m_emailsOf.value(id), c.emails)) {
                if (possibleDuplicate)
                    *possibleDuplicate = id;
                return 0;
            }
            return found(id, MatchedBy::Phone);
        }
        if (c.emails.isEmpty() && c.phones.isEmpty() && c.linkedinUrl.isEmpty() && !c.organization.isEmpty())
            return found(
                m_namelessOrganizations.value(c.organization.trimmed().toCaseFolded()), MatchedBy::Organization);
        return 0;
    }
    const QString key = personKey(c.firstName, c.lastName, c.organization);
    qint64 id = m_people.value(key);
    // A card of this same file has this N: the name is theirs only if the FN is the same too.
    if (id && !cardName.isEmpty() && m_cardContacts.contains(id))
        id = m_cards.value(cardKey(key, cardName));
    if (id) {
        // Two different profile URLs are two people, however alike their names.
        if (profilesDiffer(id, c))
            return 0;
        // The same name with other e-mails or phones may be someone else: never merged on a guess.
        if (differ(m_emailsOf.value(id), c.emails) || differ(m_phonesOf.value(id), c.phones)) {
            if (possibleDuplicate)
                *possibleDuplicate = id;
            return 0;
        }
        return found(id, MatchedBy::Name);
    }
    // The same name where one side has no organisation: an empty value is never a difference
    // (old exports leave columns out), so it is the same person unless something else differs.
    // Another organisation, e-mails or phones make a possible duplicate, never a match.
    // A row with a profile can only be someone without one (the same profile matched above).
    // Only the oldest few of a common name are looked at: past them, a row is added and flagged
    // rather than matched, which is never wrong, and an import stays linear in its rows.
    constexpr qsizetype kNameCandidates = 8;
    const QString name = nameOnlyKey(c.firstName, c.lastName);
    const QList<qint64> candidates
        = (c.linkedinUrl.isEmpty() ? m_byName.value(name) : m_byNameWithoutProfile.value(name)).mid(0, kNameCandidates);
    qint64 flagged = 0;
    qint64 match = 0;
    for (const qint64 candidate : candidates) {
        // A card of this file stands under the organisation of the card, or of the contact it matched.
        if (!cardName.isEmpty() && m_cardContacts.contains(candidate)
            && m_cards.value(cardKey(key, cardName)) != candidate
            && m_cards.value(cardKey(personKey(c.firstName, c.lastName, m_organizationOf.value(candidate)), cardName))
                != candidate)
            continue; // another FN of this file's cards
        if (profilesDiffer(candidate, c))
            continue;
        const QString organization = m_organizationOf.value(candidate);
        const bool otherOrganization = !organization.isEmpty() && !c.organization.trimmed().isEmpty()
            && organization != c.organization.trimmed().toCaseFolded();
        if (otherOrganization || differ(m_emailsOf.value(candidate), c.emails)
            || differ(m_phonesOf.value(candidate), c.phones)) {
            if (!flagged)
                flagged = candidate;
            continue;
        }
        if (match) { // two people it could be: choosing one would be a guess
            if (possibleDuplicate)
                *possibleDuplicate = match;
            return 0;
        }
        match = candidate;
    }
    if (match)
        return found(match, MatchedBy::Name);
    if (flagged && possibleDuplicate)
        *possibleDuplicate = flagged;
    return 0;
}

void DuplicateIndex::add(const Contact& c, qint64 id)
{
    if (!c.uuid.isEmpty())
        m_uuids.insert(c.uuid, id);
    const bool nameless = c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty();
    if (nameless) {
        m_nameless.insert(id);
        m_organizationOf.insert(id, c.organization.trimmed().toCaseFolded());
    }
    if (nameless && c.emails.isEmpty() && c.phones.isEmpty() && c.linkedinUrl.isEmpty())
        addNamelessOrganization(c.organization, id);
    addProfile(c.linkedinUrl, id);
    for (const auto& email : c.emails)
        addEmail(email.value, id);
    for (const auto& phone : c.phones)
        addPhone(phone.value, id);
    addPerson(c.firstName, c.lastName, c.organization, id);
}

void DuplicateIndex::addCard(const Contact& c, const QString& cardName, qint64 id)
{
    if (cardName.isEmpty() || (c.firstName.isEmpty() && c.lastName.isEmpty()))
        return;
    m_cards.insert(cardKey(personKey(c.firstName, c.lastName, c.organization), cardName), id);
    m_cardContacts.insert(id);
}

bool DuplicateIndex::differ(const QStringList& known, const QList<LabeledValue>& values)
{
    if (known.isEmpty() || values.isEmpty())
        return false; // an empty value is never a difference: old exports leave columns out
    return std::none_of(values.cbegin(), values.cend(),
        [&known](const LabeledValue& value) { return known.contains(valueKey(value.value)); });
}

QString DuplicateIndex::valueKey(const QString& value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    // A phone compares by its digits; an address (or a phone without any) by its text.
    return value.contains(QLatin1Char('@')) || digits.isEmpty() ? value.trimmed().toCaseFolded() : digits;
}

QString DuplicateIndex::cardKey(const QString& personKey, const QString& cardName)
{
    return personKey + QLatin1Char('|') + cardName.simplified().toCaseFolded();
}

void DuplicateIndex::addProfile(const QString& url, qint64 id)
{
    if (!url.trimmed().isEmpty()) {
        m_profiles.insert(profileKey(url), id);
        m_profileOf.insert(id, profileKey(url));
    }
}

void DuplicateIndex::addEmail(const QString& email, qint64 id)
{
    if (!email.trimmed().isEmpty()) {
        m_emails.insert(email.trimmed().toCaseFolded(), id);
        m_emailsOf[id].append(valueKey(email));
    }
}

void DuplicateIndex::addPhone(const QString& phone, qint64 id)
{
    if (phone.trimmed().isEmpty())
        return;
    m_phonesOf[id].append(valueKey(phone));
    if (m_nameless.contains(id))
        m_namelessPhones.insert(valueKey(phone), id);
}

void DuplicateIndex::addNamelessOrganization(const QString& organization, qint64 id)
{
    if (!organization.trimmed().isEmpty() && !m_emailsOf.contains(id) && !m_phonesOf.contains(id)
        && !m_profileOf.contains(id))
        m_namelessOrganizations.insert(organization.trimmed().toCaseFolded(), id);
}

void DuplicateIndex::addPerson(const QString& first, const QString& last, const QString& org, qint64 id)
{
    if (first.trimmed().isEmpty() && last.trimmed().isEmpty())
        return;
    m_people.insert(personKey(first, last, org), id);
    const QString name = nameOnlyKey(first, last);
    // Ids come in ascending order, except a contact added again after an update: only then is the
    // list searched, so a name shared by thousands stays cheap.
    const auto append = [id](QList<qint64>& ids) {
        if (ids.isEmpty() || ids.last() < id || !ids.contains(id))
            ids.append(id);
    };
    append(m_byName[name]);
    if (!m_profileOf.contains(id))
        append(m_byNameWithoutProfile[name]);
    m_organizationOf.insert(id, org.trimmed().toCaseFolded());
}

QString DuplicateIndex::nameOnlyKey(const QString& first, const QString& last)
{
    return first.simplified().toCaseFolded() + QChar(0x1F) + last.simplified().toCaseFolded();
}

bool DuplicateIndex::profilesDiffer(qint64 id, const Contact& c) const
{
    const QString known = m_profileOf.value(id);
    return !c.linkedinUrl.isEmpty() && !known.isEmpty() && known != profileKey(c.linkedinUrl);
}

} // namespace Rapport
