#include "CsvContactMapping.h"

#include "ContactExporter.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace Rapport {

namespace {

QString normalized(const QString& header)
{
    QString name = header.trimmed().toLower();
    name.remove(QChar(0xFEFF));
    return name;
}

bool isOutlook(CsvDialect dialect)
{
    return dialect == CsvDialect::OutlookDesktop || dialect == CsvDialect::OutlookWeb;
}

QString phoneLabel(const QString& kind)
{
    if (kind.startsWith(QLatin1String("business")) || kind.startsWith(QLatin1String("company")))
        return QStringLiteral("work");
    if (kind.startsWith(QLatin1String("home")))
        return QStringLiteral("home");
    if (kind.startsWith(QLatin1String("mobile")) || kind.startsWith(QLatin1String("cell")))
        return QStringLiteral("mobile");
    return QStringLiteral("other");
}

// Google writes labels like "* Work"; a cell with several values ("a ::: b") may carry one label
// per value ("* Work ::: Home"). The star goes, and labels are lower-cased.
QStringList cleanLabels(const QString& cell)
{
    QStringList labels = cell.split(QStringLiteral(" ::: "));
    for (QString& label : labels) {
        label = label.trimmed();
        if (label.startsWith(QLatin1String("* ")))
            label = label.mid(2);
        label = label.toLower();
    }
    return labels;
}

// The label of the index-th value of a cell: its own, else the last one given.
QString labelAt(const QStringList& labels, qsizetype index)
{
    return labels.isEmpty() ? QString() : labels.at(qMin(index, labels.size() - 1));
}

// Which address a city or state column belongs to: Outlook writes business, home and other
// addresses, Google numbered ones. Lower groups are preferred for the location.
int addressGroup(const QString& kind, const QString& number)
{
    if (kind == QLatin1String("business"))
        return 1;
    if (kind == QLatin1String("home"))
        return 2;
    if (kind == QLatin1String("other"))
        return 3;
    return number.isEmpty() ? 0 : number.toInt();
}

ColumnRole roleFor(const QString& name, CsvDialect dialect)
{
    static const QRegularExpression groupValue(QStringLiteral("^(e-?mail|phone|website) (\\d+) - (value|label|type)$"));
    static const QRegularExpression outlookEmail(QStringLiteral("^e-?mail(?: (\\d+))? address$"));
    static const QRegularExpression outlookPhone(
        QStringLiteral("^(business|home|mobile|primary|other|car|company main|radio)(?: \\d+)? phone$"));
    static const QRegularExpression addressPart(
        QStringLiteral("^(?:(business|home|other) |address (\\d+) - )?(city|state|region)$"));

    if (const auto m = groupValue.match(name); m.hasMatch()) {
        const QString kind = m.captured(1);
        const bool value = m.captured(3) == QLatin1String("value");
        const int group = m.captured(2).toInt();
        if (kind == QLatin1String("website"))
            return value ? ColumnRole {ContactField::Website, {}, {}, group} : ColumnRole {};
        if (kind == QLatin1String("phone"))
            return {value ? ContactField::Phone : ContactField::PhoneLabel, {}, {}, group};
        return {value ? ContactField::Email : ContactField::EmailLabel, {}, {}, group};
    }
    if (const auto m = outlookEmail.match(name); m.hasMatch())
        return {ContactField::Email, {}, {}, 0};
    if (const auto m = outlookPhone.match(name); m.hasMatch())
        return {ContactField::Phone, phoneLabel(m.captured(1)), {}, 0};
    if (const auto m = addressPart.match(name); m.hasMatch()) {
        const ContactField field = m.captured(3) == QLatin1String("city") ? ContactField::City : ContactField::Region;
        return {field, {}, {}, addressGroup(m.captured(1), m.captured(2))};
    }

    struct Synonym {
        const char* name;
        ContactField field;
        const char* separator;
    };
    static const Synonym synonyms[] = {
        {"first name", ContactField::FirstName, ""},
        {"given name", ContactField::FirstName, ""},
        {"last name", ContactField::LastName, ""},
        {"family name", ContactField::LastName, ""},
        {"surname", ContactField::LastName, ""},
        {"name", ContactField::FullName, ""},
        {"full name", ContactField::FullName, ""},
        {"display name", ContactField::FullName, ""},
        {"company", ContactField::Organization, ""},
        {"organization", ContactField::Organization, ""},
        {"organisation", ContactField::Organization, ""},
        {"organization name", ContactField::Organization, ""},
        {"organization 1 - name", ContactField::Organization, ""},
        {"position", ContactField::Title, ""},
        {"job title", ContactField::Title, ""},
        {"title", ContactField::Title, ""},
        {"organization title", ContactField::Title, ""},
        {"organization 1 - title", ContactField::Title, ""},
        {"url", ContactField::LinkedinUrl, ""},
        {"linkedin", ContactField::LinkedinUrl, ""},
        {"linkedin url", ContactField::LinkedinUrl, ""},
        {"linkedin profile", ContactField::LinkedinUrl, ""},
        {"profile url", ContactField::LinkedinUrl, ""},
        {"web page", ContactField::Website, ""},
        {"website", ContactField::Website, ""},
        {"notes", ContactField::Notes, ""},
        {"note", ContactField::Notes, ""},
        {"labels", ContactField::Tags, " ::: "},
        {"group membership", ContactField::Tags, " ::: "},
        {"categories", ContactField::Tags, ";"},
        {"tags", ContactField::Tags, ","},
        {"connected on", ContactField::ConnectedOn, ""},
        {"referred by", ContactField::ReferredBy, ""},
        {"location", ContactField::Location, ""},
        {"email", ContactField::Email, ""},
        {"e-mail", ContactField::Email, ""},
        {"phone", ContactField::Phone, ""},
        {"mobile", ContactField::Phone, ""},
        {"telephone", ContactField::Phone, ""},
        // Spreadsheets made by hand in French, Spanish or German (the languages Rapport speaks).
        {"prénom", ContactField::FirstName, ""},
        {"nom", ContactField::LastName, ""},
        {"nom de famille", ContactField::LastName, ""},
        {"nom complet", ContactField::FullName, ""},
        {"entreprise", ContactField::Organization, ""},
        {"société", ContactField::Organization, ""},
        {"employeur", ContactField::Organization, ""},
        {"poste", ContactField::Title, ""},
        {"fonction", ContactField::Title, ""},
        {"titre", ContactField::Title, ""},
        {"courriel", ContactField::Email, ""},
        {"adresse courriel", ContactField::Email, ""},
        {"adresse e-mail", ContactField::Email, ""},
        {"adresse électronique", ContactField::Email, ""},
        {"téléphone", ContactField::Phone, ""},
        {"cellulaire", ContactField::Phone, ""},
        {"portable", ContactField::Phone, ""},
        {"remarques", ContactField::Notes, ""},
        {"étiquettes", ContactField::Tags, ","},
        {"lieu", ContactField::Location, ""},
        {"ville", ContactField::Location, ""},
        {"recommandé par", ContactField::ReferredBy, ""},
        {"nombre", ContactField::FirstName, ""},
        {"apellido", ContactField::LastName, ""},
        {"apellidos", ContactField::LastName, ""},
        {"nombre completo", ContactField::FullName, ""},
        {"empresa", ContactField::Organization, ""},
        {"organización", ContactField::Organization, ""},
        {"cargo", ContactField::Title, ""},
        {"puesto", ContactField::Title, ""},
        {"correo", ContactField::Email, ""},
        {"correo electrónico", ContactField::Email, ""},
        {"teléfono", ContactField::Phone, ""},
        {"móvil", ContactField::Phone, ""},
        {"celular", ContactField::Phone, ""},
        {"notas", ContactField::Notes, ""},
        {"etiquetas", ContactField::Tags, ","},
        {"ubicación", ContactField::Location, ""},
        {"ciudad", ContactField::Location, ""},
        {"recomendado por", ContactField::ReferredBy, ""},
        {"vorname", ContactField::FirstName, ""},
        {"nachname", ContactField::LastName, ""},
        {"familienname", ContactField::LastName, ""},
        {"firma", ContactField::Organization, ""},
        {"unternehmen", ContactField::Organization, ""},
        {"berufsbezeichnung", ContactField::Title, ""},
        {"e-mail-adresse", ContactField::Email, ""},
        {"telefon", ContactField::Phone, ""},
        {"mobil", ContactField::Phone, ""},
        {"handy", ContactField::Phone, ""},
        {"notizen", ContactField::Notes, ""},
        {"schlagwörter", ContactField::Tags, ","},
        {"ort", ContactField::Location, ""},
        {"stadt", ContactField::Location, ""},
        {"empfohlen von", ContactField::ReferredBy, ""},
    };
    // Outlook's "Title" is Mr./Dr., not the job; "Job Title" carries that.
    if (name == QLatin1String("title") && isOutlook(dialect))
        return {};
    for (const Synonym& s : synonyms) {
        if (name == QString::fromUtf8(s.name)) {
            ColumnRole role {s.field, {}, QString::fromLatin1(s.separator), 0};
            if (s.field == ContactField::Phone
                && (name == QLatin1String("mobile") || name == QLatin1String("cellulaire")
                    || name == QLatin1String("portable") || name == QStringLiteral("móvil")
                    || name == QLatin1String("celular") || name == QLatin1String("mobil")
                    || name == QLatin1String("handy")))
                role.label = QStringLiteral("mobile");
            return role;
        }
    }
    return {};
}

bool isSingular(ContactField field)
{
    switch (field) {
    case ContactField::Email:
    case ContactField::EmailLabel:
    case ContactField::Phone:
    case ContactField::PhoneLabel:
    case ContactField::Website:
    case ContactField::Tags:
    case ContactField::City: // one per address; toRecord picks an address
    case ContactField::Region:
    case ContactField::Ignored:
        return false;
    default:
        return true;
    }
}

} // namespace

