// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactLoader.h"

#include "SqlStatement.h"

#include <QHash>

namespace Rapport::ContactLoader {

QList<Contact> load(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<Contact> contacts;
    QHash<qint64, qsizetype> indexOf;
    SqlStatement query(db,
        QStringLiteral(
            "SELECT c.id, c.uuid, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.linkedin_url, "
            "c.location, c.stage, c.strength, c.connected_on, c.notes, c.source, c.created_at, "
            "c.updated_at, c.check_in_days FROM contact c LEFT JOIN organization o ON o.id = c.organization_id %1 "
            "ORDER BY c.id")
            .arg(where));
    query.exec(values);
    while (query.next()) {
        Contact c;
        c.id = query.value(0).toLongLong();
        c.uuid = query.value(1).toString();
        c.firstName = query.value(2).toString();
        c.lastName = query.value(3).toString();
        c.organization = query.value(4).toString();
        c.title = query.value(5).toString();
        c.linkedinUrl = query.value(6).toString();
        c.location = query.value(7).toString();
        stageFromKey(query.value(8).toString(), &c.stage);
        c.strength = query.value(9).toInt();
        c.connectedOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        c.notes = query.value(11).toString();
        c.source = query.value(12).toString();
        c.createdAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
        c.updatedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
        c.checkInDays = query.value(15).toInt();
        indexOf.insert(c.id, contacts.size());
        contacts.append(c);
    }
    if (contacts.isEmpty())
        return contacts;

    // The children of exactly the contacts above: the same filter, as a subquery.
    const QString owners = QStringLiteral("contact_id IN (SELECT c.id FROM contact c %1)").arg(where);
    const auto children = [&](const QString& sql, auto&& add) {
        SqlStatement rows(db, sql.arg(owners));
        rows.exec(values);
        while (rows.next()) {
            if (const auto it = indexOf.constFind(rows.value(0).toLongLong()); it != indexOf.cend())
                add(contacts[it.value()], rows);
        }
    };
    children(QStringLiteral("SELECT contact_id, label, address FROM contact_email WHERE %1 ORDER BY position, id"),
        [](Contact& c, SqlStatement& r) {
            c.emails.append({r.value(1).toString(), r.value(2).toString()});
        });
    children(QStringLiteral("SELECT contact_id, label, number FROM contact_phone WHERE %1 ORDER BY position, id"),
        [](Contact& c, SqlStatement& r) {
            c.phones.append({r.value(1).toString(), r.value(2).toString()});
        });
    children(QStringLiteral("SELECT contact_id, tag FROM contact_tag WHERE %1 ORDER BY position"),
        [](Contact& c, SqlStatement& r) { c.tags.append(r.value(1).toString()); });
    return contacts;
}

} // namespace Rapport::ContactLoader
