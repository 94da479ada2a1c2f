// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"

#include "Backups.h"
#include "BulkContactWriter.h"
#include "Clock.h"
#include "ContactJson.h"
#include "ContactLoader.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "FieldProvenance.h"
#include "JsonRestore.h"
#include "NetworkRecords.h"
#include "Schema.h"
#include "ScopedCacheSize.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace Rapport {

namespace {

// Above this many rows, rebuilding the full-text rows once beats updating them row by row.
constexpr int kBulkIndexThreshold = 500;

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

// A "Referred By" name as people write it: "Dr. Eleanor Maybrey", "Prof Maybrey", "maybrey".
// Honorifics and dots go; what is left is compared with full names, then with family names.
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

// Given and family names stay apart: "Nina" as a given name is not "Nina" as a family name.
QString personKey(const QString& first, const QString& last, const QString& organization)
{
    return first.simplified().toCaseFolded() + QChar(0x1F) + last.simplified().toCaseFolded() + QLatin1Char('|')
        + organization.trimmed().toCaseFolded();
}

// Finds the contact a row describes: same profile URL, else same e-mail, else same name at
// the same organisation (the order of the issue: the strongest evidence first).
class DuplicateIndex
{
public:
    // expectedNew: rows about to be added, so the tables are sized once instead of rehashed as they grow.
    DuplicateIndex(const QSqlDatabase& db, qsizetype expectedNew)
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

    // The contact that already has this uuid (our own id, from a vCard UID or a JSON backup).
    qint64 findUuid(const QString& uuid) const { return uuid.isEmpty() ? 0 : m_uuids.value(uuid); }