std::optional<CsvDialect> CsvContactMapping::recognize(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& h : header)
        names.insert(normalized(h));
    const auto has = [&names](const char* name) { return names.contains(QLatin1String(name)); };
    const QString first = header.isEmpty() ? QString() : normalized(header.first());

    if (has("first name") && has("last name") && has("company") && has("position") && has("connected on"))
        return CsvDialect::LinkedIn;
    if (has("given name") && has("family name") && (has("group membership") || has("e-mail 1 - type")))
        return CsvDialect::GoogleLegacy;
    if (first == QLatin1String("title") && has("first name") && has("job title"))
        return CsvDialect::OutlookDesktop;
    if (has("first name") && has("last name")
        && (has("labels") || has("organization name") || has("e-mail 1 - value") || has("e-mail 1 - label")))
        return CsvDialect::GoogleCurrent;
    if (first == QLatin1String("first name") && has("e-mail address") && has("job title") && has("company"))
        return CsvDialect::OutlookWeb;
    if (forHeader(CsvDialect::Generic, header).isUsable())
        return CsvDialect::Generic;
    return std::nullopt;
}

QString CsvContactMapping::dialectName(CsvDialect dialect)
{
    switch (dialect) {
    case CsvDialect::LinkedIn:
        return tr("LinkedIn connections");
    case CsvDialect::GoogleCurrent:
        return tr("Google Contacts CSV");
    case CsvDialect::GoogleLegacy:
        return tr("Google Contacts CSV (legacy)");
    case CsvDialect::OutlookWeb:
        return tr("Outlook.com CSV");
    case CsvDialect::OutlookDesktop:
        return tr("Outlook CSV");
    case CsvDialect::Generic:
        return tr("CSV with a header row");
    }
    return {};
}

