// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: CardBuilder gives every property a vCard may hold its meaning (a field,
// a label, or a line in the notes), and the table of noted properties belongs beside it. The
// lexical layer below it is VCardLines.
#include "VCardReader.h"

#include "CsvContactMapping.h"
#include "VCardLines.h"

#include <QHash>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

namespace Rapport {

using namespace VCardLines;

namespace {

using namespace Qt::StringLiterals;

QString emailLabel(const QStringList& types)
{
    for (const QString& type : types)
        if (type == "work"_L1 || type == "home"_L1 || type == "other"_L1)
            return type;
    for (const QString& type : types)
        if (type != "internet"_L1 && type != "pref"_L1 && type != "x400"_L1 && type != "x.400"_L1)
            return type;
    return {};
}

QString phoneLabel(const QStringList& types)
{
    if (types.contains("cell"_L1) || types.contains("mobile"_L1) || types.contains("iphone"_L1))
        return QStringLiteral("mobile");
    for (const QString& type : types)
        if (type == "work"_L1 || type == "home"_L1)
            return type;
    for (const QString& type : types)
        if (type != "pref"_L1 && type != "voice"_L1)
            return type;
    return {};
}

// "urn:uuid:…" or a URI with a scheme rather than a person's name.
bool looksLikeUri(QStringView value)
{
    if (value.isEmpty() || !value.front().isLetter())
        return false;
    for (const QChar c : value) {
        if (c == u':')
            return true;
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.') || c.unicode() > 0x7f)
            return false;
    }
    return false;
}

// RELATED names a referrer only when untyped or typed as a working acquaintance, never a spouse, child or agent.
bool isReferrerRelation(const QStringList& types)
{
    if (types.isEmpty())
        return true;
    static const QStringList referrerTypes {QStringLiteral("contact"), QStringLiteral("acquaintance"),
        QStringLiteral("colleague"), QStringLiteral("co-worker"), QStringLiteral("friend")};
    return std::any_of(types.begin(), types.end(), [](const QString& t) { return referrerTypes.contains(t); });
}

// Apple writes its standard labels as "_$!<Work>!$_"; Google writes plain words.
QString customLabel(const QString& label)
{
    QString l = label.trimmed();
    if (l.startsWith("_$!<"_L1) && l.endsWith(">!$_"_L1))
        l = l.mid(4, l.size() - 8);
    l = l.toLower();
    return l == "cell"_L1 ? QStringLiteral("mobile") : l;
}

bool isBase64Text(QStringView line)
{
    const QStringView t = line.trimmed();
    return std::all_of(t.begin(), t.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+'
            || c == u'/' || c == u'=';
    });
}

// ---- values without a field, kept in the notes as "Label: value" lines, as CSV keeps unmapped columns ----
//
// Not noted, on purpose: what a field holds already (N, FN when it says no more than N, ORG's name, TITLE, EMAIL,
// TEL, a LinkedIn URL, NOTE, CATEGORIES, UID, ADR's city and region when they are the location, X-RAPPORT-LOCATION,
// RELATED referrers, X-ABLabel as labels), and pure machinery that a person never typed: VERSION, PRODID, REV, KIND,
// SOURCE, NAME, PROFILE, CLASS, SORT-STRING, MAILER, CLIENTPIDMAP, XML, MEMBER, AGENT, FBURL, CALURI, CALADRURI, GEO,
// the binary PHOTO, LOGO, SOUND and KEY, and vendors' bookkeeping (X-ABUID, X-ABShowAs, X-ABADR, X-MS-OL-*,
// X-MOZILLA-HTML, X-EVOLUTION-FILE-AS...).
// Unknown X- properties are not noted either. In real exports they are nearly all such bookkeeping (ids, flags,
// Outlook's card layout as XML, "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2"), and keeping them would fill every contact's
// notes with lines the user never wrote. The X- properties that do hold a person's data, from Apple, Outlook,
// Evolution, KAddressBook and the old chat fields, are named below and noted with a readable label.
constexpr const char* context = "Rapport::VCardReader";

struct NotedName {
    QLatin1StringView property;
    const char* label; // untranslated, in the VCardReader context
    QLatin1StringView qualifier = {}; // "aim" for X-AIM; else the TYPE or the group's label, if any
};

const NotedName notedNames[] = {
    {"NICKNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Nickname")},
    {"BDAY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Birthday")},
    {"ANNIVERSARY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Anniversary")},
    {"X-ANNIVERSARY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Anniversary")},
    {"X-MS-ANNIVERSARY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Anniversary")},
    {"X-EVOLUTION-ANNIVERSARY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Anniversary")},
    {"X-KADDRESSBOOK-X-ANNIVERSARY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Anniversary")},
    {"X-ABDATE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Date")},
    {"ROLE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Role")},
    {"X-KADDRESSBOOK-X-PROFESSION"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Profession")},
    {"X-KADDRESSBOOK-X-OFFICE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Office")},
    {"EXPERTISE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Expertise")},
    {"HOBBY"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Hobby")},
    {"INTEREST"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Interest")},
    {"GENDER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Gender")},
    {"TZ"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Time zone")},
    {"LANG"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Language")},
    {"X-MAIDENNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Maiden name")},
    {"X-PHONETIC-FIRST-NAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Phonetic first name")},
    {"X-PHONETIC-MIDDLE-NAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Phonetic middle name")},
    {"X-PHONETIC-LAST-NAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Phonetic last name")},
    {"X-ABRELATEDNAMES"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Related")},
    {"X-SPOUSE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Spouse")},
    {"X-EVOLUTION-SPOUSE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Spouse")},
    {"X-KADDRESSBOOK-X-SPOUSESNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Spouse")},
    {"X-ASSISTANT"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Assistant")},
    {"X-MS-ASSISTANT"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Assistant")},
    {"X-EVOLUTION-ASSISTANT"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Assistant")},
    {"X-KADDRESSBOOK-X-ASSISTANTSNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Assistant")},
    {"X-MANAGER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Manager")},
    {"X-MS-MANAGER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Manager")},
    {"X-EVOLUTION-MANAGER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Manager")},
    {"X-KADDRESSBOOK-X-MANAGERSNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Manager")},
    {"X-AIM"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "aim"_L1},
    {"X-ICQ"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "icq"_L1},
    {"X-JABBER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "xmpp"_L1},
    {"X-MSN"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "msn"_L1},
    {"X-YAHOO"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "yahoo"_L1},
    {"X-SKYPE"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "skype"_L1},
    {"X-SKYPE-USERNAME"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "skype"_L1},
    {"X-GOOGLE-TALK"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "gtalk"_L1},
    {"X-GTALK"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "gtalk"_L1},
    {"X-QQ"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), "qq"_L1},
    {"X-MS-IMADDRESS"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat")},
    {"X-TWITTER"_L1, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Profile"), "twitter"_L1},
};

const NotedName* notedName(const QString& property)
{
    for (const NotedName& n : notedNames)
        if (property == n.property)
            return &n;
    return nullptr;
}

// The TYPE worth showing next to a noted value ("work" in "Address (work)"); markers of preference or of the
// kind of address say nothing to a reader.
QString noteQualifier(const QStringList& types)
{
    static const QStringList silent {QStringLiteral("pref"), QStringLiteral("internet"), QStringLiteral("voice"),
        QStringLiteral("postal"), QStringLiteral("parcel"), QStringLiteral("dom"), QStringLiteral("intl"),
        QStringLiteral("x400"), QStringLiteral("text"), QStringLiteral("uri")};
    for (const QString& type : types)
        if (type == "work"_L1 || type == "home"_L1 || type == "other"_L1)
            return type;
    for (const QString& type : types)
        if (!silent.contains(type))
            return type;
    return {};
}

// Words of a name, to tell whether FN says more than N: case, commas and abbreviation dots aside.
QStringList nameWords(QString text)
{
    QStringList words;
    for (QString word : text.replace(u',', u' ').simplified().split(u' ', Qt::SkipEmptyParts)) {
        while (word.endsWith(u'.'))
            word.chop(1);
        if (!word.isEmpty())
            words.append(word.toCaseFolded());
    }
    return words;
}

bool isLinkedInUrl(const QString& url)
{
    return url.contains("linkedin.com"_L1, Qt::CaseInsensitive);
}

// Collects one card's properties into an ImportRecord.
class CardBuilder
{
public:
    explicit CardBuilder(int line) { m_record.line = line; }

    int line() const { return m_record.line; }
    bool isVersion21() const { return m_version21; }

    void add(const Property& p)
    {
        Contact& c = m_record.contact;
        const QString& n = p.name;
        if (n == "VERSION"_L1) {
            m_version21 = QStringView(p.value).trimmed() == "2.1"_L1;
        } else if (n == "N"_L1) {
            const auto parts = splitUnescaped(p.value, u';');
            m_family = component(parts, 0, p);
            m_given = component(parts, 1, p);
            // Additional (middle) names join the given name: Contact has no field of its own for them, and
            // "Ali Bora Khan" is not "Ali Cem Khan". Several are separated by commas.
            const QString middle = component(parts, 2, p).replace(u',', u' ').simplified();
            if (!middle.isEmpty())
                m_given = m_given.isEmpty() ? middle : m_given + u' ' + middle;
            m_prefix = components(parts, 3, p);
            m_suffix = components(parts, 4, p);
            note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Name prefix"), m_prefix);
            note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Name suffix"), m_suffix);
        } else if (n == "FN"_L1) {
            if (m_formattedName.isEmpty()) {
                m_formattedName = decodeText(p.value, p).trimmed();
                m_pending.append({Pending::Kind::FullName, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Full name"), {},
                    {}, m_formattedName});
            }
        } else if (n == "ORG"_L1) {
            // The first ORG's name is the organisation and its units the department; a second ORG is noted whole.
            const auto parts = splitUnescaped(p.value, u';');
            QStringList units;
            for (qsizetype k = 1; k < parts.size(); ++k)
                units.append(component(parts, k, p));
            units.removeAll(QString());
            if (c.organization.isEmpty()) {
                c.organization = component(parts, 0, p);
                note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Department"), units.join(", "_L1));
            } else {
                units.prepend(component(parts, 0, p));
                units.removeAll(QString());
                note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Organisation"), units.join(", "_L1));
            }
        } else if (n == "TITLE"_L1) {
            if (c.title.isEmpty())
                c.title = decodeText(p.value, p).trimmed();
            else
                note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Title"), decodeText(p.value, p));
        } else if (n == "EMAIL"_L1) {
            QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("mailto:"_L1, Qt::CaseInsensitive))
                value.remove(0, 7);
            if (!value.isEmpty()) {
                c.emails.append({emailLabel(p.types), value});
                m_emailGroups.append(p.group);
            }
        } else if (n == "TEL"_L1) {
            QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("tel:"_L1, Qt::CaseInsensitive))
                value.remove(0, 4);
            if (!value.isEmpty()) {
                c.phones.append({phoneLabel(p.types), value});
                m_phoneGroups.append(p.group);
            }
        } else if (n == "URL"_L1) {
            addUrl(p, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Website"), noteQualifier(p.types));
        } else if (n == "X-SOCIALPROFILE"_L1) {
            addUrl(p, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Profile"), noteQualifier(p.types));
        } else if (n == "IMPP"_L1) {
            QString value = decodeText(p.value, p).trimmed();
            const qsizetype colon = looksLikeUri(value) ? value.indexOf(u':') : -1;
            const QString scheme = colon > 0 ? value.first(colon).toLower() : QString();
            QString service = p.serviceType.isEmpty() ? scheme : p.serviceType;
            if (!scheme.isEmpty() && scheme == service && !value.sliced(colon + 1).startsWith("//"_L1))
                value.remove(0, colon + 1); // "Chat (skype): jane", not "skype:jane"
            note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Chat"), value,
                service.isEmpty() ? noteQualifier(p.types) : service, p.group);
        } else if (n == "NOTE"_L1) {
            m_notes.append(decodeText(p.value, p));
        } else if (n == "CATEGORIES"_L1) {
            for (const QStringView tag : splitUnescaped(p.value, u','))
                m_tags.append(decodeText(tag, p).trimmed());
        } else if (n == "UID"_L1) {
            setUuid(decodeText(p.value, p).trimmed());
        } else if (n == "ADR"_L1) {
            const auto parts = splitUnescaped(p.value, u';');
            if (m_addressLocation.isEmpty()) {
                QStringList place {component(parts, 3, p), component(parts, 4, p)};
                place.removeAll(QString());
                m_addressLocation = place.join(", "_L1);
            }
            // The whole address, as an envelope shows it: box, extended, street, city, "region postcode", country.
            QStringList lines {component(parts, 0, p), component(parts, 1, p), component(parts, 2, p),
                component(parts, 3, p),
                QStringList {component(parts, 4, p), component(parts, 5, p)}.join(u' ').trimmed(),
                component(parts, 6, p)};
            lines.removeAll(QString());
            m_sawAddress = true;
            m_pending.append({Pending::Kind::Address, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Address"),
                noteQualifier(p.types), p.group, lines.join(", "_L1)});
        } else if (n == "LABEL"_L1) {
            // vCard 2.1/3.0's printed form of an address. Outlook writes it beside the ADR it repeats, so it is
            // noted only for a card without any ADR.
            QStringList lines = decodeText(p.value, p).split(u'\n');
            for (QString& line : lines)
                line = line.trimmed();
            lines.removeAll(QString());
            m_labels.append({Pending::Kind::Plain, QT_TRANSLATE_NOOP("Rapport::VCardReader", "Address"),
                noteQualifier(p.types), p.group, lines.join(", "_L1)});
        } else if (n == "X-RAPPORT-LOCATION"_L1) {
            m_rapportLocation = decodeText(p.value, p).trimmed();
        } else if (n == "RELATED"_L1 || n == "X-RELATED"_L1) {
            // A urn:uuid names a contact by its UID (ours writes these); the importer resolves it
            // against the file and the network. Other text is a referrer's name.
            const QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive) && isReferrerRelation(p.types))
                m_record.referredBy.append("urn:uuid:"_L1 + value.mid(9).toLower());
            else if (!value.isEmpty() && isReferrerRelation(p.types)
                && (p.valueType == "text"_L1 || !looksLikeUri(value)))
                m_record.referredBy.append(value);
            else if (!isReferrerRelation(p.types)) // a spouse or an assistant: no referrer, but worth keeping
                note(QT_TRANSLATE_NOOP("Rapport::VCardReader", "Related"), value, noteQualifier(p.types), p.group);
        } else if (n == "X-ABLABEL"_L1 && !p.group.isEmpty()) {
            m_groupLabels.insert(p.group, customLabel(decodeText(p.value, p)));
        } else if (const NotedName* noted = notedName(n)) {
            QString value = decodeText(p.value, p);
            if (n == "NICKNAME"_L1) // a list: "Lu,Lucy"
                value = components(splitUnescaped(p.value, u';'), 0, p);
            note(noted->label, value, noted->qualifier.isEmpty() ? noteQualifier(p.types) : QString(noted->qualifier),
                p.group);
        }
        // Anything else is skipped: see the list above notedNames.
    }

    bool hasIdentity() const
    {
        return !m_given.isEmpty() || !m_family.isEmpty() || !m_formattedName.isEmpty()
            || !m_record.contact.organization.isEmpty() || !m_record.contact.emails.isEmpty();
    }

    ImportRecord take()
    {
        Contact& c = m_record.contact;
        c.firstName = m_given;
        c.lastName = m_family;
        if (c.firstName.isEmpty() && c.lastName.isEmpty())
            splitFormattedName();
        applyGroupLabels(c.emails, m_emailGroups);
        applyGroupLabels(c.phones, m_phoneGroups);
        c.location = m_rapportLocation.isEmpty() ? m_addressLocation : m_rapportLocation;
        c.notes = m_notes.join("\n\n"_L1);
        writeNoteLines();
        CsvContactMapping::appendNoteLines(&c.notes, m_record.noteLines);
        m_tags.removeAll(QStringLiteral("myContacts")); // Google's system group: every contact has it
        c.tags = normalizedTags(m_tags);
        c.source = QStringLiteral("vcard");
        m_record.formattedName = m_formattedName;
        return std::move(m_record);
    }