    // cardName: a vCard's FN (empty for other formats), see addCard(). A match on the name alone
    // where the e-mails or phones differ (both present, none shared) is not taken: `possibleDuplicate`
    // gets that contact, and the row is someone else until the user says otherwise.
    // `by` gets the evidence of the match.
    qint64 find(const Contact& c, const QString& cardName = {}, qint64* possibleDuplicate = nullptr,
        ImportRowOutcome::MatchedBy* by = nullptr) const
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
            = (c.linkedinUrl.isEmpty() ? m_byName.value(name) : m_byNameWithoutProfile.value(name))
                  .mid(0, kNameCandidates);
        qint64 flagged = 0;
        qint64 match = 0;
        for (const qint64 candidate : candidates) {
            // A card of this file stands under the organisation of the card, or of the contact it matched.
            if (!cardName.isEmpty() && m_cardContacts.contains(candidate)
                && m_cards.value(cardKey(key, cardName)) != candidate
                && m_cards.value(
                       cardKey(personKey(c.firstName, c.lastName, m_organizationOf.value(candidate)), cardName))
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

    void add(const Contact& c, qint64 id)
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

    // Two vCards of one file with the same N but different FN are two people (a father and son, a middle name N
    // leaves out), not a duplicate. So the FN of each card is kept with the contact it made or matched, and a
    // later card with the same N matches by name only where its FN is the same.
    void addCard(const Contact& c, const QString& cardName, qint64 id)
    {
        if (cardName.isEmpty() || (c.firstName.isEmpty() && c.lastName.isEmpty()))
            return;
        m_cards.insert(cardKey(personKey(c.firstName, c.lastName, c.organization), cardName), id);
        m_cardContacts.insert(id);
    }

private:
    // Both sides have values and share none (e-mails without regard to case, phones by their digits).
    static bool differ(const QStringList& known, const QList<LabeledValue>& values)
    {
        if (known.isEmpty() || values.isEmpty())
            return false; // an empty value is never a difference: old exports leave columns out
        return std::none_of(values.cbegin(), values.cend(),
            [&known](const LabeledValue& value) { return known.contains(valueKey(value.value)); });
    }
    static QString valueKey(const QString& value)
    {
        QString digits;
        for (const QChar c : value) {
            if (c.isDigit())
                digits += c;
        }
        // A phone compares by its digits; an address (or a phone without any) by its text.
        return value.contains(QLatin1Char('@')) || digits.isEmpty() ? value.trimmed().toCaseFolded() : digits;
    }

    static QString cardKey(const QString& personKey, const QString& cardName)
    {
        return personKey + QLatin1Char('|') + cardName.simplified().toCaseFolded();
    }

    void addProfile(const QString& url, qint64 id)
    {
        if (!url.trimmed().isEmpty()) {
            m_profiles.insert(profileKey(url), id);
            m_profileOf.insert(id, profileKey(url));
        }
    }
    void addEmail(const QString& email, qint64 id)
    {
        if (!email.trimmed().isEmpty()) {
            m_emails.insert(email.trimmed().toCaseFolded(), id);
            m_emailsOf[id].append(valueKey(email));
        }
    }
    void addPhone(const QString& phone, qint64 id)
    {
        if (phone.trimmed().isEmpty())
            return;
        m_phonesOf[id].append(valueKey(phone));
        if (m_nameless.contains(id))
            m_namelessPhones.insert(valueKey(phone), id);
    }
    // A contact known by its organisation alone (no name, e-mail, phone or profile).
    void addNamelessOrganization(const QString& organization, qint64 id)
    {
        if (!organization.trimmed().isEmpty() && !m_emailsOf.contains(id) && !m_phonesOf.contains(id)
            && !m_profileOf.contains(id))
            m_namelessOrganizations.insert(organization.trimmed().toCaseFolded(), id);
    }
    void addPerson(const QString& first, const QString& last, const QString& org, qint64 id)
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
    static QString nameOnlyKey(const QString& first, const QString& last)
    {
        return first.simplified().toCaseFolded() + QChar(0x1F) + last.simplified().toCaseFolded();
    }
    bool profilesDiffer(qint64 id, const Contact& c) const
    {
        const QString known = m_profileOf.value(id);
        return !c.linkedinUrl.isEmpty() && !known.isEmpty() && known != profileKey(c.linkedinUrl);
    }

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

// A name that is one of the contact's addresses, or the part before its @, letter for letter
// ("dana.lee@gmail.com", "dana.lee"): what a mail client writes where it knows no name.
bool isAddressAsName(const Contact& row)
{
    const QString name = (row.firstName + QLatin1Char(' ') + row.lastName).trimmed();
    if (name.isEmpty())
        return false;
    return std::any_of(row.emails.cbegin(), row.emails.cend(), [&name](const LabeledValue& email) {
        const QString address = email.value.trimmed();
        return name.compare(address, Qt::CaseInsensitive) == 0
            || name.compare(address.section(QLatin1Char('@'), 0, 0), Qt::CaseInsensitive) == 0;
    });
}

// A name a mail client may have made up from the address ("jane.doe", "Jane Doe" for
// jane.doe@example.org): it never replaces a real name.
bool looksBuiltFromAddress(const Contact& row)
{
    const auto squeezed = [](QString text) {
        text = text.toCaseFolded();
        text.remove(QRegularExpression(QStringLiteral("[\\s._+-]")));
        return text;
    };
    const QString name = squeezed(row.firstName + row.lastName);
    if (name.isEmpty())
        return false;
    for (const LabeledValue& email : row.emails) {
        const QString address = email.value.trimmed();
        if (name == squeezed(address) || name == squeezed(address.section(QLatin1Char('@'), 0, 0)))
            return true;
    }
    return false;
}

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "given name")},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "family name")},
        {QStringLiteral("organization"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "organisation")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "title")},
        {QStringLiteral("linkedinUrl"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "profile")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "location")},
        {QStringLiteral("connectedOn"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "connected on")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "e-mails")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "phones")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "tags")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Rapport::ContactImporter", "notes")}};
    return ContactImporter::tr(labels.value(field, "field"));
}

