#pragma once

#include "Contact.h"

#include <QHash>
#include <QSqlDatabase>

namespace Rapport {

// Contacts out of the network for `export --format csv|vcard`: read in bulk (a query per table,
// not per contact) and written as Google-compatible CSV; vCard writing is VCardWriter's.
class ContactExporter
{
public:
    static QList<Contact> loadAll(const QSqlDatabase& db); // throws DatabaseError
    // For each contact id, the UUIDs of the contacts who referred them.
    static QHash<qint64, QStringList> referrerUuids(const QSqlDatabase& db);

    // UTF-8 with a BOM, Google Contacts columns, CRLF. Cells a spreadsheet would run as a
    // formula are neutralised with a leading apostrophe (OWASP's CSV-injection advice).
    static QByteArray toCsv(const QList<Contact>& contacts);
    static QString neutralized(const QString& cell);
};

} // namespace Rapport