QString CsvContactMapping::dialectKey(CsvDialect dialect)
{
    switch (dialect) {
    case CsvDialect::LinkedIn:
        return QStringLiteral("linkedin");
    case CsvDialect::GoogleCurrent:
    case CsvDialect::GoogleLegacy:
        return QStringLiteral("google");
    case CsvDialect::OutlookWeb:
    case CsvDialect::OutlookDesktop:
        return QStringLiteral("outlook");
    case CsvDialect::Generic:
        return QStringLiteral("csv");
    }
    return {};
}

CsvContactMapping CsvContactMapping::forHeader(CsvDialect dialect, const QStringList& header)
{
    CsvContactMapping mapping;
    mapping.m_dialect = dialect;
    mapping.m_header = header;
    QSet<int> taken;
    for (const QString& column : header) {
        ColumnRole role = roleFor(normalized(column), dialect);
        if (isSingular(role.field)) {
            if (taken.contains(int(role.field)))
                role = ColumnRole {};
            else
                taken.insert(int(role.field));
        }
        mapping.m_roles.append(role);
    }
    return mapping;
}

QList<ContactField> CsvContactMapping::assignableFields()
{
    return {ContactField::Ignored, ContactField::FirstName, ContactField::LastName, ContactField::FullName,
        ContactField::Organization, ContactField::Title, ContactField::Email, ContactField::Phone,
        ContactField::LinkedinUrl, ContactField::Location, ContactField::Notes, ContactField::Tags,
        ContactField::ConnectedOn, ContactField::ReferredBy};
}

