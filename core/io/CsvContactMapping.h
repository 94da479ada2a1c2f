// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Rapport {

// The CSV dialects Rapport recognises from their header row.
enum class CsvDialect { LinkedIn, GoogleCurrent, GoogleLegacy, OutlookWeb, OutlookDesktop, Generic };

// What a column means for a contact.
enum class ContactField {
    Ignored,
    FirstName,
    LastName,
    FullName,
    Organization,
    Title,
    Email, // label in ColumnRole::label
    EmailLabel, // the label of the e-mail column with the same group number (Google)
    Phone,
    PhoneLabel,
    LinkedinUrl,
    Website, // kept only when it is a LinkedIn profile
    City,
    Region,
    Location,
    Notes,
    Tags, // split on ColumnRole::separator
    ConnectedOn,
    ReferredBy,
    // Kept as "Column: value" in the notes: the default for a column Rapport has no field for, so
    // nothing is dropped unless the user chooses to ignore it. Last, so saved presets keep their numbers.
    KeepInNotes,
    // Joins the given name ("Ali" and "Bora" make "Ali Bora"): Contact has no field of its own for
    // it, and two people who differ only in it are two people.
    MiddleName,
};

struct ColumnRole {
    ContactField field = ContactField::Ignored;
    QString label; // e-mail/phone label ("work", "mobile"...)
    QString separator; // for tags
    int group = 0; // pairs "E-mail 2 - Label" with "E-mail 2 - Value"
};

// How the columns of one CSV header map onto contact fields, and how a row becomes an
// ImportRecord. Built automatically from the header; the wizard may change column roles.
class CsvContactMapping
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::CsvContactMapping)

public:
    // Recognises a header row; nullopt when it is not a header of a dialect we know
    // (Generic matches any header with at least a name, organisation or e-mail column).
    static std::optional<CsvDialect> recognize(const QStringList& header);
    static QString dialectName(CsvDialect dialect);
    static QString dialectKey(CsvDialect dialect); // linkedin, google, outlook, csv
    static CsvContactMapping forHeader(CsvDialect dialect, const QStringList& header);
    // The roles a user can pick in the wizard, with their names.
    static QList<ContactField> assignableFields();
    static QString fieldName(ContactField field);

    CsvDialect dialect() const { return m_dialect; }
    QStringList header() const { return m_header; }
    QList<ColumnRole> roles() const { return m_roles; }
    void setRole(int column, const ColumnRole& role);
    // True when some column gives a name, organisation, e-mail, phone or profile URL.
    bool isUsable() const;

    // Turns one data row into a record, or returns why the row is skipped (it identifies nobody).
    // Values that cannot be read are left empty, kept in the notes and listed in record->fieldProblems.
    std::optional<ImportProblem> toRecord(const QStringList& fields, int line, ImportRecord* record) const;

    // Appends each "Column: value" line the notes do not hold yet; true when one was added.
    static bool appendNoteLines(QString* notes, const QStringList& lines);

    // The dates exports write (CsvDate), whatever the locale.
    static QDate parseDate(const QString& text);

private:
    CsvDialect m_dialect = CsvDialect::Generic;
    QStringList m_header;
    QList<ColumnRole> m_roles;
};

} // namespace Rapport