// Fills in a known contact from an imported row. Notes, stage and strength are the user's own
// and never change; e-mails, phones and tags are added, never removed. A field the user typed
// (`typed`) keeps its value, and the difference is noted in `kept`. A value that differs only in
// case, or a profile URL spelled another way, is not a change: the user's spelling stays (and an
// organisation is not re-cased for everyone who works there). `changed` gets the fields set, and
// `fromFile` those of them that are now the file's (all but a typed list the file added to).
void mergeInto(const Contact& imported, const QSet<QString>& typed, Contact& known, QStringList* changed,
    QStringList* fromFile, QStringList* kept)
{
    const auto take = [&](QString& field, const QString& value, const QString& key, bool differs) {
        if (!differs)
            return;
        if (typed.contains(key) && !field.isEmpty()) {
            kept->append(ContactImporter::tr("%1: yours \"%2\", the file's \"%3\": kept yours")
                             .arg(fieldLabel(key), field, value));
            return;
        }
        field = value;
        changed->append(key);
        fromFile->append(key);
    };
    const auto differs = [](const QString& field, const QString& value) {
        return !value.isEmpty() && field.compare(value, Qt::CaseInsensitive) != 0;
    };
    // A name that may be made up from the address never replaces one; but a name that is the
    // address itself gives way to any other.
    const bool placeholderName = looksBuiltFromAddress(imported)
        && !(known.firstName.trimmed().isEmpty() && known.lastName.trimmed().isEmpty())
        && !(isAddressAsName(known) && !isAddressAsName(imported));
    if (!placeholderName) {
        take(known.firstName, imported.firstName, QStringLiteral("firstName"),
            differs(known.firstName, imported.firstName));
        take(known.lastName, imported.lastName, QStringLiteral("lastName"), differs(known.lastName, imported.lastName));
    }
    take(known.organization, imported.organization, QStringLiteral("organization"),
        differs(known.organization, imported.organization));
    take(known.title, imported.title, QStringLiteral("title"), differs(known.title, imported.title));
    take(known.linkedinUrl, imported.linkedinUrl, QStringLiteral("linkedinUrl"),
        !imported.linkedinUrl.isEmpty() && profileKey(known.linkedinUrl) != profileKey(imported.linkedinUrl));
    take(known.location, imported.location, QStringLiteral("location"), differs(known.location, imported.location));
    if (imported.connectedOn.isValid() && known.connectedOn != imported.connectedOn) {
        if (typed.contains(QStringLiteral("connectedOn")) && known.connectedOn.isValid()) {
            kept->append(ContactImporter::tr("%1: yours \"%2\", the file's \"%3\": kept yours")
                             .arg(fieldLabel(QStringLiteral("connectedOn")), known.connectedOn.toString(Qt::ISODate),
                                 imported.connectedOn.toString(Qt::ISODate)));
        } else {
            known.connectedOn = imported.connectedOn;
            changed->append(QStringLiteral("connectedOn"));
            fromFile->append(QStringLiteral("connectedOn"));
        }
    }
    // Lists only grow: a value added to a list the user typed overwrites nothing.
    const auto addValues = [&](QList<LabeledValue>& known, const QList<LabeledValue>& imported, const QString& key) {
        if (!typed.contains(key) || known.isEmpty())
            fromFile->append(key); // dropped again below when nothing is added
        const bool wasFromFile = fromFile->contains(key);
        bool added = false;
        for (const auto& value : imported) {
            const bool present = std::any_of(known.cbegin(), known.cend(),
                [&value](const LabeledValue& v) { return v.value.compare(value.value, Qt::CaseInsensitive) == 0; });
            if (!present) {
                known.append(value);
                added = true;
            }
        }
        if (added)
            changed->append(key);
        else if (wasFromFile)
            fromFile->removeOne(key);
    };
    addValues(known.emails, imported.emails, QStringLiteral("emails"));
    addValues(known.phones, imported.phones, QStringLiteral("phones"));
    const bool tagsWereTyped = typed.contains(QStringLiteral("tags")) && !known.tags.isEmpty();
    bool tagged = false;
    for (const QString& tag : imported.tags) {
        if (!known.tags.contains(tag, Qt::CaseInsensitive)) {
            known.tags.append(tag);
            tagged = true;
        }
    }
    if (tagged) {
        changed->append(QStringLiteral("tags"));
        if (!tagsWereTyped)
            fromFile->append(QStringLiteral("tags"));
    }
}

