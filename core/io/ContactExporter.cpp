// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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

namespace {
const QString kFormulaStarts = QStringLiteral("=+-@\t\r");

// A formula start, or one behind a guard: ' or '' ... before it.
bool looksGuarded(const QString& cell)
{
    qsizetype quotes = 0;
    while (quotes < cell.size() && cell.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return quotes > 0 && quotes < cell.size() && kFormulaStarts.contains(cell.at(quotes));
}
} // namespace

QString ContactExporter::neutralized(const QString& cell)
{
    // A value that already starts like a guarded cell ('=x typed as such) gets a guard of its own,
    // or reading it back would take its apostrophe for ours.
    if (!cell.isEmpty() && (kFormulaStarts.contains(cell.front()) || looksGuarded(cell)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString ContactExporter::unneutralized(const QString& cell)
{
    if (looksGuarded(cell))
        return cell.mid(1);
    return cell;
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
