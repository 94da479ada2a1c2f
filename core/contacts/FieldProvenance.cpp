// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FieldProvenance.h"

#include "SqlStatement.h"

namespace Rapport::FieldProvenance {

namespace {

// Every field an import may set.
const QStringList& importableFields()
{
    static const QStringList fields {QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("organization"), QStringLiteral("title"), QStringLiteral("linkedinUrl"),
        QStringLiteral("location"), QStringLiteral("connectedOn"), QStringLiteral("emails"), QStringLiteral("phones"),
        QStringLiteral("tags")};
    return fields;
}

} // namespace

QSet<QString> typedFields(const QSqlDatabase& db, qint64 contactId)
{
    const bool madeByImport
        = SqlStatement::scalar(db, QStringLiteral("SELECT created_by_import FROM contact WHERE id = ?"), {contactId})
              .toInt()
        == 1;
    QSet<QString> typed;
    if (!madeByImport)
        typed = QSet<QString>(importableFields().cbegin(), importableFields().cend());
    SqlStatement changes(db,
        QStringLiteral("SELECT f.field, f.source FROM field_change f JOIN contact c ON f.row_key = c.uuid "
                       "WHERE f.entity = 'contact' AND c.id = ?"));
    changes.exec({contactId});
    while (changes.next()) {
        if (changes.value(1).toString() == QLatin1String("typed"))
            typed.insert(changes.value(0).toString());
        else
            typed.remove(changes.value(0).toString());
    }
    return typed;
}

void markImported(const QSqlDatabase& db, qint64 contactId, const QStringList& fields, qint64 batchId)
{
    SqlStatement mark(db,
        QStringLiteral("INSERT INTO field_change (entity, row_key, field, changed_at, source, import_batch_id) "
                       "SELECT 'contact', uuid, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'import', ? "
                       "FROM contact WHERE id = ? "
                       "ON CONFLICT (entity, row_key, field) DO UPDATE SET source = 'import', "
                       "import_batch_id = excluded.import_batch_id"));
    for (const QString& field : fields)
        mark.exec({field, batchId, contactId});
}

} // namespace Rapport::FieldProvenance