private:
    // A value waiting for take(): labels from X-ABLabel may follow their property, and whether an address or
    // FN says more than the fields is known only once the card is read.
    struct Pending {
        enum class Kind { Plain, Address, FullName };
        Kind kind = Kind::Plain;
        const char* label = nullptr;
        QString qualifier;
        QString group;
        QString value;
    };

    void note(const char* label, const QString& value, const QString& qualifier = {}, const QString& group = {})
    {
        m_pending.append({Pending::Kind::Plain, label, qualifier, group, value});
    }

    // A URL or social profile: a LinkedIn profile fills the field once; any other, or another LinkedIn one, is noted.
    void addUrl(const Property& p, const char* label, const QString& qualifier)
    {
        Contact& c = m_record.contact;
        const QString url = decodeText(p.value, p).trimmed();
        if (isLinkedInUrl(url) && c.linkedinUrl.isEmpty())
            c.linkedinUrl = url;
        else if (url.compare(c.linkedinUrl, Qt::CaseInsensitive) != 0)
            note(label, url, qualifier, p.group);
    }

    // Comma-separated values of one component ("Dr.,Prof."), decoded and joined for reading.
    static QString components(const QList<QStringView>& parts, qsizetype index, const Property& p)
    {
        if (index >= parts.size())
            return {};
        QStringList values;
        for (const QStringView value : splitUnescaped(parts[index], u','))
            values.append(decodeText(value, p).trimmed());
        values.removeAll(QString());
        return values.join(", "_L1);
    }

    // FN says more than the name fields when it has a word they lack: "Jane Doe (Stanford)", not "Dr. Jane Doe".
    bool fullNameSaysMore() const
    {
        const Contact& c = m_record.contact;
        if (m_given.isEmpty() && m_family.isEmpty())
            return false; // FN made the name, or is an organisation's or an address's
        const QStringList known = nameWords(QStringList {m_prefix, c.firstName, c.lastName, m_suffix}.join(u' '));
        const QStringList words = nameWords(m_formattedName);
        return std::any_of(words.begin(), words.end(), [&known](const QString& w) { return !known.contains(w); });
    }

    void writeNoteLines()
    {
        const Contact& c = m_record.contact;
        QList<Pending> pending = m_pending;
        if (!m_sawAddress)
            pending.append(m_labels);
        for (const Pending& item : std::as_const(pending)) {
            const QString value = item.value.simplified();
            if (value.isEmpty())
                continue;
            if (item.kind == Pending::Kind::FullName && !fullNameSaysMore())
                continue;
            if (item.kind == Pending::Kind::Address && value.compare(c.location, Qt::CaseInsensitive) == 0)
                continue; // the location holds all of it
            QString qualifier = item.qualifier;
            if (qualifier.isEmpty() && !item.group.isEmpty())
                qualifier = m_groupLabels.value(item.group);
            const QString label = QCoreApplication::translate(context, item.label);
            const QString column = qualifier.isEmpty()
                ? label
                : QCoreApplication::translate("Rapport::VCardReader", "%1 (%2)", "a label and its type: Address (work)")
                      .arg(label, qualifier);
            const QString line
                = QCoreApplication::translate("Rapport::VCardReader", "%1: %2", "a value kept in the notes")
                      .arg(column, value);
            if (m_record.noteLines.contains(line))
                continue;
            m_record.noteLines.append(line);
            if (!m_record.notedColumns.contains(column))
                m_record.notedColumns.append(column);
        }
    }

    void setUuid(QString value)
    {
        if (value.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
            value.remove(0, 9);
        if (value.size() != 36 && value.size() != 38)
            return;
        const QUuid uuid = QUuid::fromString(value);
        if (!uuid.isNull())
            m_record.contact.uuid = uuid.toString(QUuid::WithoutBraces);
    }

    // An organisation's card (Apple's "show as company") or a bare address repeats ORG or EMAIL as FN: not a name.
    void splitFormattedName()
    {
        Contact& c = m_record.contact;
        const QString& fn = m_formattedName;
        if (fn.isEmpty() || fn.compare(c.organization, Qt::CaseInsensitive) == 0)
            return;
        for (const LabeledValue& email : std::as_const(c.emails))
            if (fn.compare(email.value, Qt::CaseInsensitive) == 0)
                return;
        const qsizetype space = fn.lastIndexOf(u' ');
        if (space < 0) {
            c.firstName = fn;
        } else {
            c.firstName = fn.first(space).trimmed();
            c.lastName = fn.sliced(space + 1);
        }
    }

    void applyGroupLabels(QList<LabeledValue>& values, const QStringList& groups) const
    {
        for (qsizetype i = 0; i < values.size() && i < groups.size(); ++i) {
            const QString label = m_groupLabels.value(groups[i]);
            if (values[i].label.isEmpty() && !groups[i].isEmpty() && !label.isEmpty())
                values[i].label = label;
        }
    }

    ImportRecord m_record;
    bool m_version21 = false;
    QString m_given;
    QString m_family;
    QString m_formattedName;
    QString m_prefix;
    QString m_suffix;
    QList<Pending> m_pending;
    QList<Pending> m_labels; // LABEL properties, noted only when the card has no ADR
    bool m_sawAddress = false;
    QString m_rapportLocation;
    QString m_addressLocation;
    QStringList m_notes;
    QStringList m_tags;
    QStringList m_emailGroups;
    QStringList m_phoneGroups;
    QHash<QString, QString> m_groupLabels;
};

