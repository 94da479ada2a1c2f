// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QHash>
#include <QSqlDatabase>

namespace Rapport {

// Contacts out of the network for `export --format csv|vcard` (read with ContactLoader):
// written as Google-compatible CSV here; vCard writing is VCardWriter's.
class ContactExporter
{
public:
    // For each contact id, the UUIDs of the contacts who referred them.
    static QHash<qint64, QStringList> referrerUuids(const QSqlDatabase& db);

    // UTF-8 with a BOM, Google Contacts columns, CRLF. Cells a spreadsheet would run as a
    // formula are neutralised with a leading apostrophe (OWASP's CSV-injection advice).
    static QByteArray toCsv(const QList<Contact>& contacts);
    static QString neutralized(const QString& cell);
    // The reverse, for reading a CSV back: a spreadsheet hides that leading ' too. One guard comes off,
    // so a value typed as '=x, exported ''=x, reads back as '=x.
    static QString unneutralized(const QString& cell);
};

} // namespace Rapport
