// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Contact.h"

#include <QCoreApplication>

namespace Rapport {

QString contactDisplayName(const QString& firstName, const QString& lastName, const QString& organization)
{
    // Called for every contact when a network opens: no list, no join, no copy when already trimmed.
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        return first + QLatin1Char(' ') + last;
    if (!first.isEmpty() || !last.isEmpty())
        return first.isEmpty() ? last : first;
    if (!organization.trimmed().isEmpty())
        return organization.trimmed();
    return QCoreApplication::translate("Rapport::Contact", "(no name)");
}

QString Contact::displayName() const
{
    return contactDisplayName(firstName, lastName, organization);
}

bool Contact::sameContent(const Contact& o) const
{
    return firstName == o.firstName && lastName == o.lastName && organization == o.organization && title == o.title
        && emails == o.emails && phones == o.phones && linkedinUrl == o.linkedinUrl && location == o.location
        && tags == o.tags && stage == o.stage && strength == o.strength && checkInDays == o.checkInDays
        && connectedOn == o.connectedOn && notes == o.notes && source == o.source;
}

QStringList normalizedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !result.contains(t, Qt::CaseInsensitive))
            result.append(t);
    }
    return result;
}

} // namespace Rapport