// The file's own notes for a contact already here (the row's notes without the lines of values
// kept from other columns), added as a paragraph of their own unless the notes hold it already.
bool appendFileNotes(QString* notes, const QString& rowNotes, const QStringList& noteLines)
{
    QStringList own = rowNotes.split(QLatin1Char('\n'));
    own.removeIf([&noteLines](const QString& line) { return noteLines.contains(line); });
    const QString text = own.join(QLatin1Char('\n')).trimmed();
    // Already there as lines of their own (a short note inside a longer line is not that note).
    const QString padded = QLatin1Char('\n') + *notes + QLatin1Char('\n');
    if (text.isEmpty() || padded.contains(QLatin1Char('\n') + text + QLatin1Char('\n')))
        return false;
    *notes = notes->trimmed().isEmpty() ? text : *notes + QStringLiteral("\n\n") + text;
    return true;
}

struct PendingReferral {
    qint64 contactId;
    QStringList referrers;
};

} // namespace

ImportReport ContactImporter::run(
    Database& database, const QString& path, const ImportOptions& options, const Progress& progress)
{
    // Rapport's own JSON backup restores contacts with their links, meetings and follow-ups.
    if (options.format == ImportFormat::Json
        || (options.format == ImportFormat::Auto && JsonRestore::looksLikeJson(path)))
        return JsonRestore::run(database, path, options, progress);
    ImportSource source;
    ImportProblem problem;
    if (!source.open(path, options.format, &problem)) {
        ImportReport report;
        report.problems.append(problem);
        report.error = problem.message;
        return report;
    }
    if (options.mapping)
        source.setMapping(*options.mapping);
    return run(database, source, options, progress);
}

