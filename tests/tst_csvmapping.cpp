// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvContactMapping.h"
#include "CsvDate.h"
#include "ImportSource.h"

#include <QLocale>
#include <QTest>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::CsvDialect)
Q_DECLARE_METATYPE(Rapport::TextDecoder::Encoding)

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/import/") + QString::fromUtf8(name);
}

struct Read {
    QList<ImportRecord> records;
    QList<ImportProblem> problems;
};

Read readFixture(const char* name, ImportSource* source = nullptr)
{
    ImportSource local;
    ImportSource& s = source ? *source : local;
    ImportProblem problem;
    if (!s.open(fixture(name), ImportFormat::Auto, &problem))
        qWarning("%s:%d: %s", name, problem.line, qPrintable(problem.message));
    Read read;
    s.forEach(
        [&read](ImportRecord&& r) {
            read.records.append(std::move(r));
            return true;
        },
        [&read](const ImportProblem& p) { read.problems.append(p); });
    return read;
}

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

LabeledValue lv(const char* label, const char* value)
{
    return {QString::fromUtf8(label), QString::fromUtf8(value)};
}

} // namespace

class TestCsvMapping : public QObject
{
    Q_OBJECT

private slots:
    void recognizesEachExport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvDialect>("dialect");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<TextDecoder::Encoding>("encoding");
        QTest::addColumn<QChar>("delimiter");
        using E = TextDecoder::Encoding;
        QTest::newRow("linkedin, 3 preamble lines")
            << fixture("linkedin_connections.csv") << CsvDialect::LinkedIn << 4 << E::Utf8WithBom << QChar(u',');
        QTest::newRow("linkedin, no preamble")
            << fixture("linkedin_no_preamble.csv") << CsvDialect::LinkedIn << 1 << E::Utf8 << QChar(u',');
        QTest::newRow("linkedin, 5 preamble lines")
            << fixture("linkedin_long_preamble.csv") << CsvDialect::LinkedIn << 6 << E::Utf8WithBom << QChar(u',');
        QTest::newRow("linkedin, no URL")
            << fixture("linkedin_old_no_url.csv") << CsvDialect::LinkedIn << 1 << E::Utf8 << QChar(u',');
        QTest::newRow("google") << fixture("google_current.csv") << CsvDialect::GoogleCurrent << 1 << E::Utf8
                                << QChar(u',');
        QTest::newRow("google, one e-mail group")
            << fixture("google_current_one_email.csv") << CsvDialect::GoogleCurrent << 1 << E::Utf8 << QChar(u',');
        QTest::newRow("google legacy") << fixture("google_legacy.csv") << CsvDialect::GoogleLegacy << 1 << E::Utf8
                                       << QChar(u',');
        QTest::newRow("outlook.com") << fixture("outlook_web.csv") << CsvDialect::OutlookWeb << 1 << E::Utf8
                                     << QChar(u',');
        QTest::newRow("outlook desktop, utf-16 le")
            << fixture("outlook_desktop_utf16le.csv") << CsvDialect::OutlookDesktop << 1 << E::Utf16LittleEndian
            << QChar(u',');
        QTest::newRow("outlook desktop, utf-16 be")
            << fixture("outlook_desktop_utf16be.csv") << CsvDialect::OutlookDesktop << 1 << E::Utf16BigEndian
            << QChar(u',');
        QTest::newRow("excel, windows-1252, semicolons")
            << fixture("windows1252_semicolon.csv") << CsvDialect::Generic << 1 << E::Windows1252 << QChar(u';');
    }

    void recognizesEachExport()
    {
        QFETCH(QString, file);
        QFETCH(CsvDialect, dialect);
        QFETCH(int, headerLine);
        QFETCH(TextDecoder::Encoding, encoding);
        QFETCH(QChar, delimiter);
        ImportSource source;
        ImportProblem problem;
        QVERIFY2(source.open(file, ImportFormat::Auto, &problem), qPrintable(problem.message));
        QCOMPARE(source.mapping().dialect(), dialect);
        QCOMPARE(source.headerLine(), headerLine);
        QCOMPARE(source.encoding(), encoding);
        QCOMPARE(source.delimiter(), delimiter);
    }

    void recognizesHeadersAlone_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("dialect"); // -1: not recognised
        QTest::newRow("linkedin") << QStringLiteral(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On")
                                  << int(CsvDialect::LinkedIn);
        QTest::newRow("linkedin with BOM in the first name")
            << QStringLiteral("\uFEFFFirst Name,Last Name,Email Address,Company,Position,Connected On")
            << int(CsvDialect::LinkedIn);
        QTest::newRow("generic") << QStringLiteral("Name,E-mail,Organisation") << int(CsvDialect::Generic);
        QTest::newRow("unknown") << QStringLiteral("foo,bar,baz") << -1;
        QTest::newRow("linkedin notes line") << QStringLiteral("Notes:") << -1;
    }

    void recognizesHeadersAlone()
    {
        QFETCH(QString, header);
        QFETCH(int, dialect);
        const auto recognized = CsvContactMapping::recognize(header.split(QLatin1Char(',')));
        QCOMPARE(recognized ? int(*recognized) : -1, dialect);
    }

    void mapsLinkedIn()
    {
        const Read read = readFixture("linkedin_connections.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 3);
        const Contact& samir = read.records.at(0).contact;
        QCOMPARE(samir.firstName, QStringLiteral("Samir"));
        QCOMPARE(samir.lastName, QStringLiteral("Haddad"));
        QCOMPARE(samir.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/samir-haddad"));
        QCOMPARE(samir.organization, QStringLiteral("Meridian Therapeutics"));
        QCOMPARE(samir.title, QStringLiteral("Associate Director, Translational Biology"));
        QCOMPARE(samir.connectedOn, QDate(2024, 3, 15));
        QVERIFY(samir.emails.isEmpty());
        QCOMPARE(samir.source, QStringLiteral("linkedin"));
        QCOMPARE(read.records.at(0).line, 5);
        const Contact& zoe = read.records.at(1).contact;
        QCOMPARE(zoe.firstName, QStringLiteral("Zoë"));
        QCOMPARE(zoe.lastName, QStringLiteral("Nguyễn"));
        QCOMPARE(zoe.emails, (QList<LabeledValue> {lv("", "zoe@example.org")}));
        QCOMPARE(zoe.connectedOn, QDate(2023, 1, 2));
        QVERIFY(read.records.at(2).contact.organization.isEmpty());
    }

    void mapsLinkedInAfterALongPreamble()
    {
        const Read read = readFixture("linkedin_long_preamble.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).line, 7);
        QCOMPARE(read.records.at(1).contact.connectedOn, QDate(2022, 11, 7));
    }

    void mapsOldLinkedInWithoutUrl()
    {
        const Read read = readFixture("linkedin_old_no_url.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        QVERIFY(read.records.at(0).contact.linkedinUrl.isEmpty());
        QCOMPARE(read.records.at(0).contact.emails.first().value, QStringLiteral("samir.haddad@example.com"));
        QCOMPARE(read.records.at(1).contact.title, QStringLiteral("Program Manager, Digital"));
        QCOMPARE(read.records.at(1).contact.connectedOn, QDate(2018, 8, 21));
    }

    void mapsGoogle()
    {
        const Read read = readFixture("google_current.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 3);
        const Contact& maya = read.records.at(0).contact;
        QCOMPARE(maya.organization, QStringLiteral("Beacon Science Journal"));
        QCOMPARE(maya.title, QStringLiteral("Senior Editor"));
        QCOMPARE(maya.notes,
            QStringLiteral("Met at ASBMB 2023.\nAsk about freelance pieces.\nAddress 1 - Label: Work\n"
                           "Address 1 - Formatted: Stockholm, Sweden\nAddress 1 - Country: Sweden"));
        // "* myContacts" is Google's own group; "* Work" loses its star.
        QCOMPARE(maya.tags, split("Mentors|Science writing"));
        QCOMPARE(maya.emails,
            (QList<LabeledValue> {lv("work", "maya@beacon.example"), lv("home", "maya.l@example.org"),
                lv("home", "maya.lindqvist@example.net")}));
        QCOMPARE(maya.phones, (QList<LabeledValue> {lv("mobile", "+46 70 123 4567"), lv("work", "+46 8 555 0100")}));
        QCOMPARE(maya.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/maya-lindqvist/"));
        QCOMPARE(maya.location, QStringLiteral("Stockholm, Stockholm County"));
        QCOMPARE(maya.source, QStringLiteral("google"));

        const Contact& tomas = read.records.at(1).contact;
        QCOMPARE(tomas.firstName, QStringLiteral("Tomás J.")); // the middle name joins the given name
        QCOMPARE(tomas.lastName, QStringLiteral("O'Neill"));
        QCOMPARE(tomas.emails, (QList<LabeledValue> {lv("other", "tomas@oneill.example")}));
        QVERIFY(tomas.tags.isEmpty());
        QVERIFY(tomas.linkedinUrl.isEmpty()); // a blog is not a profile
        QCOMPARE(read.records.at(1).line, 4); // Maya's notes span two lines

        const Contact& lab = read.records.at(2).contact;
        QVERIFY(lab.firstName.isEmpty());
        QCOMPARE(lab.organization, QStringLiteral("Open Climate Lab"));
        QCOMPARE(lab.tags, split("Organisations"));
    }

    void mapsGoogleWithOtherGroupCounts()
    {
        const Read read = readFixture("google_current_one_email.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 1);
        const Contact& ines = read.records.first().contact;
        QCOMPARE(ines.emails, (QList<LabeledValue> {lv("work", "ines.duarte@pfizer.example")}));
        QCOMPARE(ines.phones, (QList<LabeledValue> {lv("mobile", "+351 91 234 5678")}));
        QCOMPARE(ines.tags, split("Referrals"));
    }

    void pairsGoogleLabelsWithTheirValues()
    {
        // One cell with several values may carry one label per value.
        const QStringList header = split("First Name|Last Name|Labels|E-mail 1 - Label|E-mail 1 - Value");
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::GoogleCurrent, header);
        ImportRecord record;
        QVERIFY(
            !mapping.toRecord(split("A|B|* myContacts|* Work ::: Home|a@work.example ::: a@home.example"), 2, &record));
        QCOMPARE(
            record.contact.emails, (QList<LabeledValue> {lv("work", "a@work.example"), lv("home", "a@home.example")}));
    }

    void mapsGoogleLegacy()
    {
        const Read read = readFixture("google_legacy.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const Contact& helen = read.records.at(0).contact;
        QCOMPARE(helen.firstName, QStringLiteral("Helen"));
        QCOMPARE(helen.lastName, QStringLiteral("Maybrey"));
        QCOMPARE(helen.organization, QStringLiteral("Northbridge University"));
        QCOMPARE(helen.title, QStringLiteral("Professor of Biology"));
        QCOMPARE(helen.tags, split("Academia"));
        QCOMPARE(helen.emails,
            (QList<LabeledValue> {lv("work", "h.maybrey@univ.example"), lv("home", "helen@maybrey.example")}));
        QCOMPARE(helen.phones, (QList<LabeledValue> {lv("mobile", "+1 617 555 0142")}));
        QCOMPARE(helen.location, QStringLiteral("Boston, MA"));
        QCOMPARE(helen.notes, QStringLiteral("Postdoc advisor\nName Prefix: Dr.")); // kept, not lost
        const Contact& kwame = read.records.at(1).contact;
        QCOMPARE(kwame.firstName, QStringLiteral("Kwame")); // from "Name" alone
        QCOMPARE(kwame.lastName, QStringLiteral("Mensah"));
        QCOMPARE(kwame.organization, QStringLiteral("Gates Foundation"));
        QVERIFY(kwame.tags.isEmpty());
    }

    void mapsOutlookCom()
    {
        const Read read = readFixture("outlook_web.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const Contact& chloe = read.records.at(0).contact;
        QCOMPARE(chloe.firstName, QStringLiteral("Chloé"));
        QCOMPARE(chloe.title, QStringLiteral("Research Director")); // "Title" is "Dr."
        QCOMPARE(chloe.organization, QStringLiteral("Inserm"));
        QCOMPARE(
            chloe.emails, (QList<LabeledValue> {lv("", "chloe.martin@example.fr"), lv("", "cmartin@inserm.example")}));
        QCOMPARE(
            chloe.phones, (QList<LabeledValue> {lv("work", "+33 1 44 55 66 77"), lv("mobile", "+33 6 12 34 56 78")}));
        QCOMPARE(chloe.location, QStringLiteral("Paris"));
        QCOMPARE(chloe.notes,
            QStringLiteral("Introduced by Helen\nTitle: Dr.\nDepartment: Immunology\nBusiness Country/Region: France"));
        QCOMPARE(chloe.source, QStringLiteral("outlook"));
        const Contact& raj = read.records.at(1).contact;
        QCOMPARE(raj.title, QStringLiteral("Product Manager"));
        QCOMPARE(raj.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/rajpatel"));
        // Only the home address is filled in; it is as good a location as the business one.
        QCOMPARE(raj.location, QStringLiteral("San Francisco, CA"));
    }

    void mapsOutlookDesktop()
    {
        ImportSource source;
        const Read read = readFixture("outlook_desktop_utf16le.csv", &source);
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(source.mapping().header().size(), 92);
        QCOMPARE(read.records.size(), 5);
        const Contact& helen = read.records.at(0).contact;
        QCOMPARE(helen.firstName, QStringLiteral("Helen"));
        QCOMPARE(helen.title, QStringLiteral("Professor"));
        QCOMPARE(helen.organization, QStringLiteral("Northbridge University"));
        QCOMPARE(helen.tags, split("Mentors|Academia"));
        QCOMPARE(helen.emails, (QList<LabeledValue> {lv("", "h.maybrey@univ.example")}));
        QCOMPARE(helen.phones, (QList<LabeledValue> {lv("work", "(617) 555-0142")}));
        QCOMPARE(helen.location, QStringLiteral("Boston, MA"));
        QVERIFY(read.records.at(0).referredBy.isEmpty());
        QCOMPARE(read.records.at(1).referredBy, split("Helen Maybrey"));
        QCOMPARE(read.records.at(2).contact.firstName, QStringLiteral("Léa"));
        QCOMPARE(read.records.at(2).contact.tags, split("Referrals|Pharma"));

        const Read bigEndian = readFixture("outlook_desktop_utf16be.csv");
        QCOMPARE(bigEndian.records.size(), 2);
        QCOMPARE(bigEndian.records.at(1).contact.phones, (QList<LabeledValue> {lv("mobile", "+1 212 555 0199")}));
    }

    // There is no field for a middle name: it joins the given name, never dropped, and a full name holds it already.
    void keepsTheMiddleName_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("last");
        QTest::newRow("outlook") << QByteArray("Title|First Name|Middle Name|Last Name|Suffix|Company|Job Title")
                                 << QByteArray("|Ali|Bora|Khan||Acme|Analyst") << QByteArray("Ali Bora")
                                 << QByteArray("Khan");
        QTest::newRow("google") << QByteArray("First Name|Middle Name|Last Name|Labels") << QByteArray("Ali|Bora|Khan|")
                                << QByteArray("Ali Bora") << QByteArray("Khan");
        QTest::newRow("google legacy") << QByteArray("Name|Given Name|Additional Name|Family Name|Group Membership")
                                       << QByteArray("Ali Bora Khan|Ali|Bora|Khan|") << QByteArray("Ali Bora")
                                       << QByteArray("Khan");
        QTest::newRow("middle column first")
            << QByteArray("Middle Name|First Name|Last Name|Email") << QByteArray("Bora|Ali|Khan|")
            << QByteArray("Ali Bora") << QByteArray("Khan");
        QTest::newRow("middle name only") << QByteArray("Middle Name|Last Name|Email") << QByteArray("Bora|Khan|")
                                          << QByteArray("Bora") << QByteArray("Khan");
        QTest::newRow("full name holds it") << QByteArray("Name|Middle Name|Email") << QByteArray("Ali Bora Khan|Bora|")
                                            << QByteArray("Ali Bora") << QByteArray("Khan");
        QTest::newRow("already in the given name")
            << QByteArray("First Name|Middle Name|Last Name|Email") << QByteArray("Ali Bora|Bora|Khan|")
            << QByteArray("Ali Bora") << QByteArray("Khan");
        QTest::newRow("german") << QByteArray("Vorname|Weitere Vornamen|Nachname|E-Mail")
                                << QByteArray("Ali|Bora|Khan|") << QByteArray("Ali Bora") << QByteArray("Khan");
    }

    void keepsTheMiddleName()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, row);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, last);
        const QStringList columns = split(header.constData());
        const auto dialect = CsvContactMapping::recognize(columns);
        QVERIFY(dialect);
        const auto mapping = CsvContactMapping::forHeader(*dialect, columns);
        ImportRecord record;
        QVERIFY(!mapping.toRecord(split(row.constData()), 2, &record));
        QCOMPARE(record.contact.firstName, QString::fromUtf8(first));
        QCOMPARE(record.contact.lastName, QString::fromUtf8(last));
        QVERIFY2(!record.contact.notes.contains(QStringLiteral("Middle")), qPrintable(record.contact.notes));
        QVERIFY(CsvContactMapping::assignableFields().contains(ContactField::MiddleName));
    }

    void dropsExchangeDirectoryPaths()
    {
        const QStringList header = split("Title|First Name|Middle Name|Last Name|Suffix|Company|Department|Job Title|"
                                         "E-mail Address|E-mail Type|E-mail 2 Address|E-mail 2 Type");
        QCOMPARE(CsvContactMapping::recognize(header), CsvDialect::OutlookDesktop);
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::OutlookDesktop, header);
        ImportRecord record;
        QVERIFY(!mapping.toRecord(split("|Ann||Lee||Contoso||Analyst|/o=ExchangeLabs/ou=Exchange Administrative Group "
                                        "(FYDIBOHF23SPDLT)/cn=Recipients/cn=ann|EX|ann@contoso.example|SMTP"),
            2, &record));
        QCOMPARE(record.contact.emails, (QList<LabeledValue> {lv("", "ann@contoso.example")}));
    }

    void mapsWindows1252()
    {
        const Read read = readFixture("windows1252_semicolon.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const Contact& chloe = read.records.at(0).contact;
        QCOMPARE(chloe.firstName, QStringLiteral("Chloé"));
        QCOMPARE(chloe.organization, QStringLiteral("Société Générale"));
        QCOMPARE(chloe.notes, QStringLiteral("Budget €500, “ask about the rotation”"));
        QCOMPARE(read.records.at(1).contact.lastName, QStringLiteral("Núñez"));
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("linkedin") << QStringLiteral("15 Mar 2024") << QDate(2024, 3, 15);
        QTest::newRow("one digit day") << QStringLiteral("2 Jan 2023") << QDate(2023, 1, 2);
        QTest::newRow("zero-padded") << QStringLiteral("02 Jan 2023") << QDate(2023, 1, 2);
        QTest::newRow("september") << QStringLiteral("30 Sep 2021") << QDate(2021, 9, 30);
        QTest::newRow("full month") << QStringLiteral("30 September 2021") << QDate(2021, 9, 30);
        QTest::newRow("iso") << QStringLiteral("2024-03-15") << QDate(2024, 3, 15);
        QTest::newRow("month first") << QStringLiteral("Mar 15, 2024") << QDate(2024, 3, 15);
        QTest::newRow("spaces around") << QStringLiteral(" 15 Mar 2024 ") << QDate(2024, 3, 15);
        QTest::newRow("no such day") << QStringLiteral("31 Feb 2024") << QDate();
        QTest::newRow("no such month") << QStringLiteral("15 Foo 2024") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
        QTest::newRow("german") << QStringLiteral("15 Mär 2024") << QDate();
        // Older LinkedIn exports: month/day/two-digit year and a time.
        QTest::newRow("old linkedin") << QStringLiteral("1/8/18, 6:14 PM") << QDate(2018, 1, 8);
        QTest::newRow("old linkedin, last century") << QStringLiteral("12/25/99, 9:05 AM") << QDate(1999, 12, 25);
        QTest::newRow("24-hour time") << QStringLiteral("3/4/2021 18:14:05") << QDate(2021, 3, 4);
        QTest::newRow("day above 12 first") << QStringLiteral("13/8/2018") << QDate(2018, 8, 13);
        QTest::newRow("dotted is day first") << QStringLiteral("8.1.2018") << QDate(2018, 1, 8);
        QTest::newRow("iso with a time") << QStringLiteral("2024-03-15 18:14") << QDate(2024, 3, 15);
        QTest::newRow("month 13 and day 13") << QStringLiteral("13/13/18") << QDate();
        QTest::newRow("mixed separators") << QStringLiteral("1/8.18") << QDate();
        QTest::newRow("a time alone") << QStringLiteral("6:14 PM") << QDate();
    }

    void windowsTwoDigitYearsOnTheClock_data()
    {
        QTest::addColumn<int>("twoDigits");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("year");
        QTest::newRow("this year") << 24 << QDate(2024, 6, 1) << 2024;
        QTest::newRow("next year is the past century") << 25 << QDate(2024, 6, 1) << 1925;
        QTest::newRow("zero") << 0 << QDate(2024, 6, 1) << 2000;
        QTest::newRow("ninety-nine") << 99 << QDate(2024, 6, 1) << 1999;
        QTest::newRow("a later century") << 5 << QDate(2101, 1, 1) << 2005;
        QTest::newRow("a later century, this year") << 1 << QDate(2101, 1, 1) << 2101;
    }

    void windowsTwoDigitYearsOnTheClock()
    {
        QFETCH(int, twoDigits);
        QFETCH(QDate, today);
        QFETCH(int, year);
        QCOMPARE(CsvDate::fullYear(twoDigits, today), year);
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        // English month names whatever the locale.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDate parsed = CsvContactMapping::parseDate(text);
        QLocale::setDefault(before);
        QCOMPARE(parsed, date);
    }

    void reportsRowProblems()
    {
        const QStringList header = split("First Name|Last Name|URL|Email Address|Company|Position|Connected On");
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::LinkedIn, header);
        ImportRecord record;
        // A short row is read with empty cells at its end.
        QVERIFY(!mapping.toRecord(split("A|B|u"), 9, &record));
        QCOMPARE(record.contact.linkedinUrl, QStringLiteral("u"));
        QVERIFY(record.fieldProblems.isEmpty());
        // An unreadable date is left empty, kept in the notes and listed; the row is imported.
        QVERIFY(!mapping.toRecord(split("A|B|u|||x|31 Feb 2024"), 10, &record));
        QVERIFY(!record.contact.connectedOn.isValid());
        QCOMPARE(record.contact.notes, QStringLiteral("Connected On: 31 Feb 2024"));
        QCOMPARE(record.fieldProblems.size(), 1);
        QCOMPARE(record.fieldProblems.first().line, 10);
        QCOMPARE(record.fieldProblems.first().kind, ImportProblem::Kind::Field);
        QVERIFY2(record.fieldProblems.first().message.contains(QLatin1String("31 Feb 2024"))
                && record.fieldProblems.first().message.contains(QLatin1String("Connected On")),
            qPrintable(record.fieldProblems.first().message));
        // A title identifies nobody: the row is skipped with that reason.
        const auto nameless = mapping.toRecord(split("||||| Title only|"), 11, &record);
        QVERIFY(nameless);
        QCOMPARE(nameless->line, 11);
        QCOMPARE(nameless->kind, ImportProblem::Kind::Row);
        QVERIFY(!mapping.toRecord(split("A|B|u|||x|"), 12, &record)); // no date is fine
        QVERIFY(!record.contact.connectedOn.isValid());
        QVERIFY(record.contact.notes.isEmpty());
    }

    void tellsHiddenLinkedInMembersApart()
    {
        const QStringList header = split("First Name|Last Name|URL|Email Address|Company|Position|Connected On");
        const auto linkedIn = CsvContactMapping::forHeader(CsvDialect::LinkedIn, header);
        ImportRecord record;
        const auto hidden = linkedIn.toRecord(split("||||||18 Sep 2016"), 7, &record);
        QVERIFY(hidden);
        QCOMPARE(hidden->kind, ImportProblem::Kind::HiddenMember);
        QCOMPARE(hidden->line, 7);
        QVERIFY2(hidden->message.contains(QLatin1String("LinkedIn")), qPrintable(hidden->message));
        // A position without a name is not what LinkedIn writes for a hidden member.
        const auto other = linkedIn.toRecord(split("|||||Title only|18 Sep 2016"), 8, &record);
        QVERIFY(other);
        QCOMPARE(other->kind, ImportProblem::Kind::Row);
        // The same shape in another dialect is a plain row problem.
        const auto generic = CsvContactMapping::forHeader(CsvDialect::Generic, header);
        QCOMPARE(generic.toRecord(split("||||||18 Sep 2016"), 9, &record)->kind, ImportProblem::Kind::Row);
    }

    void readsRowsOfAnyLength()
    {
        Read read = readFixture("hand_edited_short_rows.csv");
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).contact.emails, (QList<LabeledValue> {lv("", "ann@example.com")}));
        QVERIFY(read.records.at(0).contact.organization.isEmpty());
        QCOMPARE(read.records.at(1).contact.notes, QStringLiteral("hi")); // two empty cells too many: nothing to say
        QVERIFY(read.records.at(1).fieldProblems.isEmpty());
        // A cell with text past the header is kept in the notes and reported.
        QCOMPARE(read.records.at(2).contact.notes, QStringLiteral("(after the last column): surplus"));
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.first().line, 4);
        QCOMPARE(read.problems.first().kind, ImportProblem::Kind::ExtraValues);

        read = readFixture("thunderbird.csv"); // one comma more than the header on every row
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
    }

    void readsOldLinkedInDatesWithoutUrl()
    {
        ImportSource source;
        const Read read = readFixture("linkedin_old_us_dates.csv", &source);
        QCOMPARE(source.mapping().dialect(), CsvDialect::LinkedIn);
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).contact.connectedOn, QDate(2018, 1, 8));
        QCOMPARE(read.records.at(1).contact.connectedOn, QDate(1999, 12, 25));
        QCOMPARE(read.records.at(1).contact.title, QStringLiteral("Program Manager, Digital"));
        QVERIFY(!read.records.at(2).contact.connectedOn.isValid());
        QCOMPARE(read.records.at(2).contact.notes, QStringLiteral("Connected On: sometime in 2019"));
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.first().line, 4);
    }

    void mapsMailClientColumns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("label");
        const auto email = int(ContactField::Email);
        const auto phone = int(ContactField::Phone);
        const auto notes = int(ContactField::KeepInNotes);
        QTest::newRow("thunderbird primary") << QStringLiteral("Primary Email") << email << QStringLiteral("");
        QTest::newRow("thunderbird secondary") << QStringLiteral("Secondary Email") << email << QStringLiteral("");
        QTest::newRow("thunderbird work phone") << QStringLiteral("Work Phone") << phone << QStringLiteral("work");
        QTest::newRow("thunderbird home phone") << QStringLiteral("Home Phone") << phone << QStringLiteral("home");
        QTest::newRow("thunderbird mobile") << QStringLiteral("Mobile Number") << phone << QStringLiteral("mobile");
        QTest::newRow("thunderbird fax") << QStringLiteral("Fax Number") << phone << QStringLiteral("fax");
        QTest::newRow("thunderbird pager") << QStringLiteral("Pager Number") << phone << QStringLiteral("pager");
        QTest::newRow("outlook business 2") << QStringLiteral("Business Phone 2") << phone << QStringLiteral("work");
        QTest::newRow("outlook home 2") << QStringLiteral("Home Phone 2") << phone << QStringLiteral("home");
        QTest::newRow("outlook business fax") << QStringLiteral("Business Fax") << phone << QStringLiteral("fax");
        QTest::newRow("outlook assistant")
            << QStringLiteral("Assistant's Phone") << phone << QStringLiteral("assistant");
        QTest::newRow("outlook tty") << QStringLiteral("TTY/TDD Phone") << phone << QStringLiteral("tty");
        QTest::newRow("outlook e-mail 3") << QStringLiteral("E-mail 3 Address") << email << QStringLiteral("");
        QTest::newRow("outlook e-mail type")
            << QStringLiteral("E-mail 2 Type") << int(ContactField::Ignored) << QStringLiteral("");
        QTest::newRow("email home") << QStringLiteral("Email Home") << email << QStringLiteral("home");
        QTest::newRow("email work") << QStringLiteral("Email Work") << email << QStringLiteral("work");
        QTest::newRow("email other") << QStringLiteral("Email Other") << email << QStringLiteral("other");
        QTest::newRow("work e-mail") << QStringLiteral("Work E-mail") << email << QStringLiteral("work");
        QTest::newRow("personal email") << QStringLiteral("Personal Email") << email << QStringLiteral("home");
        QTest::newRow("apple email") << QStringLiteral("Email (home)") << email << QStringLiteral("home");
        QTest::newRow("apple phone") << QStringLiteral("Phone (iPhone)") << phone << QStringLiteral("mobile");
        QTest::newRow("roundcube") << QStringLiteral("Phone: Mobile") << phone << QStringLiteral("mobile");
        QTest::newRow("email 2") << QStringLiteral("Email 2") << email << QStringLiteral("");
        QTest::newRow("cell") << QStringLiteral("Cell") << phone << QStringLiteral("mobile");
        QTest::newRow("not an address") << QStringLiteral("Email Opt Out") << notes << QStringLiteral("");
        QTest::newRow("not a phone") << QStringLiteral("Phone Notes") << notes << QStringLiteral("");
        QTest::newRow("mobile e-mail is no kind") << QStringLiteral("Mobile Email") << notes << QStringLiteral("");
        QTest::newRow("unknown") << QStringLiteral("Birthday") << notes << QStringLiteral("");
    }

    void mapsMailClientColumns()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QFETCH(QString, label);
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::Generic, {QStringLiteral("Name"), header});
        QCOMPARE(int(mapping.roles().at(1).field), field);
        QCOMPARE(mapping.roles().at(1).label, label);
    }

    void keepsEveryMailClientAddressAndPhone()
    {
        ImportSource source;
        Read read = readFixture("thunderbird.csv", &source);
        QCOMPARE(read.records.size(), 2);
        const Contact& ada = read.records.at(0).contact;
        QCOMPARE(ada.emails, (QList<LabeledValue> {lv("", "ada@example.org"), lv("", "ada@engines.example")}));
        QCOMPARE(ada.phones,
            (QList<LabeledValue> {lv("work", "+44 20 7946 0001"), lv("home", "+44 20 7946 0002"),
                lv("fax", "+44 20 7946 0003"), lv("mobile", "+44 7700 900001")}));
        QCOMPARE(ada.title, QStringLiteral("Analyst"));
        QCOMPARE(ada.organization, QStringLiteral("Babbage & Co"));
        QCOMPARE(ada.location, QStringLiteral("London"));
        // What no field holds is in the notes, after the user's own.
        QCOMPARE(ada.notes.split(QLatin1Char('\n')),
            split("Met at the Royal Society|Nickname: Countess|Work Country: UK|Department: Engines|"
                  "Web Page 1: https://ada.example|Birth Year: 1815"));
        QCOMPARE(read.records.at(0).notedColumns, split("Nickname|Work Country|Department|Web Page 1|Birth Year"));
        QCOMPARE(read.records.at(1).contact.firstName, QStringLiteral("Help"));

        read = readFixture("outlook_all_columns.csv", &source);
        QCOMPARE(read.records.size(), 1);
        const Contact& chloe = read.records.first().contact;
        QCOMPARE(chloe.emails,
            (QList<LabeledValue> {
                lv("", "chloe.martin@example.fr"), lv("", "cmartin@inserm.example"), lv("", "chloe@home.example")}));
        QCOMPARE(chloe.phones.size(), 7);
        QVERIFY(chloe.phones.contains(lv("work", "+33 1 44 55 66 78")));
        QVERIFY(chloe.phones.contains(lv("home", "+33 1 40 00 00 02")));
        QVERIFY(chloe.phones.contains(lv("pager", "+33 6 00 00 00 00")));
        QCOMPARE(chloe.title, QStringLiteral("Research Director"));
        // Outlook's defaults (0/0/00, Normal, Unspecified, False) say nothing; the honorific is kept.
        QCOMPARE(chloe.notes, QStringLiteral("Title: Dr."));
    }

    void takesJobTitleOverTitle()
    {
        const Read read = readFixture("mail_client_labels.csv");
        QCOMPARE(read.records.size(), 1);
        const Contact& grace = read.records.first().contact;
        QCOMPARE(grace.title, QStringLiteral("Computer Scientist"));
        QCOMPARE(grace.emails,
            (QList<LabeledValue> {lv("home", "grace@home.example"), lv("work", "grace@navy.example"),
                lv("other", "g@other.example"), lv("work", "grace.w@navy.example")}));
        QCOMPARE(grace.phones,
            (QList<LabeledValue> {lv("mobile", "+1 555 0100"), lv("mobile", "+1 555 0101"), lv("home", "+1 555 0102"),
                lv("work", "+1 555 0103"), lv("mobile", "+1 555 0104")}));
        QCOMPARE(grace.notes.split(QLatin1Char('\n')), split("Title: RADM|Email Opt Out: No"));
        // The same header order with the job first: still the job.
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::Generic, split("Job Title|Title|Name"));
        QCOMPARE(mapping.roles().at(0).field, ContactField::Title);
        QCOMPARE(mapping.roles().at(1).field, ContactField::KeepInNotes);
    }

    void importsAGoogleContactWithOnlyAPhone()
    {
        const Read read = readFixture("google_phone_only.csv");
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const Contact& ana = read.records.at(0).contact;
        QCOMPARE(ana.emails, (QList<LabeledValue> {lv("work", "ana@acme.example"), lv("home", "ana@home.example")}));
        QCOMPARE(ana.phones, (QList<LabeledValue> {lv("mobile", "+1 555 0199"), lv("work", "+1 555 0300")}));
        QCOMPARE(ana.notes, QStringLiteral("Birthday: 1990-04-01"));
        QCOMPARE(read.records.at(1).contact.phones, (QList<LabeledValue> {lv("mobile", "+1 555 0123")}));
    }

    void addsANoteLineOnce()
    {
        QString notes = QStringLiteral("Mine\nBirthday: 1990");
        QVERIFY(!CsvContactMapping::appendNoteLines(&notes, split("Birthday: 1990")));
        QCOMPARE(notes, QStringLiteral("Mine\nBirthday: 1990"));
        QVERIFY(CsvContactMapping::appendNoteLines(&notes, split("Birthday: 1990|Nickname: Bo")));
        QCOMPARE(notes, QStringLiteral("Mine\nBirthday: 1990\nNickname: Bo"));
        // Only a whole line counts: a longer line that starts the same is another line.
        QString other = QStringLiteral("Birthday: 1990-04-01");
        QVERIFY(CsvContactMapping::appendNoteLines(&other, split("Birthday: 1990")));
        QString empty;
        QVERIFY(CsvContactMapping::appendNoteLines(&empty, split("A: b")));
        QCOMPARE(empty, QStringLiteral("A: b"));
    }

    void mapsGenericColumnsByName()
    {
        const QStringList header = split("Full Name|E-mail|Organisation|Job Title|Tags|Mobile|LinkedIn|City");
        QCOMPARE(CsvContactMapping::recognize(header), CsvDialect::Generic);
        const auto mapping = CsvContactMapping::forHeader(CsvDialect::Generic, header);
        ImportRecord record;
        QVERIFY(!mapping.toRecord(split("Mary Anne Jones|mary@example.com|Acme|CTO|a, b,A|555|"
                                        "https://linkedin.com/in/mj|Leeds"),
            2, &record));
        const Contact& c = record.contact;
        QCOMPARE(c.firstName, QStringLiteral("Mary Anne"));
        QCOMPARE(c.lastName, QStringLiteral("Jones"));
        QCOMPARE(c.title, QStringLiteral("CTO"));
        QCOMPARE(c.tags, split("a|b"));
        QCOMPARE(c.phones, (QList<LabeledValue> {lv("mobile", "555")}));
        QCOMPARE(c.location, QStringLiteral("Leeds"));
        QCOMPARE(c.source, QStringLiteral("csv"));
    }

    void letsTheUserChangeARole()
    {
        const QStringList header = split("Who|Where");
        QVERIFY(!CsvContactMapping::recognize(header));
        auto mapping = CsvContactMapping::forHeader(CsvDialect::Generic, header);
        QVERIFY(!mapping.isUsable());
        mapping.setRole(0, {ContactField::FullName, {}, {}, 0});
        mapping.setRole(1, {ContactField::Tags, {}, {}, 0}); // a tags column without a separator splits on commas
        mapping.setRole(7, {ContactField::Notes, {}, {}, 0}); // out of range: ignored
        QVERIFY(mapping.isUsable());
        ImportRecord record;
        QVERIFY(!mapping.toRecord(split("Cher|x,y"), 2, &record));
        QCOMPARE(record.contact.firstName, QStringLiteral("Cher"));
        QCOMPARE(record.contact.tags, split("x|y"));
    }
};

QTEST_GUILESS_MAIN(TestCsvMapping)
#include "tst_csvmapping.moc"
