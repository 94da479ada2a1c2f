#include "ContactExporter.h"

#include "SqlStatement.h"

namespace Rapport {

namespace {

QString csvCell(const QString& value)
{
    const QString cell = ContactExporter::neutralized(value);
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char(' '))
        || cell.endsWith(QLatin1Char(' '));
    if (!quote)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString capitalized(const QString& label)
{
    return label.isEmpty() ? label : label.left(1).toUpper() + label.mid(1);
}

} // namespace

QString ContactExporter::neutralized(const QString& cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QList<Contact> ContactExporter::loadAll(const QSqlDatabase& db)
{
    QList<Contact> contacts;
    QHash<qint64, qsizetype> indexOf;
    SqlStatement query(db,
        QStringLiteral("SELECT c.id, c.uuid, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.linkedin_url, "
                       "c.location, c.stage, c.strength, c.connected_on, c.notes, c.source "
                       "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.id"));
    query.exec();
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
        indexOf.insert(c.id, contacts.size());
        contacts.append(c);
    }
    const auto children = [&](const char* sql, auto&& add) {
        SqlStatement rows(db, QString::fromLatin1(sql));
        rows.exec();
        while (rows.next()) {
            if (const auto it = indexOf.constFind(rows.value(0).toLongLong()); it != indexOf.cend())
                add(contacts[it.value()], rows);
        }
    };
    children("SELECT contact_id, label, address FROM contact_email ORDER BY contact_id, position, id",
        [](Contact& c, SqlStatement& r) {
            c.emails.append({r.value(1).toString(), r.value(2).toString()});
        });
    children("SELECT contact_id, label, number FROM contact_phone ORDER BY contact_id, position, id",
        [](Contact& c, SqlStatement& r) {
            c.phones.append({r.value(1).toString(), r.value(2).toString()});
        });
    children("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id, position",
        [](Contact& c, SqlStatement& r) { c.tags.append(r.value(1).toString()); });
    return contacts;
}

QHash<qint64, QStringList> ContactExporter::referrerUuids(const QSqlDatabase& db)
{
    QHash<qint64, QStringList> result;
    SqlStatement query(db,
        QStringLiteral("SELECT r.referred_id, c.uuid FROM referral r JOIN contact c ON c.id = r.referrer_id "
                       "WHERE r.kind = 'referral' ORDER BY r.id"));
    query.exec();
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toString());
    return result;
}

QByteArray ContactExporter::toCsv(const QList<Contact>& contacts)
{
    qsizetype emailGroups = 1, phoneGroups = 1;
    for (const Contact& c : contacts) {
        emailGroups = std::max(emailGroups, c.emails.size());
        phoneGroups = std::max(phoneGroups, c.phones.size());
    }
    QStringList header {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Organization Name"),
        QStringLiteral("Organization Title"), QStringLiteral("Notes"), QStringLiteral("Labels")};
    for (qsizetype i = 1; i <= emailGroups; ++i)
        header << QStringLiteral("E-mail %1 - Label").arg(i) << QStringLiteral("E-mail %1 - Value").arg(i);
    for (qsizetype i = 1; i <= phoneGroups; ++i)
        header << QStringLiteral("Phone %1 - Label").arg(i) << QStringLiteral("Phone %1 - Value").arg(i);
    header << QStringLiteral("Website 1 - Label") << QStringLiteral("Website 1 - Value")
           << QStringLiteral("Address 1 - City");

    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const Contact& c : contacts) {
        QStringList row {
            c.firstName, c.lastName, c.organization, c.title, c.notes, c.tags.join(QStringLiteral(" ::: "))};
        for (qsizetype i = 0; i < emailGroups; ++i) {
            const LabeledValue e = c.emails.value(i);
            row << capitalized(e.label) << e.value;
        }
        for (qsizetype i = 0; i < phoneGroups; ++i) {
            const LabeledValue p = c.phones.value(i);
            row << capitalized(p.label) << p.value;
        }
        row << (c.linkedinUrl.isEmpty() ? QString() : QStringLiteral("LinkedIn")) << c.linkedinUrl << c.location;
        QStringList cells;
        for (const QString& value : std::as_const(row))
            cells.append(csvCell(value));
        text += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Rapport
