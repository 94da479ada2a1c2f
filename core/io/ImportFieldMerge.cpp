// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportFieldMerge.h"

#include "ContactImporter.h"
#include "DuplicateIndex.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Rapport::ImportFieldMerge {

namespace {

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

} // namespace

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
        !imported.linkedinUrl.isEmpty()
            && ImportKeys::profileKey(known.linkedinUrl) != ImportKeys::profileKey(imported.linkedinUrl));
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

} // namespace Rapport::ImportFieldMerge