QString CsvContactMapping::fieldName(ContactField field)
{
    switch (field) {
    case ContactField::Ignored:
        return tr("(ignore)");
    case ContactField::FirstName:
        return tr("Given name");
    case ContactField::LastName:
        return tr("Family name");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::Organization:
        return tr("Organization");
    case ContactField::Title:
        return tr("Title");
    case ContactField::Email:
        return tr("E-mail");
    case ContactField::EmailLabel:
        return tr("E-mail label");
    case ContactField::Phone:
        return tr("Phone");
    case ContactField::PhoneLabel:
        return tr("Phone label");
    case ContactField::LinkedinUrl:
        return tr("LinkedIn URL");
    case ContactField::Website:
        return tr("Website");
    case ContactField::City:
        return tr("City");
    case ContactField::Region:
        return tr("Region");
    case ContactField::Location:
        return tr("Location");
    case ContactField::Notes:
        return tr("Notes");
    case ContactField::Tags:
        return tr("Tags");
    case ContactField::ConnectedOn:
        return tr("Connected on");
    case ContactField::ReferredBy:
        return tr("Referred by");
    }
    return {};
}

void CsvContactMapping::setRole(int column, const ColumnRole& role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    ColumnRole r = role;
    if (r.field == ContactField::Tags && r.separator.isEmpty())
        r.separator = QStringLiteral(",");
    m_roles[column] = r;
}

bool CsvContactMapping::isUsable() const
{
    for (const ColumnRole& role : m_roles) {
        switch (role.field) {
        case ContactField::FirstName:
        case ContactField::LastName:
        case ContactField::FullName:
        case ContactField::Organization:
        case ContactField::Email:
            return true;
        default:
            break;
        }
    }
    return false;
}

QDate CsvContactMapping::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (const QDate iso = QDate::fromString(t, Qt::ISODate); iso.isValid())
        return iso;
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$"));
    static const char* const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    QString day, month, year;
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        day = m.captured(1);
        month = m.captured(2);
        year = m.captured(3);
    } else if (const auto m2 = monthFirst.match(t); m2.hasMatch()) {
        month = m2.captured(1);
        day = m2.captured(2);
        year = m2.captured(3);
    } else {
        return {};
    }
    const QString prefix = month.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1String(months[i]))
            return QDate(year.toInt(), i + 1, day.toInt());
    }
    return {};
}