// The continuation bytes a UTF-8 lead byte announces; 0 for any other byte.
int continuationCount(uchar b)
{
    if (b >= 0xC2 && b <= 0xDF)
        return 1;
    if (b >= 0xE0 && b <= 0xEF)
        return 2;
    if (b >= 0xF0 && b <= 0xF4)
        return 3;
    return 0;
}

bool isContinuationByte(char b)
{
    return (uchar(b) & 0xC0) == 0x80;
}

// The length of the fold at i (CRLF, LF or CR, then a space or tab), or 0 when there is none.
qsizetype foldLength(QByteArrayView bytes, qsizetype i)
{
    qsizetype lineBreak = 0;
    if (bytes[i] == '\r')
        lineBreak = i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
    else if (bytes[i] == '\n')
        lineBreak = 1;
    const qsizetype indent = i + lineBreak;
    return lineBreak > 0 && indent < bytes.size() && (bytes[indent] == ' ' || bytes[indent] == '\t') ? lineBreak + 1
                                                                                                     : 0;
}

bool isMarker(const std::optional<Property>& p, QLatin1StringView name)
{
    return p && p->name == name && p->group.isEmpty()
        && QStringView(p->value).trimmed().compare("VCARD"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

QList<ImportProblem> VCardReader::read(const QString& text, const std::function<void(ImportRecord&&)>& sink)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xfeff)))
        input = input.sliced(1);
    const QList<QStringView> lines = splitPhysicalLines(input);
    LineUnfolder unfolder(lines);

    QList<ImportProblem> problems;
    const QString unterminated = tr("unterminated vCard: missing END:VCARD");
    std::optional<CardBuilder> card;
    bool sawCard = false;
    bool inBase64 = false; // vCard 2.1 writers may leave base64 continuation lines unindented
    bool afterEmptyAgent = false; // vCard 2.1 AGENT: the next BEGIN:VCARD nests an assistant's card
    int nested = 0;

    LogicalLine logical;
    while (unfolder.next(logical)) {
        if (QStringView(logical.text).trimmed().isEmpty()) {
            inBase64 = false;
            continue;
        }
        const std::optional<Property> property = parseProperty(logical.text);
        const bool isBegin = isMarker(property, "BEGIN"_L1);
        const bool isEnd = isMarker(property, "END"_L1);
        if (nested > 0) {
            nested += isBegin ? 1 : isEnd ? -1 : 0;
            continue;
        }
        if (!card) {
            if (isBegin) {
                card.emplace(logical.line);
                sawCard = true;
            } else if (isEnd) {
                problems.append({logical.line, tr("END:VCARD without BEGIN:VCARD")});
            }
            continue; // anything else between cards is not ours to judge
        }
        if (isBegin) {
            if (afterEmptyAgent) {
                nested = 1;
                afterEmptyAgent = false;
                continue;
            }
            problems.append({card->line(), unterminated});
            card.emplace(logical.line);
            continue;
        }
        if (isEnd) {
            if (card->hasIdentity())
                sink(card->take());
            else
                problems.append({card->line(), tr("vCard has no name, organisation or e-mail")});
            card.reset();
            inBase64 = afterEmptyAgent = false;
            continue;
        }
        if (!property) {
            if (inBase64 && isBase64Text(logical.text))
                continue;
            // One broken line (a bare "FN", a continuation that lost its indent) must not cost the card its
            // e-mail and phones: the line is left out and reported, and the card is kept.
            problems.append(
                {logical.line, tr("vCard line has no ':' between the property name and its value; the line is skipped"),
                    ImportProblem::Kind::SkippedLine});
            continue;
        }
        inBase64 = property->encoding == "base64"_L1 || property->encoding == "b"_L1;
        afterEmptyAgent = property->name == "AGENT"_L1 && QStringView(property->value).trimmed().isEmpty();
        Property p = *property;
        p.version21 = card->isVersion21();
        card->add(p);
    }
    if (card)
        problems.append({card->line(), unterminated});
    if (!sawCard)
        problems.append({0, tr("no vCards found")});
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return problems;
}

