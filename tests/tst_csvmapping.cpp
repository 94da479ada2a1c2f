#include "CsvContactMapping.h"
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
        QCOMPARE(maya.notes, QStringLiteral("Met at ASBMB 2023.\nAsk about freelance pieces."));
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
        QCOMPARE(tomas.firstName, QStringLiteral("Tomás"));
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
        QCOMPARE(helen.notes, QStringLiteral("Postdoc advisor"));
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
        QCOMPARE(chloe.notes, QStringLiteral("Introduced by Helen"));
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
        const auto tooFew = mapping.toRecord(split("A|B|u"), 9, &record);
        QVERIFY(tooFew);
        QCOMPARE(tooFew->line, 9);
        QVERIFY2(tooFew->message.contains(QLatin1String("7")) && tooFew->message.contains(QLatin1String("3")),
            qPrintable(tooFew->message));
        const auto badDate = mapping.toRecord(split("A|B|u|||x|31 Feb 2024"), 10, &record);
        QVERIFY(badDate);
        QCOMPARE(badDate->line, 10);
        QVERIFY2(badDate->message.contains(QLatin1String("31 Feb 2024")), qPrintable(badDate->message));
        const auto nameless = mapping.toRecord(split("||||| Title only|"), 11, &record);
        QVERIFY(nameless);
        QCOMPARE(nameless->line, 11);
        QVERIFY(!mapping.toRecord(split("A|B|u|||x|"), 12, &record)); // no date is fine
        QVERIFY(!record.contact.connectedOn.isValid());
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