ImportReport ContactImporter::run(
    Database& database, const ImportSource& source, const ImportOptions& options, const Progress& progress)
{
    ImportReport report;
    report.formatName = source.formatName();
    report.encodingName = TextDecoder::displayName(source.encoding());
    const qint64 size = qMax<qint64>(1, source.size());
    bool cancelled = false;
    const auto reportProgress = [&](int from, int span, qint64 bytes) {
        if (progress && !cancelled && !progress(from + int(span * bytes / size)))
            cancelled = true;
    };

    // With a row limit, the first record left unread (0 while none is); a problem from there on is not counted.
    const int limit = options.rowLimit;
    int stopLine = 0;
    const auto beyondLimit = [&](int line) {
        if (limit <= 0 || line <= 0)
            return false;
        // A vCard's problems come after its records: by then the line of the first card left out says it.
        return stopLine > 0 ? line >= stopLine : report.rows >= limit;
    };

    // Pass 1: read and validate everything, writing nothing (unless the wizard already did).
    QSet<int> badLines;
    const auto takeProblem = [&](const ImportProblem& problem) {
        if (beyondLimit(problem.line)) {
            report.limited = true;
            return;
        }
        report.problems.append(problem);
        if (problem.isWarning())
            return; // its row is still read and imported, only without the part the warning names
        if (problem.kind == ImportProblem::Kind::Field) { // the row itself is imported
            ++report.unreadable;
            return;
        }
        if (problem.kind == ImportProblem::Kind::ExtraValues)
            return; // the row is imported, the values kept in its notes
        if (problem.line > 0 && !badLines.contains(problem.line)) { // one row, however many problems
            badLines.insert(problem.line);
            ++report.rows;
            if (problem.kind == ImportProblem::Kind::HiddenMember)
                ++report.hiddenMembers;
        }
    };
    bool readable = true;
    if (options.checked && limit <= 0) {
        report.rows = options.checked->records;
        report.notedColumns = options.checked->notedColumns;
        for (const ImportProblem& problem : options.checked->problems)
            takeProblem(problem);
        readable = options.checked->readable;
    } else {
        readable = source.forEach(
            [&](ImportRecord&& record) {
                if (limit > 0 && report.rows >= limit) {
                    stopLine = record.line;
                    report.limited = true;
                    return false;
                }
                ++report.rows;
                for (const QString& column : std::as_const(record.notedColumns)) {
                    if (!report.notedColumns.contains(column))
                        report.notedColumns.append(column);
                }
                return !cancelled;
            },
            takeProblem, [&](qint64 bytes) { reportProgress(0, 40, bytes); });
    }
    report.invalid = int(badLines.size());
    if (options.collectOutcomes) {
        // A skipped row says why: its first problem (a row has one reason to be skipped, or several).
        QSet<int> explained;
        for (const ImportProblem& problem : std::as_const(report.problems)) {
            if (!badLines.contains(problem.line) || explained.contains(problem.line))
                continue;
            explained.insert(problem.line);
            ImportRowOutcome skipped;
            skipped.line = problem.line;
            skipped.kind = ImportRowOutcome::Kind::Skipped;
            skipped.reason = problem.message;
            report.outcomes.append(skipped);
        }
    }
    if (cancelled) {
        report.cancelled = true;
        return report;
    }
    if (!readable) {
        report.error = report.problems.isEmpty() ? tr("the file could not be read") : report.problems.last().message;
        return report;
    }
    // --strict refuses any problem, a vCard line left out of its card included: a script asked
    // for all of the file or nothing.
    const int errors = int(std::count_if(report.problems.cbegin(), report.problems.cend(),
        [](const ImportProblem& problem) { return !problem.isWarning(); }));
    const int warnings = int(report.problems.size()) - errors;
    if (options.strict && errors > 0) {
        report.error = errors == 1 ? tr("1 row has a problem; nothing was imported")
                                   : tr("%1 rows have problems; nothing was imported").arg(errors);
        return report;
    }
    if (options.strict && warnings > 0) {
        report.error = tr("%n line(s) could not be read; nothing was imported", nullptr, warnings);
        return report;
    }
    if (report.rows == report.invalid) {
        report.error = tr("no contacts to import");
        return report;
    }

    // Pass 2: write every good row in one transaction.
    const QSqlDatabase db = database.connection();
    const bool bulk = report.rows - report.invalid > kBulkIndexThreshold;
    // The network as it was before this import (File ▸ Restore Backup…); a new network has nothing to keep.
    if (!options.dryRun && SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact")).toInt() > 0) {
        QString backupError;
        if (Backups::take(database, QStringLiteral("import"), &backupError).isEmpty()) {
            report.error
                = tr("no backup could be taken before the import, so nothing was imported: %1").arg(backupError);
            return report;
        }
    }
    try {
        // A large import only adds rows that point at rows it just wrote or looked up, so the
        // per-row foreign-key lookups are skipped (the pragma cannot change inside a transaction,
        // hence before BEGIN, and it is switched back on whatever happens).
        if (bulk)
            SqlStatement::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        const auto foreignKeysBack = qScopeGuard([&db, bulk] {
            if (bulk) {
                QSqlQuery on(db);
                on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            }
        });
        Transaction transaction(db);
        ContactStore store(database);
        const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        report.batchId
            = SqlStatement(db, QStringLiteral("INSERT INTO import_batch (file, format, imported_at) VALUES (?, ?, ?)"))
                  .exec({QFileInfo(source.path()).absoluteFilePath(), source.formatKey(), now})
                  .lastInsertId();
        const qint64 lastIdBefore
            = SqlStatement::scalar(db, QStringLiteral("SELECT ifnull(max(id), 0) FROM contact")).toLongLong();
        if (bulk) {
            Schema::dropFtsTriggers(db);
            Schema::dropContactRevivedTrigger(db); // a DELETE per row; one for all of them below
            Schema::dropImportIndexes(db);
        }

        const ScopedCacheSize cache(db, 131072);
        DuplicateIndex duplicates(db, report.rows - report.invalid);
        const auto writer = BulkContactWriter::create(db, report.batchId);
        SqlStatement saveChange(db,
            QStringLiteral("INSERT OR IGNORE INTO import_batch_change (batch_id, contact_id, previous) "
                           "VALUES (?, ?, ?)"));
        QList<PendingReferral> referrals;
        // The names of matched contacts (for possible duplicates, and every row's outcome when asked), and
        // for the outcomes the rows that added them.
        SqlStatement nameOf(db,
            QStringLiteral("SELECT c.first_name, c.last_name, ifnull(o.name, '') FROM contact c "
                           "LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id = ?"));
        QHash<qint64, int> lineOf;
        const auto nameOfContact = [&nameOf](qint64 id) {
            nameOf.exec({id});
            return nameOf.next()
                ? contactDisplayName(nameOf.value(0).toString(), nameOf.value(1).toString(), nameOf.value(2).toString())
                : QString();
        };
        QList<ImportRowOutcome> outcomes;

        int written = 0;
        const bool readAgain = source.forEach(
            [&](ImportRecord&& record) {
                if (stopLine > 0 && record.line >= stopLine)
                    return false; // the rest of the file was left unread by the first pass too
                if (badLines.contains(record.line))
                    return true;
                ++written;
                Contact& imported = record.contact;
                ImportRowOutcome* outcome = nullptr;
                if (options.collectOutcomes) {
                    outcome = &outcomes.emplace_back();
                    outcome->line = record.line;
                    outcome->contact = imported;
                }
                qint64 possibleDuplicate = 0;
                ImportRowOutcome::MatchedBy matchedBy = ImportRowOutcome::MatchedBy::None;
                qint64 id = options.onDuplicate == DuplicatePolicy::Create
                    ? 0
                    : duplicates.find(imported, record.formattedName, &possibleDuplicate, &matchedBy);
                if (outcome && id) {
                    outcome->matchedBy = matchedBy;
                    outcome->matchedName = nameOfContact(id);
                    outcome->matchedLine = lineOf.value(id);
                }
                if (possibleDuplicate) {
                    const QString other = nameOfContact(possibleDuplicate);
                    if (outcome) {
                        outcome->kind = ImportRowOutcome::Kind::PossibleDuplicate;
                        outcome->matchedName = other;
                        outcome->matchedLine = lineOf.value(possibleDuplicate);
                    }
                    const QString name = (imported.firstName + QLatin1Char(' ') + imported.lastName).trimmed();
                    report.duplicatePairs.append({0, possibleDuplicate, name, other, possibleDuplicate > lastIdBefore,
                        tr("other e-mails or phones"), record.line}); // the added id follows its insert below
                    report.possibleDuplicates.append(
                        tr("%1:%2: %3 has the name of %4, a contact already here or earlier in the file, but other "
                           "e-mails or phones: added as someone else, for you to merge if they are the same person.")
                            .arg(QFileInfo(source.path()).fileName(), QString::number(record.line), name, other));
                }
                if (id)
                    duplicates.addCard(imported, record.formattedName, id);
                if (!id) {
                    // A copy made with the Create policy gets a uuid of its own: uuids are unique.
                    if (duplicates.findUuid(imported.uuid))
                        imported.uuid.clear();
                    id = writer->insert(imported);
                    if (possibleDuplicate)
                        report.duplicatePairs.last().addedId = id;
                    duplicates.add(imported, id);
                    duplicates.addCard(imported, record.formattedName, id);
                    ++report.created;
                    if (options.collectContacts)
                        report.contacts.insert(id);
                    if (outcome)
                        lineOf.insert(id, record.line);
                } else if (options.onDuplicate == DuplicatePolicy::Skip) {
                    ++report.skipped;
                    if (outcome)
                        outcome->kind = ImportRowOutcome::Kind::Skipped;
                    return !cancelled; // left alone entirely: no referral links either
                } else {
                    // A failed read throws and rolls the import back: it must not pass for "unchanged".
                    const QList<Contact> found = ContactLoader::load(db, QStringLiteral("WHERE c.id = ?"), {id});
                    std::optional<Contact> known;
                    if (!found.isEmpty())
                        known = found.first();
                    const Contact previous = known.value_or(Contact());
                    QStringList changed, fromFile, kept;
                    if (known)
                        mergeInto(imported, FieldProvenance::typedFields(db, id), *known, &changed, &fromFile, &kept);
                    const QString who = (previous.firstName + QLatin1Char(' ') + previous.lastName).trimmed();
                    for (const QString& line : std::as_const(kept))
                        report.keptTyped.append(QStringLiteral("%1: %2").arg(who, line));
                    // The file's notes and the values kept in them join the contact's notes once, after
                    // what is there: nothing the user wrote is replaced.
                    const bool notesWereEmpty = known && known->notes.trimmed().isEmpty();
                    // Both run: the paragraph first, then the lines.
                    const bool notedText = known && appendFileNotes(&known->notes, imported.notes, record.noteLines);
                    const bool notedLines
                        = known && CsvContactMapping::appendNoteLines(&known->notes, record.noteLines);
                    const bool noted = notedText || notedLines;
                    if (noted && notesWereEmpty
                        && !FieldProvenance::typedFields(db, id).contains(QStringLiteral("notes")))
                        fromFile.append(QStringLiteral("notes")); // the file's text, not the user's
                    if (outcome) {
                        outcome->kind = changed.isEmpty() && !noted ? ImportRowOutcome::Kind::Match
                                                                    : ImportRowOutcome::Kind::Update;
                        for (const QString& field : std::as_const(changed))
                            outcome->changedFields.append(fieldLabel(field));
                        if (noted)
                            outcome->changedFields.append(fieldLabel(QStringLiteral("notes")));
                        outcome->keptTyped = kept;
                    }
                    if (!changed.isEmpty() || noted) {
                        saveChange.exec({report.batchId, id,
                            QString::fromUtf8(
                                QJsonDocument(ContactJson::toJson(previous)).toJson(QJsonDocument::Compact))});
                        store.updateInTransaction(*known);
                        // What the user typed stays theirs; what the file set is now this import's.
                        FieldProvenance::markImported(db, id, fromFile, report.batchId);
                        duplicates.add(*known, id);
                        ++report.updated;
                        if (options.collectContacts)
                            report.contacts.insert(id);
                    } else {
                        ++report.unchanged;
                    }
                }
                if (!record.referredBy.isEmpty())
                    referrals.append({id, record.referredBy});
                return !cancelled;
            },
            [](const ImportProblem&) {}, [&](qint64 bytes) { reportProgress(40, 55, bytes); });
        // The file is read twice; if it changed or broke in between, nothing of it is kept.
        if (!cancelled && (!readAgain || written != report.rows - report.invalid)) {
            report.error = tr("the file changed or could not be read again while it was imported; nothing was "
                              "imported");
            return report; // the Transaction rolls back
        }
        if (cancelled) {
            report.cancelled = true;
            return report; // the Transaction rolls back
        }
        if (options.collectOutcomes) {
            report.outcomes.append(outcomes);
            std::stable_sort(report.outcomes.begin(), report.outcomes.end(),
                [](const ImportRowOutcome& a, const ImportRowOutcome& b) { return a.line < b.line; });
        }

        // "Referred By" names become referral links when they name exactly one person.
        if (!referrals.isEmpty()) {
            QHash<QString, QList<qint64>> byName, byFamilyName;
            QHash<QString, qint64> byUuid; // vCard RELATED:urn:uuid:… names the referrer by its UID
            SqlStatement people(db, QStringLiteral("SELECT id, first_name, last_name, uuid FROM contact"));
            people.exec();
            while (people.next()) {
                const qint64 id = people.value(0).toLongLong();
                byName[nameKey(people.value(1).toString(), people.value(2).toString())].append(id);
                byFamilyName[people.value(2).toString().simplified().toCaseFolded()].append(id);
                byUuid.insert(QStringLiteral("urn:uuid:") + people.value(3).toString().toLower(), id);
            }
            for (const PendingReferral& pending : std::as_const(referrals)) {
                for (const QString& name : pending.referrers) {
                    const bool byId = name.startsWith(QLatin1String("urn:uuid:"));
                    QList<qint64> matches = byId
                        ? (byUuid.contains(name) ? QList<qint64> {byUuid.value(name)} : QList<qint64> {})
                        : byName.value(nameKey(name, QString()));
                    if (!byId && matches.isEmpty()) {
                        // Without an exact full name: the name without honorifics, then a lone family name.
                        const QString key = referrerKey(name);
                        matches = byName.value(key);
                        if (matches.isEmpty() && !key.contains(QLatin1Char(' ')))
                            matches = byFamilyName.value(key);
                    }
                    if (matches.size() != 1 || matches.first() == pending.contactId) {
                        if (!byId && !report.unresolvedReferrers.contains(name))
                            report.unresolvedReferrers.append(name);
                        continue;
                    }
                    Referral link;
                    link.referrerId = matches.first();
                    link.referredId = pending.contactId;
                    link.importBatchId = report.batchId;
                    if (NetworkRecords::insertReferral(db, link) > 0)
                        ++report.referrals;
                }
            }
        }

        if (bulk) {
            // What the contact_revived trigger does row by row: a contact added with the uuid of one
            // deleted before (a vCard we wrote) is no longer deleted.
            SqlStatement::run(db,
                QStringLiteral("DELETE FROM tombstone WHERE entity = 'contact' AND row_key IN "
                               "(SELECT uuid FROM contact WHERE import_batch_id = ?)"),
                {report.batchId});
            Schema::createContactRevivedTrigger(db);
            Schema::createImportIndexes(db); // first: the full-text rows below look e-mails up by contact
            const QVariantList ids {lastIdBefore, report.batchId};
            const QString touched
                = QStringLiteral("id > ? OR id IN (SELECT contact_id FROM import_batch_change WHERE batch_id = ?)");
            SqlStatement::run(db,
                QStringLiteral("DELETE FROM contact_fts WHERE rowid IN "
                               "(SELECT contact_id FROM import_batch_change WHERE batch_id = ?)"),
                {report.batchId});
            SqlStatement::run(db,
                QStringLiteral("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                               "SELECT id, name, organization, title, emails, tags, notes "
                               "FROM contact_search_document WHERE ")
                    + touched,
                ids);
            Schema::createFtsTriggers(db);
        }
        SqlStatement::run(db,
            QStringLiteral("UPDATE import_batch SET created_count = ?, updated_count = ?, unchanged_count = ?, "
                           "skipped_count = ? WHERE id = ?"),
            {report.created, report.updated, report.unchanged, report.skipped + report.invalid, report.batchId});
        if (progress && !progress(100)) {
            report.cancelled = true;
            return report;
        }
        if (options.dryRun) {
            report.batchId = 0;
            return report; // rolled back: a dry run reports what would happen
        }
        transaction.commit();
        report.written = true;
    } catch (const DatabaseError& e) {
        // Nothing was written: only what was read stays, with the reason.
        ImportReport failed;
        failed.formatName = report.formatName;
        failed.encodingName = report.encodingName;
        failed.rows = report.rows;
        failed.invalid = report.invalid;
        failed.problems = report.problems;
        failed.hiddenMembers = report.hiddenMembers;
        failed.unreadable = report.unreadable;
        failed.notedColumns = report.notedColumns;
        failed.limited = report.limited;
        failed.error = tr("the network could not be written: %1").arg(e.message());
        report = std::move(failed);
    }
    return report;
}

