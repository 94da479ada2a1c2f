// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: a third of it is the table of column names each exporter writes
// (LinkedIn, Google, Outlook, Apple, Thunderbird), and the rest turns a row into a contact with the
// same knowledge of each dialect.
#include "CsvContactMapping.h"

#include "ContactExporter.h"
#include "CsvDate.h"

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
    if (kind == QLatin1String("business") || kind == QLatin1String("work"))
        return 1;
    if (kind == QLatin1String("home"))
        return 2;
    if (kind == QLatin1String("other"))
        return 3;
    return number.isEmpty() ? 0 : number.toInt();
}

// E-mail and phone columns as mail clients and address books name them: Thunderbird's "Primary
// Email" and "Mobile Number", Outlook's "Business Phone 2", Apple's "Phone (iPhone)", "Email Home",
// "Work E-mail"... Every word must be known, so "Email Opt Out" or "Phone Notes" are not taken.
std::optional<ColumnRole> mailClientRole(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_()/:.,'#]+"));
    static const QHash<QString, QString> labels = {{QStringLiteral("home"), QStringLiteral("home")},
        {QStringLiteral("private"), QStringLiteral("home")}, {QStringLiteral("personal"), QStringLiteral("home")},
        {QStringLiteral("work"), QStringLiteral("work")}, {QStringLiteral("business"), QStringLiteral("work")},
        {QStringLiteral("office"), QStringLiteral("work")}, {QStringLiteral("company"), QStringLiteral("work")},
        {QStringLiteral("mobile"), QStringLiteral("mobile")}, {QStringLiteral("cell"), QStringLiteral("mobile")},
        {QStringLiteral("cellular"), QStringLiteral("mobile")}, {QStringLiteral("iphone"), QStringLiteral("mobile")},
        {QStringLiteral("other"), QStringLiteral("other")}, {QStringLiteral("fax"), QStringLiteral("fax")},
        {QStringLiteral("pager"), QStringLiteral("pager")}, {QStringLiteral("car"), QStringLiteral("car")},
        {QStringLiteral("radio"), QStringLiteral("radio")}, {QStringLiteral("callback"), QStringLiteral("callback")},
        {QStringLiteral("telex"), QStringLiteral("telex")}, {QStringLiteral("isdn"), QStringLiteral("isdn")},
        {QStringLiteral("tty"), QStringLiteral("tty")}, {QStringLiteral("assistant"), QStringLiteral("assistant")},
        {QStringLiteral("assistants"), QStringLiteral("assistant")}};
    // Words that say nothing about the kind: "Primary Email", "E-mail 2 Address", "Phone Number".
    static const QSet<QString> neutral = {QStringLiteral("primary"), QStringLiteral("secondary"),
        QStringLiteral("main"), QStringLiteral("preferred"), QStringLiteral("address"), QStringLiteral("number"),
        QStringLiteral("no"), QStringLiteral("nr"), QStringLiteral("value"), QStringLiteral("s"), QStringLiteral("tdd"),
        QStringLiteral("phone"), QStringLiteral("telephone"), QStringLiteral("tel")};
    QString text = name;
    text.replace(QLatin1String("e-mail"), QLatin1String("email"))
        .replace(QLatin1String("e mail"), QLatin1String("email"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    bool email = false, phone = false;
    QString label;
    for (const QString& word : words) {
        bool number = false;
        word.toInt(&number);
        if (word == QLatin1String("email") || word == QLatin1String("mail"))
            email = true;
        else if (word == QLatin1String("phone") || word == QLatin1String("telephone") || word == QLatin1String("tel"))
            phone = true;
        else if (labels.contains(word)) {
            // A kind of phone on its own names a phone column ("Mobile", "Fax", "Pager"), and says more
            // than where it is: "Business Fax" is a fax.
            const QString kind = labels.value(word);
            const bool place
                = kind == QLatin1String("home") || kind == QLatin1String("work") || kind == QLatin1String("other");
            phone = phone || !place;
            if (label.isEmpty() || !place)
                label = kind;
        } else if (!number && !neutral.contains(word))
            return std::nullopt;
    }
    if (email == phone)
        return std::nullopt;
    if (email && !label.isEmpty() && label != QLatin1String("home") && label != QLatin1String("work")
        && label != QLatin1String("other"))
        return std::nullopt; // "Mobile Email", "Fax Mail": not an address we know the kind of
    return ColumnRole {email ? ContactField::Email : ContactField::Phone, label, {}, 0};
}

ColumnRole roleFor(const QString& name, CsvDialect dialect)
{
    static const QRegularExpression groupValue(QStringLiteral("^(e-?mail|phone|website) (\\d+) - (value|label|type)$"));
    static const QRegularExpression outlookEmail(QStringLiteral("^e-?mail(?: (\\d+))? address$"));
    static const QRegularExpression outlookPhone(
        QStringLiteral("^(business|home|mobile|primary|other|car|company main|radio)(?: \\d+)? phone(?: \\d+)?$"));
    // Outlook's "E-mail Type" (SMTP) and "E-mail Display Name" (the name and address again) repeat
    // what other columns hold.
    static const QRegularExpression outlookEmailExtras(QStringLiteral("^e-?mail(?: \\d+)? (?:type|display name)$"));
    static const QRegularExpression addressPart(
        QStringLiteral("^(?:(business|work|home|other) |address (\\d+) - )?(city|state|region)$"));

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
    if (outlookEmailExtras.match(name).hasMatch())
        return {};
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
        {"middle name", ContactField::MiddleName, ""},
        {"additional name", ContactField::MiddleName, ""},
        {"middle names", ContactField::MiddleName, ""},
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
        {"deuxième prénom", ContactField::MiddleName, ""},
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
        {"segundo nombre", ContactField::MiddleName, ""},
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
        {"weitere vornamen", ContactField::MiddleName, ""},
        {"zweiter vorname", ContactField::MiddleName, ""},
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
    // Outlook's "Title" is Mr./Dr., not the job; "Job Title" carries that. Kept in the notes.
    if (name == QLatin1String("title") && isOutlook(dialect))
        return {ContactField::KeepInNotes, {}, {}, 0};
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
    if (const auto role = mailClientRole(name))
        return *role;
    return {ContactField::KeepInNotes, {}, {}, 0};
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
    case ContactField::KeepInNotes:
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
    // Beside "Job Title", a "Title" column holds the honorific ("Dr."): the job is the other one.
    bool jobTitle = false;
    for (const QString& column : header)
        jobTitle = jobTitle || normalized(column) == QLatin1String("job title");
    for (const QString& column : header) {
        const QString name = normalized(column);
        ColumnRole role = jobTitle && name == QLatin1String("title") ? ColumnRole {ContactField::KeepInNotes, {}, {}, 0}
                                                                     : roleFor(name, dialect);
        if (isSingular(role.field)) {
            if (taken.contains(int(role.field)))
                role = ColumnRole {ContactField::KeepInNotes, {}, {}, 0}; // a second "Name": kept, not lost
            else
                taken.insert(int(role.field));
        }
        mapping.m_roles.append(role);
    }
    return mapping;
}

QList<ContactField> CsvContactMapping::assignableFields()
{
    return {ContactField::Ignored, ContactField::FirstName, ContactField::MiddleName, ContactField::LastName,
        ContactField::FullName, ContactField::Organization, ContactField::Title, ContactField::Email,
        ContactField::Phone, ContactField::LinkedinUrl, ContactField::Location, ContactField::Notes, ContactField::Tags,
        ContactField::ConnectedOn, ContactField::ReferredBy, ContactField::KeepInNotes};
}

QString CsvContactMapping::fieldName(ContactField field)
{
    switch (field) {
    case ContactField::Ignored:
        return tr("(ignore)");
    case ContactField::FirstName:
        return tr("Given name");
    case ContactField::MiddleName:
        return tr("Middle name");
    case ContactField::LastName:
        return tr("Family name");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::Organization:
        return tr("Organisation");
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
    case ContactField::KeepInNotes:
        return tr("(keep it in the notes)");
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
        case ContactField::Phone:
        case ContactField::LinkedinUrl:
            return true;
        default:
            break;
        }
    }
    return false;
}

QDate CsvContactMapping::parseDate(const QString& text)
{
    return CsvDate::parse(text);
}

std::optional<ImportProblem> CsvContactMapping::toRecord(
    const QStringList& fields, int line, ImportRecord* record) const
{
    Contact& c = record->contact;
    c = Contact();
    record->referredBy.clear();
    record->noteLines.clear();
    record->notedColumns.clear();
    record->fieldProblems.clear();
    record->line = line;
    c.source = dialectKey(m_dialect);
    // Spreadsheets and hand edits drop trailing empty cells, and Thunderbird writes one comma more
    // than its header: a missing cell is empty, and only an extra cell with text is worth a word.
    const auto cell = [&fields](int i) { return i < fields.size() ? fields.at(i) : QString(); };
    const auto keep = [record](const QString& column, const QString& value) {
        record->noteLines.append(QStringLiteral("%1: %2").arg(column, value.simplified()));
    };
    QString fullName, middleName;
    QMap<int, std::pair<QString, QString>> addresses; // group -> city, region
    QHash<int, QStringList> emailLabels, phoneLabels;
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).field == ContactField::EmailLabel)
            emailLabels.insert(m_roles.at(i).group, cleanLabels(cell(i)));
        else if (m_roles.at(i).field == ContactField::PhoneLabel)
            phoneLabels.insert(m_roles.at(i).group, cleanLabels(cell(i)));
    }

    bool connectedOnly = true; // a LinkedIn member who hides everything but the date
    for (int i = 0; i < m_roles.size(); ++i) {
        const ColumnRole& role = m_roles.at(i);
        // Our own CSV export guards cells that a spreadsheet would run as formulas ('+1 617…). The
        // guard is the cell's first character: it comes off before the value is trimmed, or '<TAB>
        // would read as a lone apostrophe.
        const QString value = ContactExporter::unneutralized(cell(i)).trimmed();
        if (value.isEmpty())
            continue;
        if (role.field != ContactField::ConnectedOn && role.field != ContactField::Ignored)
            connectedOnly = false;
        switch (role.field) {
        case ContactField::Ignored:
        case ContactField::EmailLabel:
        case ContactField::PhoneLabel:
            break;
        case ContactField::KeepInNotes:
            // Outlook fills columns it has no value for with its defaults: those say nothing.
            if (isOutlook(m_dialect)
                && (value == QLatin1String("0/0/00") || value == QLatin1String("Normal")
                    || value == QLatin1String("Unspecified") || value == QLatin1String("False")))
                break;
            keep(m_header.value(i), value);
            record->notedColumns.append(m_header.value(i));
            break;
        case ContactField::FirstName:
            c.firstName = value;
            break;
        case ContactField::MiddleName:
            middleName = value;
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
                QList<LabeledValue>& list = email ? c.emails : c.phones;
                // Mail clients repeat an address in several columns; one copy is enough.
                const bool known = std::any_of(list.cbegin(), list.cend(),
                    [&v](const LabeledValue& e) { return e.value.compare(v, Qt::CaseInsensitive) == 0; });
                if (!known)
                    list.append({role.group ? labelAt(labels, k) : role.label, v});
            }
            break;
        }
        case ContactField::LinkedinUrl:
            c.linkedinUrl = value;
            break;
        case ContactField::Website:
            if (c.linkedinUrl.isEmpty() && value.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive)) {
                c.linkedinUrl = value;
            } else if (!value.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive)) {
                keep(m_header.value(i), value); // a home page: no field holds it
                record->notedColumns.append(m_header.value(i));
            }
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
            c.notes
                = ContactExporter::unneutralized(cell(i)).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed();
            break;
        case ContactField::Tags:
            for (const QString& tag : value.split(role.separator, Qt::SkipEmptyParts)) {
                const QString t = tag.trimmed();
                // Google's system groups ("* myContacts"); elsewhere a tag like that is the user's.
                const bool google = m_dialect == CsvDialect::GoogleCurrent || m_dialect == CsvDialect::GoogleLegacy;
                if (!t.isEmpty() && !(google && t.startsWith(QLatin1String("* "))))
                    c.tags.append(t);
            }
            break;
        case ContactField::ConnectedOn:
            c.connectedOn = parseDate(value);
            if (!c.connectedOn.isValid()) {
                keep(m_header.value(i), value);
                record->fieldProblems.append({line,
                    tr("cannot read the date '%1' in the column %2 (expected a date like 15 Mar 2024)")
                        .arg(value, m_header.value(i)),
                    ImportProblem::Kind::Field});
            }
            break;
        case ContactField::ReferredBy:
            record->referredBy.append(value);
            break;
        }
    }
    if (fields.size() > m_header.size()) {
        QStringList extra;
        for (qsizetype i = m_header.size(); i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty())
                extra.append(fields.at(i).trimmed());
        }
        if (!extra.isEmpty()) {
            connectedOnly = false;
            const QString column = tr("(after the last column)");
            for (const QString& value : std::as_const(extra))
                keep(column, value);
            record->fieldProblems.append({line,
                tr("%n value(s) after the last column of the header, kept in the notes", nullptr, int(extra.size())),
                ImportProblem::Kind::ExtraValues});
        }
    }
    // The middle name joins the given name: never dropped, so "Ali Bora Khan" is not "Ali Cem Khan". A full
    // name, used only without given and family names, holds it already.
    if (!middleName.isEmpty() && (!c.firstName.isEmpty() || !c.lastName.isEmpty() || fullName.isEmpty())
        && !c.firstName.endsWith(QLatin1Char(' ') + middleName, Qt::CaseInsensitive))
        c.firstName = c.firstName.isEmpty() ? middleName : c.firstName + QLatin1Char(' ') + middleName;
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
        && c.phones.isEmpty() && c.linkedinUrl.isEmpty()) {
        if (m_dialect == CsvDialect::LinkedIn && connectedOnly)
            return ImportProblem {line,
                tr("LinkedIn hides the details of this member: the row holds only the date you connected"),
                ImportProblem::Kind::HiddenMember};
        return ImportProblem {line,
            tr("the row identifies nobody: it has no name, organisation, e-mail, phone "
               "or profile URL")};
    }
    appendNoteLines(&c.notes, record->noteLines);
    return std::nullopt;
}

bool CsvContactMapping::appendNoteLines(QString* notes, const QStringList& lines)
{
    bool changed = false;
    for (const QString& line : lines) {
        // Once: a line the notes already hold, on a line of its own, is not added again.
        const bool present = notes->split(QLatin1Char('\n')).contains(line);
        if (present)
            continue;
        if (!notes->isEmpty())
            notes->append(QLatin1Char('\n'));
        notes->append(line);
        changed = true;
    }
    return changed;
}

} // namespace Rapport