bool VCardReader::hasCard(const QString& text)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xfeff)))
        input = input.sliced(1);
    const QList<QStringView> lines = splitPhysicalLines(input);
    return std::any_of(lines.begin(), lines.end(), [](QStringView line) {
        return line.contains("BEGIN"_L1, Qt::CaseInsensitive) && isMarker(parseProperty(line.toString()), "BEGIN"_L1);
    });
}

QByteArray VCardReader::mendSplitCharacters(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    int missing = 0; // continuation bytes the last lead byte still waits for
    qsizetype characterEnd = 0; // where in `out` they belong: after the bytes of that character so far
    for (qsizetype i = 0; i < bytes.size();) {
        if (const qsizetype fold = missing > 0 ? foldLength(bytes, i) : 0) {
            qsizetype rest = 0;
            while (rest < missing && i + fold + rest < bytes.size() && isContinuationByte(bytes[i + fold + rest]))
                ++rest;
            if (rest > 0) {
                // Inserted rather than appended: a character cut twice has a fold of its own already in `out`.
                out.insert(characterEnd, bytes.sliced(i + fold, rest));
                characterEnd += rest;
                out.append(bytes.sliced(i, fold));
                missing -= int(rest);
                i += fold + rest;
                continue;
            }
        }
        const char b = bytes[i++];
        out.append(b);
        missing = missing > 0 && isContinuationByte(b) ? missing - 1 : continuationCount(uchar(b));
        characterEnd = out.size();
    }
    return out;
}

bool VCardReader::looksLikeVCard(const QString& text)
{
    QStringView rest(text);
    if (rest.startsWith(QChar(0xfeff)))
        rest = rest.sliced(1);
    while (!rest.isEmpty()) {
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != u'\n' && rest[end] != u'\r')
            ++end;
        const QStringView line = rest.first(end).trimmed();
        if (!line.isEmpty())
            return line.compare("BEGIN:VCARD"_L1, Qt::CaseInsensitive) == 0;
        rest = rest.sliced(std::min(end + 1, rest.size()));
    }
    return false;
}

} // namespace Rapport