ImportCheck ContactImporter::check(const ImportSource& source, const std::function<bool()>& keepGoing,
    const std::function<void(qint64 bytes)>& progress)
{
    ImportCheck check;
    check.readable = source.forEach(
        [&](ImportRecord&& record) {
            ++check.records;
            for (const QString& column : std::as_const(record.notedColumns)) {
                if (!check.notedColumns.contains(column))
                    check.notedColumns.append(column);
            }
            return !keepGoing || keepGoing();
        },
        [&check](const ImportProblem& problem) { check.problems.append(problem); }, progress);
    return check;
}

QList<ImportProblem> ContactImporter::sortedProblems(const ImportReport& report)
{
    QList<ImportProblem> problems = report.problems;
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return problems;
}

QString ContactImporter::problemLine(const QString& fileName, const ImportProblem& p, bool withOutcome)
{
    QString message = p.isWarning() ? tr("warning: %1").arg(p.message) : p.message;
    if (withOutcome && p.line > 0 && !p.isWarning())
        message = p.kind == ImportProblem::Kind::Field
            ? tr("%1 (left empty; the text is kept in the notes)").arg(message)
            : tr("%1 (skipped)").arg(message);
    // Line 0 is about the file as a whole (it is missing or unreadable): there is no line to name.
    // One arg() call: a file named "export%2.csv" must not take the line number into its name.
    return p.line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName, QString::number(p.line), message)
                      : QStringLiteral("%1: %2").arg(fileName, message);
}

QStringList ContactImporter::problemLines(const QString& fileName, const ImportReport& report, bool withOutcome)
{
    QStringList lines;
    for (const ImportProblem& p : sortedProblems(report))
        lines.append(problemLine(fileName, p, withOutcome));
    return lines;
}

} // namespace Rapport