std::optional<ImportProblem> CsvContactMapping::toRecord(
    const QStringList& fields, int line, ImportRecord* record) const
{
    if (fields.size() != m_header.size())
        return ImportProblem {line,
            tr("expected %1 fields as in the header, found %2")
                .arg(QString::number(m_header.size()), QString::number(fields.size()))};
    Contact& c = record->contact;
    c = Contact();
    record->referredBy.clear();
    record->line = line;
    c.source = dialectKey(m_dialect);
    QString fullName;
    QMap<int, std::pair<QString, QString>> addresses; // group -> city, region
    QHash<int, QStringList> emailLabels, phoneLabels;
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).field == ContactField::EmailLabel)
            emailLabels.insert(m_roles.at(i).group, cleanLabels(fields.at(i)));
        else if (m_roles.at(i).field == ContactField::PhoneLabel)
            phoneLabels.insert(m_roles.at(i).group, cleanLabels(fields.at(i)));
    }

    for (int i = 0; i < m_roles.size(); ++i) {
        const ColumnRole& role = m_roles.at(i);
        // Our own CSV export guards cells that a spreadsheet would run as formulas ('+1 617…).
        const QString value = ContactExporter::unneutralized(fields.at(i).trimmed());
        if (value.isEmpty())
            continue;
        switch (role.field) {
        case ContactField::Ignored:
        case ContactField::EmailLabel:
        case ContactField::PhoneLabel:
            break;
        case ContactField::FirstName:
            c.firstName = value;
            break;
        case ContactField::LastName:
            c.lastName = value;
            break;
        case ContactField::FullName:
            fullName = value;
            break;
        case ContactField::Organization:
            c.organization = value;
            break;
        case ContactField::Title:
            c.title = value;
            break;
        case ContactField::Email:
        case ContactField::Phone: {
            const bool email = role.field == ContactField::Email;
            const QStringList labels = (email ? emailLabels : phoneLabels).value(role.group);
            const QStringList values = value.split(QStringLiteral(" ::: "));
            for (qsizetype k = 0; k < values.size(); ++k) {
                const QString v = values.at(k).trimmed();
                // Outlook writes an Exchange directory path ("/o=ExchangeLabs/ou=...") for colleagues'
                // addresses: no one can write to that.
                if (v.isEmpty() || (email && v.startsWith(QLatin1String("/o="), Qt::CaseInsensitive)))
                    continue;
                (email ? c.emails : c.phones).append({role.group ? labelAt(labels, k) : role.label, v});
            }
            break;
        }
        case ContactField::LinkedinUrl:
            c.linkedinUrl = value;
            break;
        case ContactField::Website:
            if (c.linkedinUrl.isEmpty() && value.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive))
                c.linkedinUrl = value;
            break;
        case ContactField::City:
            addresses[role.group].first = value;
            break;
        case ContactField::Region:
            addresses[role.group].second = value;
            break;
        case ContactField::Location:
            c.location = value;
            break;
        case ContactField::Notes:
            c.notes = ContactExporter::unneutralized(
                QString(fields.at(i)).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed());
            break;
        case ContactField::Tags:
            for (const QString& tag : value.split(role.separator, Qt::SkipEmptyParts)) {
                const QString t = tag.trimmed();
                if (!t.isEmpty() && !t.startsWith(QLatin1String("* "))) // Google's system groups
                    c.tags.append(t);
            }
            break;
        case ContactField::ConnectedOn:
            c.connectedOn = parseDate(value);
            if (!c.connectedOn.isValid())
                return ImportProblem {
                    line, tr("cannot read the date '%1' (expected a date like 15 Mar 2024)").arg(value)};
            break;
        case ContactField::ReferredBy:
            record->referredBy.append(value);
            break;
        }
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && !fullName.isEmpty()) {
        const qsizetype space = fullName.lastIndexOf(QLatin1Char(' '));
        c.firstName = space > 0 ? fullName.left(space).trimmed() : fullName;
        c.lastName = space > 0 ? fullName.mid(space + 1).trimmed() : QString();
    }
    if (c.location.isEmpty() && !addresses.isEmpty()) {
        // The first address with a city or region, whole: never a business city with a home state.
        const auto& [city, region] = addresses.first();
        c.location = city.isEmpty() || region.isEmpty() ? city + region : city + QStringLiteral(", ") + region;
    }
    c.tags = normalizedTags(c.tags);
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.organization.isEmpty() && c.emails.isEmpty()
        && c.linkedinUrl.isEmpty())
        return ImportProblem {line, tr("the row has no name, organization, e-mail or profile URL")};
    return std::nullopt;
}

} // namespace Rapport
