// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Rapport {

// Writes contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426): UTF-8, CRLF line ends, lines folded at 75 octets.
class VCardWriter
{
public:
    enum class Version { V3, V4 };

    // One vCard per contact. referrerUuids maps a contact id to the UUIDs of the contacts who referred them.
    static QByteArray write(
        const QList<Contact>& contacts, const QHash<qint64, QStringList>& referrerUuids, Version version = Version::V4);
};

} // namespace Rapport
