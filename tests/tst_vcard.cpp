// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"
#include "ContactLoader.h"
#include "ContactStore.h"
#include "ImportSource.h"
#include "TestSupport.h"
#include "VCardReader.h"
#include "VCardWriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::VCardWriter::Version)

namespace {

struct ReadResult {
    QList<ImportRecord> records;
    QStringList problems; // "LINE: message", easy to compare and to read in a failure
};

ReadResult readText(const QString& text)
{
    ReadResult result;
    const QList<ImportProblem> problems
        = VCardReader::read(text, [&](ImportRecord&& record) { result.records.append(std::move(record)); });
    for (const ImportProblem& p : problems)
        result.problems.append(QString::number(p.line)
            + (p.isWarning() ? QStringLiteral(": warning: ") : QStringLiteral(": ")) + p.message);
    return result;
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/vcard/") + name;
}

// Reads a file the way an import does: encoding and format detected, bytes mended, then the reader.
struct FileResult : ReadResult {
    bool opened = false;
    bool isVCard = false;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
};

FileResult readFile(const QString& path)
{
    FileResult result;
    ImportSource source;
    ImportProblem openProblem;
    result.opened = source.open(path, ImportFormat::Auto, &openProblem);
    if (!result.opened) {
        result.problems.append(QString::number(openProblem.line) + QStringLiteral(": ") + openProblem.message);
        return result;
    }
    result.isVCard = source.isVCard();
    result.encoding = source.encoding();
    source.forEach(
        [&](ImportRecord&& record) {
            result.records.append(std::move(record));
            return true;
        },
        [&](const ImportProblem& p) {
            result.problems.append(QString::number(p.line)
                + (p.isWarning() ? QStringLiteral(": warning: ") : QStringLiteral(": ")) + p.message);
        });
    return result;
}

QByteArray utf16WithoutBom(const QString& text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

// Every field of a read contact on one line each, to compare two reads of the same cards.
QString describe(const ImportRecord& record)
{
    const Contact& c = record.contact;
    const auto values = [](const QList<LabeledValue>& list) {
        QStringList parts;
        for (const LabeledValue& v : list)
            parts.append(v.label + QLatin1Char('=') + v.value);
        return parts.join(QLatin1Char('|'));
    };
    return QStringList {c.uuid, c.firstName, c.lastName, c.organization, c.title, values(c.emails), values(c.phones),
        c.linkedinUrl, c.location, c.tags.join(QLatin1Char('|')), c.notes, record.referredBy.join(QLatin1Char('|')),
        record.formattedName}
        .join(QLatin1Char('\n'));
}

QString fixture(const QString& name)
{
    QFile file(QStringLiteral(RAPPORT_TEST_DATA "/vcard/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// A card's notes: its NOTE, then the lines kept for values that have no field.
QString notesWith(const QString& note, const QStringList& lines)
{
    return note + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QStringList split(const char* lines)
{
    return QString::fromUtf8(lines).split(QLatin1Char('|'));
}

QString problem(int line, const char* message)
{
    return QString::number(line) + QStringLiteral(": ") + QString::fromUtf8(message);
}

QString warning(int line, const char* message)
{
    return QString::number(line) + QStringLiteral(": warning: ") + QString::fromUtf8(message);
}

LabeledValue labeled(const char* label, const QString& value)
{
    return {QString::fromUtf8(label), value};
}

// Folds the way RFC 6350 writers do, at a fixed number of characters, to build inputs.
QString foldEvery(const QString& line, int width, const QString& lineEnd)
{
    QString result = line.left(width);
    for (qsizetype pos = width; pos < line.size(); pos += width - 1)
        result += lineEnd + QLatin1Char(' ') + line.mid(pos, width - 1);
    return result;
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

// Physical lines of writer output, with the check that every line ends in CRLF and nothing else breaks a line.
QList<QByteArray> physicalLines(const QByteArray& output)
{
    if (!output.endsWith("\r\n")) {
        qWarning("output does not end with CRLF");
        return {};
    }
    QList<QByteArray> lines = output.chopped(2).split('\n');
    for (QByteArray& line : lines) {
        if (&line != &lines.last()) {
            if (!line.endsWith('\r'))
                qWarning("a bare LF in the output");
            line.chop(1);
        }
        if (line.contains('\r'))
            qWarning("a bare CR in the output");
    }
    return lines;
}

QString uuid1()
{
    return QStringLiteral("7d444840-9dc0-11d1-b245-5ffdce74fad2");
}

QList<Contact> trickyContacts()
{
    Contact a;
    a.id = 1;
    a.uuid = uuid1();
    a.firstName = QStringLiteral("Zoë");
    a.lastName = QStringLiteral("O'Brien-Nguyễn; Jr, \\ the 2nd");
    a.organization = QStringLiteral("Smith, Jones; Partners \\ Co.");
    a.title = QStringLiteral("Senior Vice-President, Research; Å") + QString(180, QChar(u'é'));
    a.emails = {labeled("work", QStringLiteral("zoe@smith-jones.example")),
        labeled("home", QStringLiteral("zoe.n@example.org"))};
    a.phones = {labeled("mobile", QStringLiteral("+1 617 555 0101")),
        labeled("work", QStringLiteral("+1 (617) 555-0199")), labeled("home", QStringLiteral("555-0100"))};
    a.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/zoe-o-brien?trk=a,b;c");
    a.location = QStringLiteral("Cambridge, MA; USA");
    a.tags = {
        QStringLiteral("a,b"), QStringLiteral("semi;colon"), QStringLiteral("back\\slash"), QStringLiteral("🎉 party")};
    a.notes = QStringLiteral(
        "Line one\nLine two; with, punctuation \\n is not a newline\\\n\n"
        "emoji 🧪🔬👩🏽‍🔬 and Arabic: مرحبا بالعالم\nend: \"quoted\" <b>x</b>");

    Contact b;
    b.id = 2;
    b.uuid = QStringLiteral("03a0e51f-d1aa-4385-8a53-e29025acd8af");
    b.firstName = QStringLiteral("ليلى");
    b.lastName = QStringLiteral("فاروق");
    b.organization = QStringLiteral("شركة هالسيون");
    b.title = QString(200, QChar(u'x'));
    b.notes = QString(120, QChar(u'ع')) + QStringLiteral("😀");
    b.emails = {labeled("other", QStringLiteral("leila@example.eg"))};

    Contact organisationOnly;
    organisationOnly.id = 3;
    organisationOnly.organization = QStringLiteral("Acme Robotics");

    Contact emailOnly;
    emailOnly.id = 4;
    emailOnly.emails = {labeled("work", QStringLiteral("someone@example.com"))};

    Contact emoji;
    emoji.id = 5;
    emoji.uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    emoji.firstName = QString(40, QChar(u'x')) + QStringLiteral("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉");
    emoji.lastName = QStringLiteral("Ω");
    return {a, b, organisationOnly, emailOnly, emoji};
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeVCard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("plain") << QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n") << true;
        QTest::newRow("lower case, blank lines first") << QStringLiteral("\n  \r\nbegin:vcard\n") << true;
        QTest::newRow("byte order mark") << QStringLiteral("\uFEFFBEGIN:VCARD\n") << true;
        QTest::newRow("csv") << QStringLiteral("First Name,Last Name\nBEGIN:VCARD\n") << false;
        QTest::newRow("calendar") << QStringLiteral("BEGIN:VCALENDAR\n") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void looksLikeVCard()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(VCardReader::looksLikeVCard(text), expected);
    }

    void readsVersion21QuotedPrintable()
    {
        const ReadResult r = readText(fixture(QStringLiteral("v21-quoted-printable.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);

        const ImportRecord& zoe = r.records[0];
        QCOMPARE(zoe.line, 1);
        QCOMPARE(zoe.contact.firstName, QStringLiteral("Zoë"));
        QCOMPARE(zoe.contact.lastName, QStringLiteral("Dubois"));
        QCOMPARE(zoe.contact.organization, QStringLiteral("Institut Pasteur"));
        QCOMPARE(zoe.contact.title, QStringLiteral("Chargée de recherche"));
        QCOMPARE(zoe.contact.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+33 6 12 34 56 78")),
                labeled("work", QStringLiteral("+33 1 45 68 80 00"))}));
        QCOMPARE(zoe.contact.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("zoe.dubois@pasteur.example")),
                labeled("home", QStringLiteral("zoe@example.fr"))}));
        // A soft line break joins "séminaire " and "de"; =0D=0A is a line break in the note.
        QCOMPARE(zoe.contact.notes,
            notesWith(QStringLiteral("Rencontrée au séminaire de virologie.\nSuggested I talk to Marc."),
                split("Department: Virologie|Address (home): 12 rue de l’Abbaye, Paris, Île-de-France 75006, France")));
        QCOMPARE(zoe.contact.location, QStringLiteral("Paris, Île-de-France"));
        QCOMPARE(zoe.contact.source, QStringLiteral("vcard"));
        QVERIFY(zoe.contact.uuid.isEmpty());

        const ImportRecord& chidi = r.records[1];
        QCOMPARE(chidi.line, 20);
        QCOMPARE(chidi.contact.firstName, QStringLiteral("Chidi"));
        QCOMPARE(chidi.contact.lastName, QStringLiteral("Okafor"));
        QCOMPARE(chidi.contact.phones, (QList<LabeledValue> {labeled("home", QStringLiteral("555-0100"))}));
        // No charset and not UTF-8: the bytes are Latin-1.
        QCOMPARE(chidi.contact.notes, QStringLiteral("Café owner, still runs the café"));
    }

    void readsGoogleVersion30()
    {
        const ReadResult r = readText(fixture(QStringLiteral("google-v3.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);

        const Contact& samir = r.records[0].contact;
        QCOMPARE(samir.firstName, QStringLiteral("Samir"));
        QCOMPARE(samir.lastName, QStringLiteral("Haddad"));
        QCOMPARE(samir.organization, QStringLiteral("Pfizer"));
        QCOMPARE(samir.title, QStringLiteral("Director, Medical Affairs"));
        QCOMPARE(samir.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("samir.haddad@pfizer.example")),
                labeled("personal", QStringLiteral("samir@haddad.example"))}));
        QCOMPARE(samir.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+1 212 555 0199")),
                labeled("work", QStringLiteral("+1 212 555 0100"))}));
        QCOMPARE(samir.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/samir-haddad"));
        QCOMPARE(samir.location, QStringLiteral("New York, NY"));
        QCOMPARE(samir.notes,
            notesWith(QStringLiteral("Referred by Dr. Maybrey.\nAsk about MSL roles; bring a CV."),
                split("Address (work): 235 E 42nd St, New York, NY 10017, US|Department: Medical Affairs|"
                      "Website: http://samir.example.com")));
        QCOMPARE(samir.tags, (QStringList {QStringLiteral("Industry"), QStringLiteral("MSL")}));

        // A company's card repeats ORG as FN: that is not a person's name.
        const ImportRecord& acme = r.records[1];
        QCOMPARE(acme.line, 23);
        QCOMPARE(acme.contact.organization, QStringLiteral("Acme Robotics"));
        QVERIFY(acme.contact.firstName.isEmpty());
        QVERIFY(acme.contact.lastName.isEmpty());
        QCOMPARE(acme.contact.emails, (QList<LabeledValue> {labeled("", QStringLiteral("hello@acme.example"))}));
    }

    void readsVersion40WithUidAndRelated()
    {
        const ReadResult r = readText(fixture(QStringLiteral("v4-related.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);

        const ImportRecord& leila = r.records[0];
        QCOMPARE(leila.contact.uuid, QStringLiteral("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
        QCOMPARE(leila.contact.firstName, QStringLiteral("Leila"));
        QCOMPARE(leila.contact.lastName, QStringLiteral("Farouk"));
        QCOMPARE(leila.contact.title,
            QStringLiteral("Head of Translational Research and Strategic Partnerships for the Eastern Region"));
        QCOMPARE(leila.contact.phones, (QList<LabeledValue> {labeled("mobile", QStringLiteral("+1-617-555-0142"))}));
        QCOMPARE(leila.contact.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("leila.farouk@halcyon.example"))}));
        QCOMPARE(leila.contact.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/leila-farouk"));
        QCOMPARE(leila.contact.tags, (QStringList {QStringLiteral("biotech"), QStringLiteral("policy, science")}));
        QCOMPARE(leila.contact.location, QStringLiteral("Boston area")); // ours wins over ADR
        QCOMPARE(leila.contact.notes,
            notesWith(QStringLiteral("Met at BIO 2024."),
                split("Name prefix: Dr.|Name suffix: PhD|Related (spouse): Omar Farouk|"
                      "Address (work): 1 Kendall Sq, Cambridge, MA 02139, USA")));
        // The urn:uuid referral is passed on for the importer to resolve; a spouse and a URI are no referrers.
        QCOMPARE(leila.referredBy.size(), 2);
        QVERIFY(leila.referredBy.contains(QStringLiteral("Dr. Maybrey")));
        QCOMPARE(leila.referredBy.filter(QStringLiteral("urn:uuid:")).size(), 1);

        const ImportRecord& arabic = r.records[1];
        QCOMPARE(arabic.line, 24);
        QCOMPARE(arabic.contact.uuid, QStringLiteral("03a0e51f-d1aa-4385-8a53-e29025acd8af"));
        QCOMPARE(arabic.contact.firstName, QStringLiteral("ليلى"));
        QCOMPARE(arabic.contact.lastName, QStringLiteral("فاروق"));
        QCOMPARE(
            arabic.contact.notes, notesWith(QStringLiteral("مرحبا 👋 \n🧪 lab"), split("Address: Egypt")));
        QVERIFY(arabic.contact.location.isEmpty());
    }

    void lineEndsAndFolding_data()
    {
        QTest::addColumn<QString>("text");
        const QString card = QStringLiteral("BEGIN:VCARD@VERSION:3.0@N:Doe;Jane;;;@ORG:Acme@END:VCARD@");
        QTest::newRow("CRLF") << QString(card).replace(QLatin1Char('@'), QStringLiteral("\r\n"));
        QTest::newRow("LF") << QString(card).replace(QLatin1Char('@'), QStringLiteral("\n"));
        QTest::newRow("CR") << QString(card).replace(QLatin1Char('@'), QStringLiteral("\r"));
        QTest::newRow("no final line end") << QStringLiteral("BEGIN:VCARD\nN:Doe;Jane\nORG:Acme\nEND:VCARD");
        QTest::newRow("folded with space, CRLF")
            << QStringLiteral("BEGIN:VCARD\r\nN:D\r\n oe;Ja\r\n ne;;;\r\nO\r\n RG:Acme\r\nEND:VCARD\r\n");
        QTest::newRow("folded with tab, LF")
            << QStringLiteral("BEGIN:VCARD\nN:Doe;\n\tJane\nORG:Ac\n\tme\nEND:VCARD\n");
        QTest::newRow("lower-case names and group prefix")
            << QStringLiteral("begin:vcard\nitem7.n:Doe;Jane\nx.org:Acme\nend:vcard\n");
        QTest::newRow("byte order mark and blank lines")
            << QStringLiteral("\uFEFF\n\nBEGIN:VCARD\n\nN:Doe;Jane\n   \nORG:Acme\nEND:VCARD\n\n");
    }

    void lineEndsAndFolding()
    {
        QFETCH(QString, text);
        const ReadResult r = readText(text);
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.firstName, QStringLiteral("Jane"));
        QCOMPARE(r.records[0].contact.lastName, QStringLiteral("Doe"));
        QCOMPARE(r.records[0].contact.organization, QStringLiteral("Acme"));
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("expectedNotes");
        QTest::addColumn<QString>("expectedOrganization");
        QTest::addColumn<QStringList>("expectedTags");
        QTest::newRow("comma, semicolon, backslash")
            << QStringLiteral("NOTE:a\\, b\\; c\\\\d") << QStringLiteral("a, b; c\\d") << QString() << QStringList();
        QTest::newRow("newlines n and N") << QStringLiteral("NOTE:one\\ntwo\\Nthree")
                                          << QStringLiteral("one\ntwo\nthree") << QString() << QStringList();
        QTest::newRow("Google's escaped colon") << QStringLiteral("NOTE:see http\\://x.example")
                                                << QStringLiteral("see http://x.example") << QString() << QStringList();
        // An escape RFC 6350 does not define stands for the character itself: the backslash is no text.
        QTest::newRow("escaped quote") << QStringLiteral("NOTE:She said \\\"go\\\" \\(twice\\)")
                                       << QStringLiteral("She said \"go\" (twice)") << QString() << QStringList();
        QTest::newRow("unknown escapes") << QStringLiteral("NOTE:\\a\\t\\é\\ \\'") << QStringLiteral("até '")
                                         << QString() << QStringList();
        QTest::newRow("unknown escape in a quoted-printable 3.0 value")
            << QStringLiteral("NOTE;ENCODING=QUOTED-PRINTABLE:=5C=22x=5C=22") << QStringLiteral("\"x\"") << QString()
            << QStringList();
        // vCard 2.1 has no backslash escapes but "\;": there a backslash is text (a Windows path in a note).
        QTest::newRow("2.1 keeps an unknown escape") << QStringLiteral("VERSION:2.1\nNOTE:C:\\temp\\x \\; y")
                                                     << QStringLiteral("C:\\temp\\x ; y") << QString() << QStringList();
        QTest::newRow("escaped backslash before n") << QStringLiteral("NOTE:not a \\\\n break")
                                                    << QStringLiteral("not a \\n break") << QString() << QStringList();
        QTest::newRow("trailing backslash")
            << QStringLiteral("NOTE:end\\") << QStringLiteral("end\\") << QString() << QStringList();
        QTest::newRow("ORG keeps escaped semicolon, department to the notes")
            << QStringLiteral("ORG:Smith\\; Jones\\, LLP;Tax") << QStringLiteral("Department: Tax")
            << QStringLiteral("Smith; Jones, LLP") << QStringList();
        QTest::newRow("CATEGORIES split on unescaped commas")
            << QStringLiteral("CATEGORIES:a\\,b,c\\;d, e ,,e") << QString() << QString()
            << QStringList {QStringLiteral("a,b"), QStringLiteral("c;d"), QStringLiteral("e")};
    }

    void escapes()
    {
        QFETCH(QString, property);
        QFETCH(QString, expectedNotes);
        QFETCH(QString, expectedOrganization);
        QFETCH(QStringList, expectedTags);
        const ReadResult r
            = readText(QStringLiteral("BEGIN:VCARD\nFN:X\n") + property + QStringLiteral("\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.notes, expectedNotes);
        QCOMPARE(r.records[0].contact.organization, expectedOrganization);
        QCOMPARE(r.records[0].contact.tags, expectedTags);
    }

    void fieldMapping_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* lines, const char* field, const QString& expected) {
            QTest::newRow(name) << QString::fromUtf8(lines) << QString::fromUtf8(field) << expected;
        };
        row("FN split when N is missing", "FN:Mary Ann Smith", "first", QStringLiteral("Mary Ann"));
        row("FN split, family", "FN:Mary Ann Smith", "last", QStringLiteral("Smith"));
        row("FN single word", "FN:Prince", "first", QStringLiteral("Prince"));
        row("FN used when N is empty", "N:;;;;\nFN:Ada Lovelace", "last", QStringLiteral("Lovelace"));
        row("N wins over FN", "N:Curie;Marie\nFN:Madame Curie", "first", QStringLiteral("Marie"));
        // Additional names join the given name: never dropped, so Ali Bora Khan is not Ali Cem Khan.
        row("N middle name", "N:Khan;Ali;Bora;;\nFN:Ali Khan", "first", QStringLiteral("Ali Bora"));
        row("N middle name, family", "N:Khan;Ali;Bora;;", "last", QStringLiteral("Khan"));
        row("N two middle names", "N:Khan;Ali;Bora,Cem;Dr.;", "first", QStringLiteral("Ali Bora Cem"));
        row("N middle name only", "N:Khan;;Bora;;", "first", QStringLiteral("Bora"));
        row("FN equal to e-mail is no name", "FN:a@b.example\nEMAIL:a@b.example", "first", QString());
        row("email 2.1 bare types", "FN:X\nEMAIL;PREF;INTERNET;HOME:h@x.example", "emailLabel", QStringLiteral("home"));
        row("email only internet", "FN:X\nEMAIL;TYPE=INTERNET:i@x.example", "emailLabel", QString());
        row("email other type", "FN:X\nEMAIL;TYPE=internet,school:s@x.example", "emailLabel", QStringLiteral("school"));
        row("email upper-case work", "FN:X\nEMAIL;TYPE=WORK,INTERNET:w@x.example", "emailLabel",
            QStringLiteral("work"));
        row("email mailto", "FN:X\nEMAIL:mailto:m@x.example", "email", QStringLiteral("m@x.example"));
        row("tel mobile", "FN:X\nTEL;TYPE=mobile:1", "telLabel", QStringLiteral("mobile"));
        row("tel voice,work", "FN:X\nTEL;TYPE=voice,work:1", "telLabel", QStringLiteral("work"));
        row("tel fax", "FN:X\nTEL;TYPE=FAX:1", "telLabel", QStringLiteral("fax"));
        row("tel pref only", "FN:X\nTEL;TYPE=pref:1", "telLabel", QString());
        row("URL not LinkedIn", "FN:X\nURL:https://example.com/me", "linkedin", QString());
        row("second URL is LinkedIn", "FN:X\nURL:https://example.com\nURL:https://LinkedIn.com/in/x", "linkedin",
            QStringLiteral("https://LinkedIn.com/in/x"));
        row("UID plain", "FN:X\nUID:7D444840-9DC0-11D1-B245-5FFDCE74FAD2", "uuid", uuid1());
        row("UID braced", "FN:X\nUID:{7d444840-9dc0-11d1-b245-5ffdce74fad2}", "uuid", uuid1());
        row("UID urn", "FN:X\nUID:URN:UUID:7d444840-9dc0-11d1-b245-5ffdce74fad2", "uuid", uuid1());
        row("UID not a UUID", "FN:X\nUID:1234@google.example", "uuid", QString());
        row("UID with trailing text", "FN:X\nUID:7d444840-9dc0-11d1-b245-5ffdce74fad2x", "uuid", QString());
        row("ADR city only", "FN:X\nADR:;;1 Main St;Springfield;;;", "location", QStringLiteral("Springfield"));
        row("ADR region only", "FN:X\nADR:;;;;Bavaria", "location", QStringLiteral("Bavaria"));
        row("ADR short", "FN:X\nADR:;;Main St", "location", QString());
        row("RELATED text referrer", "FN:X\nRELATED;VALUE=text:Jane Roe", "referredBy", QStringLiteral("Jane Roe"));
        row("RELATED name without VALUE", "FN:X\nRELATED:Jane Roe", "referredBy", QStringLiteral("Jane Roe"));
        row("X-RELATED urn kept as a uuid reference", "FN:X\nX-RELATED:urn:uuid:7D444840-9dc0-11d1-b245-5ffdce74fad2",
            "referredBy", QStringLiteral("urn:uuid:7d444840-9dc0-11d1-b245-5ffdce74fad2"));
        row("RELATED child ignored", "FN:X\nRELATED;TYPE=child;VALUE=text:Kid", "referredBy", QString());
        row("charset ISO-8859-1", "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Zo=EB", "first",
            QStringLiteral("Zoë"));
        row("undecodable quoted-printable is lenient", "FN;ENCODING=QUOTED-PRINTABLE:Bad=ZZ=4", "first",
            QStringLiteral("Bad=ZZ=4"));
        row("quoted-printable line break", "FN:X\nNOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=0Dc", "notes",
            QStringLiteral("a\nb\nc"));
        row("colon in quoted parameter", "FN:X\nNOTE;X-P=\"a:b\":after", "notes", QStringLiteral("after"));
        row("two notes", "FN:X\nNOTE:one\nNOTE:two", "notes", QStringLiteral("one\n\ntwo"));
        row("unknown properties are fine", "FN:X\nX-FOO;BAR=\"baz\":1\nKEY;ENCODING=b:AAAA\nSOUND:x\nLOGO:y\nGEO:1,2",
            "first", QStringLiteral("X"));
        row("2.1 unindented base64 photo", "FN:X\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\nSkZJRgABAQ==\n\nTITLE:T",
            "title", QStringLiteral("T"));
    }

    void fieldMapping()
    {
        QFETCH(QString, lines);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const ReadResult r = readText(QStringLiteral("BEGIN:VCARD\n") + lines + QStringLiteral("\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const ImportRecord& record = r.records[0];
        const Contact& c = record.contact;
        const QHash<QString, QString> values {
            {QStringLiteral("first"), c.firstName},
            {QStringLiteral("last"), c.lastName},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("email"), c.emails.value(0).value},
            {QStringLiteral("emailLabel"), c.emails.value(0).label},
            {QStringLiteral("telLabel"), c.phones.value(0).label},
            {QStringLiteral("linkedin"), c.linkedinUrl},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("location"), c.location},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("referredBy"), record.referredBy.join(QLatin1Char('|'))},
        };
        QVERIFY2(values.contains(field), qPrintable(field));
        QCOMPARE(values.value(field), expected);
    }

    void longNote_data()
    {
        QTest::addColumn<QString>("lineEnd");
        QTest::addColumn<int>("width");
        QTest::newRow("folded CRLF") << QStringLiteral("\r\n") << 75;
        QTest::newRow("folded LF") << QStringLiteral("\n") << 60;
        QTest::newRow("one line") << QStringLiteral("\n") << 100000;
    }

    void longNote()
    {
        QFETCH(QString, lineEnd);
        QFETCH(int, width);
        QString note;
        for (int i = 0; note.size() < 5000; ++i)
            note += QStringLiteral("Sentence %1 about lab-to-industry moves, ünïcode; ").arg(i);
        note.truncate(5000);
        QString escaped = note;
        escaped.replace(QLatin1Char(';'), QStringLiteral("\\;"));
        const QString text = QStringLiteral("BEGIN:VCARD") + lineEnd + QStringLiteral("FN:Long Note") + lineEnd
            + foldEvery(QStringLiteral("NOTE:") + escaped, width, lineEnd) + lineEnd + QStringLiteral("END:VCARD")
            + lineEnd + QStringLiteral("BEGIN:VCARD") + lineEnd + QStringLiteral("FN:Next") + lineEnd
            + QStringLiteral("END:VCARD") + lineEnd;
        const ReadResult r = readText(text);
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0].contact.notes.size(), 5000);
        QCOMPARE(r.records[0].contact.notes, note);
        QCOMPARE(r.records[1].line, int(text.count(QLatin1Char('\n'))) - 2);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expectedProblems");
        QTest::addColumn<QStringList>("expectedNames");
        const char* noCards = "no vCards found";
        const char* unterminated = "unterminated vCard: missing END:VCARD";
        const char* strayEnd = "END:VCARD without BEGIN:VCARD";
        const char* anonymous = "vCard has no name, organisation or e-mail";
        const char* noColon = "vCard line has no ':' between the property name and its value; the line is skipped";
        QTest::newRow("empty") << QString() << QStringList {problem(0, noCards)} << QStringList();
        QTest::newRow("blank lines") << QStringLiteral("\n\r\n  \n") << QStringList {problem(0, noCards)}
                                     << QStringList();
        QTest::newRow("not a vCard") << QStringLiteral("Name,Email\nJane,j@x.example\n")
                                     << QStringList {problem(0, noCards)} << QStringList();
        QTest::newRow("missing END at end of input")
            << QStringLiteral("BEGIN:VCARD\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n")
            << QStringList {problem(5, unterminated)} << QStringList {QStringLiteral("A")};
        QTest::newRow("missing END before the next card")
            << QStringLiteral("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n")
            << QStringList {problem(1, unterminated)} << QStringList {QStringLiteral("B")};
        QTest::newRow("END without BEGIN") << QStringLiteral("BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n")
                                           << QStringList {problem(4, strayEnd)} << QStringList {QStringLiteral("A")};
        QTest::newRow("only an END") << QStringLiteral("\r\nEND:VCARD\r\n")
                                     << QStringList {problem(0, noCards), problem(2, strayEnd)} << QStringList();
        QTest::newRow("no name, organisation or e-mail")
            << QStringLiteral(
                   "BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN: \nTEL:1\nEND:VCARD\n")
            << QStringList {problem(4, anonymous)} << QStringList {QStringLiteral("A")};
        QTest::newRow("line without colon")
            << QStringLiteral("BEGIN:VCARD\nFN:A\nthis line has no colon\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD")
            << QStringList {warning(3, noColon)} << QStringList {QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("folded line without colon reports its first line")
            << QStringLiteral("BEGIN:VCARD\r\nFN:A\r\n\r\nNOTE\r\n continued\r\nEND:VCARD\r\n")
            << QStringList {warning(4, noColon)} << QStringList {QStringLiteral("A")};
        QTest::newRow("several problems in line order")
            << QStringLiteral("END:VCARD\nBEGIN:VCARD\nFN:A\nbroken\nEND:VCARD\nBEGIN:VCARD\nEND:VCARD\nBEGIN:VCARD\n")
            << QStringList {problem(1, strayEnd), warning(4, noColon), problem(6, anonymous), problem(8, unterminated)}
            << QStringList {QStringLiteral("A")};
        QTest::newRow("a card of one broken line is still a card without a name")
            << QStringLiteral("BEGIN:VCARD\nFN\nEND:VCARD\n")
            << QStringList {problem(1, anonymous), warning(2, noColon)} << QStringList();
        QTest::newRow("2.1 AGENT nests a card") << QStringLiteral(
            "BEGIN:VCARD\nFN:Boss\nAGENT:\nBEGIN:VCARD\nFN:Assistant\nEND:VCARD\nTITLE:CEO\n"
            "END:VCARD\n") << QStringList() << QStringList {QStringLiteral("Boss")};
        QTest::newRow("soft line break never swallows END")
            << QStringLiteral("BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:A=\nEND:VCARD\n") << QStringList()
            << QStringList {QStringLiteral("A")};
        QTest::newRow("text between cards is ignored")
            << QStringLiteral("From: someone\n\nBEGIN:VCARD\nFN:A\nEND:VCARD\n-- \nsignature\n") << QStringList()
            << QStringList {QStringLiteral("A")};
    }

    void problems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expectedProblems);
        QFETCH(QStringList, expectedNames);
        const ReadResult r = readText(text);
        QCOMPARE(r.problems, expectedProblems);
        QStringList names;
        for (const ImportRecord& record : r.records)
            names.append(record.contact.firstName);
        QCOMPARE(names, expectedNames);
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lone equals") << QStringLiteral("BEGIN:VCARD\nN;QUOTED-PRINTABLE:=\n=\n=\n");
        QTest::newRow("unbalanced quote") << QStringLiteral("BEGIN:VCARD\nN;TYPE=\"a:b;c\nEND:VCARD\n");
        QTest::newRow("only separators") << QStringLiteral("BEGIN:VCARD\n:\n;\n;;:;;\n.:\n\\\nEND:VCARD");
        QTest::newRow("fold before any line") << QStringLiteral(" \n\tBEGIN:VCARD\n END:VCARD\n");
        QTest::newRow("nested agents") << QStringLiteral("BEGIN:VCARD\nAGENT:\nBEGIN:VCARD\nAGENT:\nBEGIN:VCARD\n");
        QTest::newRow("NUL and lone surrogate")
            << QStringLiteral("BEGIN:VCARD\nFN:") + QChar(0) + QChar(0xD800) + QStringLiteral("x\nEND:VCARD\n");
        QTest::newRow("many BEGINs") << QStringLiteral("BEGIN:VCARD\n").repeated(2000);
    }

    void hostileInputNeverCrashes()
    {
        QFETCH(QString, text);
        const ReadResult r = readText(text);
        QVERIFY(r.records.size() + r.problems.size() > 0);
    }

    void fuzzSeedsRead()
    {
        const QDir corpus(QStringLiteral(RAPPORT_TEST_DATA "/../fuzz/corpus/vcard"));
        const QStringList seeds = corpus.entryList(QDir::Files);
        QVERIFY(seeds.size() >= 5);
        for (const QString& seed : seeds) {
            QFile file(corpus.filePath(seed));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ReadResult r = readText(QString::fromUtf8(file.readAll()));
            QVERIFY2(!r.records.isEmpty(), qPrintable(seed));
        }
    }

    void writerLayout_data()
    {
        QTest::addColumn<VCardWriter::Version>("version");
        QTest::addColumn<QByteArray>("versionLine");
        QTest::addColumn<QByteArray>("uidLine");
        QTest::addColumn<QByteArray>("relatedLine");
        QTest::newRow("4.0") << VCardWriter::Version::V4 << QByteArray("VERSION:4.0")
                             << QByteArray("UID:urn:uuid:7d444840-9dc0-11d1-b245-5ffdce74fad2")
                             << QByteArray("RELATED;TYPE=contact:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af");
        QTest::newRow("3.0") << VCardWriter::Version::V3 << QByteArray("VERSION:3.0")
                             << QByteArray("UID:7d444840-9dc0-11d1-b245-5ffdce74fad2")
                             << QByteArray("X-RELATED;TYPE=contact:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af");
    }

    void writerLayout()
    {
        QFETCH(VCardWriter::Version, version);
        QFETCH(QByteArray, versionLine);
        QFETCH(QByteArray, uidLine);
        QFETCH(QByteArray, relatedLine);
        Contact c;
        c.id = 9;
        c.uuid = uuid1();
        c.firstName = QStringLiteral("Jane");
        c.lastName = QStringLiteral("Roe, Jr.");
        c.organization = QStringLiteral("A;B");
        c.emails = {labeled("work", QStringLiteral("j@x.example")), labeled("My \"main\"; one", QStringLiteral("m@x"))};
        c.phones = {labeled("mobile", QStringLiteral("1")), labeled("", QStringLiteral("2"))};
        c.location = QStringLiteral("Oslo");
        c.tags = {QStringLiteral("x,y"), QStringLiteral("z")};
        c.notes = QStringLiteral("a\r\nb");
        c.updatedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 15), QTimeZone::utc());
        const QByteArray out = VCardWriter::write({c},
            {{9, {QStringLiteral("03a0e51f-d1aa-4385-8a53-e29025acd8af")}}, {8, {QStringLiteral("ignored")}}}, version);
        const QList<QByteArray> lines = physicalLines(out);
        QVERIFY(lines.size() > 5);
        QCOMPARE(lines.first(), QByteArray("BEGIN:VCARD"));
        QCOMPARE(lines[1], versionLine);
        QCOMPARE(lines.last(), QByteArray("END:VCARD"));
        QVERIFY(lines.contains(uidLine));
        QVERIFY(lines.contains(relatedLine));
        QVERIFY(lines.contains(QByteArray("N:Roe\\, Jr.;Jane;;;")));
        QVERIFY(lines.contains(QByteArray("FN:Jane Roe\\, Jr.")));
        QVERIFY(lines.contains(QByteArray("ORG:A\\;B")));
        QVERIFY(lines.contains(QByteArray("EMAIL;TYPE=work:j@x.example")));
        QVERIFY(lines.contains(QByteArray("EMAIL;TYPE=\"My main one\":m@x")));
        QVERIFY(lines.contains(QByteArray("TEL;TYPE=cell:1")));
        QVERIFY(lines.contains(QByteArray("TEL:2")));
        QVERIFY(lines.contains(QByteArray("X-RAPPORT-LOCATION:Oslo")));
        QVERIFY(lines.contains(QByteArray("CATEGORIES:x\\,y,z")));
        QVERIFY(lines.contains(QByteArray("NOTE:a\\nb")));
        QVERIFY(!out.contains("ignored"));
        QVERIFY(out.contains("\r\nREV:2024"));

        const ReadResult r = readText(QString::fromUtf8(out));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.emails.value(1).label, QStringLiteral("my main one"));
        for (const QString& referrer : r.records[0].referredBy)
            QVERIFY(referrer.startsWith(QStringLiteral("urn:uuid:")));
    }

    void foldingKeepsUtf8Whole_data()
    {
        QTest::addColumn<int>("offset");
        for (int offset = 0; offset < 8; ++offset)
            QTest::addRow("offset %d", offset) << offset;
    }

    void foldingKeepsUtf8Whole()
    {
        QFETCH(int, offset);
        Contact c;
        c.firstName = QString(offset + 1, QLatin1Char('a'));
        c.title = QStringLiteral("é🎉").repeated(60) + QStringLiteral("ü中");
        const QByteArray out = VCardWriter::write({c}, {});
        int folded = 0;
        for (const QByteArray& line : physicalLines(out)) {
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(isValidUtf8(line), line.toHex().constData());
            folded += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folded >= 4);
        const ReadResult r = readText(QString::fromUtf8(out));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.title, c.title);
    }

    void roundTrip_data()
    {
        QTest::addColumn<VCardWriter::Version>("version");
        QTest::newRow("4.0") << VCardWriter::Version::V4;
        QTest::newRow("3.0") << VCardWriter::Version::V3;
    }

    void roundTrip()
    {
        QFETCH(VCardWriter::Version, version);
        const QList<Contact> contacts = trickyContacts();
        const QHash<qint64, QStringList> referrers {{1, {contacts[1].uuid}}, {2, {contacts[0].uuid, contacts[4].uuid}}};
        const QByteArray out = VCardWriter::write(contacts, referrers, version);

        QVERIFY(isValidUtf8(out));
        const QList<QByteArray> lines = physicalLines(out);
        QVERIFY(!lines.isEmpty());
        int folded = 0;
        for (const QByteArray& line : lines) {
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(isValidUtf8(line), line.constData());
            folded += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folded > 5); // the 200-character titles, notes and names had to fold
        QCOMPARE(out.count("BEGIN:VCARD\r\n"), contacts.size());
        QVERIFY(VCardReader::looksLikeVCard(QString::fromUtf8(out)));

        const ReadResult r = readText(QString::fromUtf8(out));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), contacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const Contact& expected = contacts[i];
            const Contact& read = r.records[i].contact;
            QCOMPARE(read.uuid, expected.uuid);
            QCOMPARE(read.firstName, expected.firstName);
            QCOMPARE(read.lastName, expected.lastName);
            QCOMPARE(read.organization, expected.organization);
            QCOMPARE(read.title, expected.title);
            QCOMPARE(read.emails, expected.emails);
            QCOMPARE(read.phones, expected.phones);
            QCOMPARE(read.linkedinUrl, expected.linkedinUrl);
            QCOMPARE(read.location, expected.location);
            QCOMPARE(read.tags, expected.tags);
            QCOMPARE(read.notes, expected.notes);
            QCOMPARE(read.source, QStringLiteral("vcard"));
            for (const QString& referrer : r.records[i].referredBy) // resolved by the importer
                QVERIFY(referrer.startsWith(QStringLiteral("urn:uuid:")));
        }
    }

    // ---- real exports: what a run on other apps' files found ----

    void malformedLineKeepsTheRestOfTheCard()
    {
        // A bare "FN" with no colon used to cost the card its e-mail and phones.
        const ReadResult r = readText(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Samir;;;\r\nFN\r\n"
                                                     "EMAIL;TYPE=WORK:samir@pfizer.example\r\nTEL;TYPE=CELL:+1 212 555 "
                                                     "0199\r\nORG:Pfizer\r\nEND:VCARD\r\n"));
        QCOMPARE(r.problems,
            QStringList {
                warning(4, "vCard line has no ':' between the property name and its value; the line is skipped")});
        QCOMPARE(r.records.size(), 1);
        const Contact& samir = r.records[0].contact;
        QCOMPARE(samir.firstName, QStringLiteral("Samir"));
        QCOMPARE(samir.lastName, QStringLiteral("Haddad"));
        QCOMPARE(samir.organization, QStringLiteral("Pfizer"));
        QCOMPARE(samir.emails, (QList<LabeledValue> {labeled("work", QStringLiteral("samir@pfizer.example"))}));
        QCOMPARE(samir.phones, (QList<LabeledValue> {labeled("mobile", QStringLiteral("+1 212 555 0199"))}));
    }

    void malformedLineIsAWarningThatRefusesNothing()
    {
        // Through the importer: the card is written, and the report names the line as a warning.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-line.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Samir;;;\r\nFN\r\nEMAIL:samir@pfizer.example\r\n"
                   "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Leila Farouk\r\nEND:VCARD\r\n");
        file.close();
        Test::TempNetwork net;
        const ImportReport report = ContactImporter::run(net.database, path, {});
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.invalid, 0);
        QCOMPARE(report.rows, 2);
        QCOMPARE(ContactImporter::problemLines(QStringLiteral("broken-line.vcf"), report),
            QStringList {QStringLiteral("broken-line.vcf:4: warning: vCard line has no ':' between the property name "
                                        "and its value; the line is skipped")});
    }

    void unknownEscapeIsTheCharacter()
    {
        // Writers escape quotes: "\"" is a quote, not a backslash and a quote.
        const ReadResult r = readText(QStringLiteral(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë \\\"Zee\\\" Dubois\nTITLE:Lead \\\"R&D\\\"\\, Europe\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.firstName, QStringLiteral("Zoë \"Zee\""));
        QCOMPARE(r.records[0].contact.lastName, QStringLiteral("Dubois"));
        QCOMPARE(r.records[0].contact.title, QStringLiteral("Lead \"R&D\", Europe"));
    }

    void utf16WithoutByteOrderMarkIsRead_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("name");
        QTest::newRow("little-endian .vcf") << true << QStringLiteral("contacts.vcf");
        QTest::newRow("big-endian .vcf") << false << QStringLiteral("contacts.vcf");
        QTest::newRow("little-endian .txt, by content") << true << QStringLiteral("contacts.txt");
    }

    void utf16WithoutByteOrderMarkIsRead()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(utf16WithoutBom(fixture(QStringLiteral("v4-related.vcf")), littleEndian));
        file.close();

        const FileResult r = readFile(path);
        QVERIFY2(r.opened, qPrintable(r.problems.join(u'\n')));
        QVERIFY(r.isVCard);
        QCOMPARE(r.encoding,
            littleEndian ? TextDecoder::Encoding::Utf16LittleEndian : TextDecoder::Encoding::Utf16BigEndian);
        QCOMPARE(r.problems, QStringList());
        const ReadResult expected = readText(fixture(QStringLiteral("v4-related.vcf")));
        QCOMPARE(r.records.size(), 2);
        for (qsizetype i = 0; i < r.records.size(); ++i)
            QCOMPARE(describe(r.records[i]), describe(expected.records[i]));
        QCOMPARE(r.records[1].contact.firstName, QStringLiteral("ليلى"));
    }

    void mendSplitCharacters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("two bytes, CRLF") << QByteArray("N:Zo\xC3\r\n \xAB;Ada\r\n")
                                         << QByteArray("N:Zo\xC3\xAB\r\n ;Ada\r\n");
        QTest::newRow("three bytes cut after two, LF and tab")
            << QByteArray("x\xE2\x82\n\t\xAC y") << QByteArray("x\xE2\x82\xAC\n\t y");
        QTest::newRow("three bytes cut after one, CR")
            << QByteArray("x\xE2\r \x82\xAC") << QByteArray("x\xE2\x82\xAC\r ");
        QTest::newRow("four bytes cut twice")
            << QByteArray("\xF0\x9F\r\n \x8E\r\n \x89!") << QByteArray("\xF0\x9F\x8E\x89\r\n \r\n !");
        QTest::newRow("whole characters are left alone")
            << QByteArray("Zo\xC3\xAB\r\n Nguy\xE1\xBB\x85n\r\n") << QByteArray("Zo\xC3\xAB\r\n Nguy\xE1\xBB\x85n\r\n");
        QTest::newRow("a line break that is no fold") << QByteArray("a\xC3\r\n\xAB") << QByteArray("a\xC3\r\n\xAB");
        QTest::newRow("Windows-1252 before a fold") << QByteArray("Chlo\xE9\r\n e") << QByteArray("Chlo\xE9\r\n e");
        QTest::newRow("a lead byte at the very end") << QByteArray("a\xC3\r\n ") << QByteArray("a\xC3\r\n ");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void mendSplitCharacters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        QCOMPARE(VCardReader::mendSplitCharacters(bytes), expected);
        QCOMPARE(VCardReader::mendSplitCharacters(bytes).count('\n'), bytes.count('\n')); // lines keep their numbers
    }

    void foldInsideACharacterKeepsUtf8()
    {
        // Folded at exactly 75 bytes, cutting "—", "à" and "🧪": the file is UTF-8 all the same.
        const FileResult r = readFile(fixturePath(QStringLiteral("folded-mid-character.vcf")));
        QVERIFY2(r.opened, qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf8);
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const Contact& zoe = r.records[0].contact;
        QCOMPARE(zoe.firstName, QStringLiteral("Zoë"));
        QCOMPARE(zoe.lastName, QStringLiteral("Nguyễn"));
        QCOMPARE(zoe.organization,
            QStringLiteral("Institut de recherches cliniques et fondamentales de Montréal ltée — Unité de biologie "
                           "structurée"));
        QCOMPARE(zoe.title,
            QStringLiteral("Chercheuse principale senior en biologie cellulaire et moléculaire à l'Université"));
        QCOMPARE(zoe.notes,
            QStringLiteral(
                "Rencontrée au café de l'IRCM mardi après le séminaire du CRCHUM 🧪 et bref c'était génial. "
                "Elle a quitté le postdoc pour l'industrie, chez Nguyễn & Associés, et recommande d'écrire "
                "à Élodie."));
        QCOMPARE(zoe.emails, (QList<LabeledValue> {labeled("work", QStringLiteral("zoe.nguyen@ircm.example"))}));
    }

    void randomFoldsReadTheSame_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"google-v3.vcf", "v4-related.vcf", "apple-contacts.vcf", "google-contacts.vcf",
                 "evolution.vcf", "kaddressbook.vcf", "folded-mid-character.vcf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void randomFoldsReadTheSame()
    {
        // Every line but BEGIN and END is folded again at random byte positions, inside multi-byte characters
        // too, with CRLF or LF and a space or a tab: the cards must read exactly as the file does.
        QFETCH(QString, name);
        const FileResult expected = readFile(fixturePath(name));
        QCOMPARE(expected.problems, QStringList());
        QVERIFY(!expected.records.isEmpty());

        // The file's logical lines, unfolded.
        QFile file(fixturePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(VCardReader::mendSplitCharacters(file.readAll()))
                                 .replace(QRegularExpression(QStringLiteral("\\r?\\n[ \\t]")), QString());
        const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);

        QTemporaryDir dir;
        QRandomGenerator random(20240315);
        int cutCharacters = 0;
        for (int round = 0; round < 40; ++round) {
            QByteArray folded;
            for (const QString& line : lines) {
                const QByteArray bytes = line.toUtf8();
                const bool boundary
                    = line.startsWith(QLatin1String("BEGIN:")) || line.startsWith(QLatin1String("END:"));
                qsizetype start = 0;
                while (!boundary && bytes.size() - start > 1 && random.bounded(3) != 0) {
                    // Half the cuts go inside a multi-byte character, where there is one to cut.
                    QList<qsizetype> inside;
                    for (qsizetype i = start + 1; i < bytes.size(); ++i)
                        if ((uchar(bytes[i]) & 0xC0) == 0x80)
                            inside.append(i);
                    const qsizetype cut = !inside.isEmpty() && random.bounded(2)
                        ? inside[random.bounded(int(inside.size()))]
                        : start + 1 + random.bounded(int(bytes.size() - start - 1));
                    cutCharacters += (uchar(bytes[cut]) & 0xC0) == 0x80 ? 1 : 0;
                    folded += bytes.sliced(start, cut - start) + (random.bounded(2) ? "\r\n" : "\n")
                        + (random.bounded(2) ? " " : "\t");
                    start = cut;
                }
                folded += bytes.sliced(start) + "\r\n";
            }
            const QString path = dir.filePath(QStringLiteral("round%1.vcf").arg(round));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(folded);
            out.close();
            const FileResult r = readFile(path);
            QCOMPARE(r.problems, QStringList());
            QCOMPARE(r.encoding, expected.encoding);
            QCOMPARE(r.records.size(), expected.records.size());
            for (qsizetype i = 0; i < r.records.size(); ++i)
                QCOMPARE(describe(r.records[i]), describe(expected.records[i]));
        }
        if (name != QLatin1String("google-v3.vcf")) // all ASCII but for its photo: nothing to cut there
            QVERIFY(cutCharacters > 0);
    }

    void vcfNameMakesAVCardFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("openProblem"); // empty when the file opens as a vCard file
        QTest::addColumn<int>("cards");
        const char* noBegin = "0: no BEGIN:VCARD found: this is not a vCard file, or it is damaged";
        // The damaged file of the report: read as CSV, its header was "VERSION:3.0" and a contact's e-mail "EMAIL".
        const QByteArray damaged
            = "VERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nEMAIL\r\nEMAIL;TYPE=WORK:jane@x.example\r\n"
              "END:VCARD\r\n";
        QTest::newRow("damaged .vcf") << QStringLiteral("damaged.vcf") << damaged << QString::fromUtf8(noBegin) << 0;
        QTest::newRow("damaged .VCARD") << QStringLiteral("damaged.VCARD") << damaged << QString::fromUtf8(noBegin)
                                        << 0;
        QTest::newRow("csv in a .vcf") << QStringLiteral("people.vcf")
                                       << QByteArray("First Name,Last Name,Email\r\nJane,Doe,jane@x.example\r\n")
                                       << QString::fromUtf8(noBegin) << 0;
        QTest::newRow(".vcf with a mail header before the card")
            << QStringLiteral("forwarded.vcf")
            << QByteArray("From: someone\r\nSubject: card\r\n\r\nBEGIN:VCARD\r\nFN:Jane Doe\r\nEND:VCARD\r\n")
            << QString() << 1;
        QTest::newRow("vCard content named .txt")
            << QStringLiteral("card.txt") << QByteArray("BEGIN:VCARD\r\nFN:Jane Doe\r\nEND:VCARD\r\n") << QString()
            << 1;
    }

    void vcfNameMakesAVCardFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, openProblem);
        QFETCH(int, cards);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const FileResult r = readFile(path);
        if (!openProblem.isEmpty()) {
            QVERIFY(!r.opened);
            QCOMPARE(r.problems, QStringList {openProblem});
        } else {
            QVERIFY(r.opened);
            QVERIFY(r.isVCard);
            QCOMPARE(r.problems, QStringList());
        }
        QCOMPARE(r.records.size(), cards);

        // --skip-invalid must not make a contact out of the damage either: nothing is written.
        Test::TempNetwork net;
        ImportOptions options;
        options.skipInvalid = true;
        const ImportReport report = ContactImporter::run(net.database, path, options);
        QCOMPARE(report.written, cards > 0);
        QCOMPARE(report.created, cards);
        if (!openProblem.isEmpty())
            QCOMPARE(report.error, openProblem.mid(3));
    }

    void groupPrefixes_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("emails");
        QTest::addColumn<QString>("phones");
        QTest::addColumn<QString>("linkedin");
        QTest::newRow("Apple e-mail without a label")
            << QStringLiteral("item1.EMAIL;type=INTERNET:a@b.c") << QStringLiteral("=a@b.c") << QString() << QString();
        QTest::newRow("Apple standard label")
            << QStringLiteral("item1.EMAIL;type=INTERNET:a@b.c\nitem1.X-ABLabel:_$!<Work>!$_")
            << QStringLiteral("work=a@b.c") << QString() << QString();
        QTest::newRow("custom label, before its property")
            << QStringLiteral("item2.X-ABLabel:School\nitem2.EMAIL;type=INTERNET;type=pref:s@u.edu")
            << QStringLiteral("school=s@u.edu") << QString() << QString();
        QTest::newRow("labels stay with their own group")
            << QStringLiteral("item1.EMAIL;type=INTERNET:a@b.c\nitem2.EMAIL:d@e.f\nitem2.X-ABLabel:Lab\n"
                              "item3.X-ABLabel:Unused")
            << QStringLiteral("=a@b.c|lab=d@e.f") << QString() << QString();
        QTest::newRow("a type beats a label") << QStringLiteral("item1.EMAIL;type=INTERNET;type=HOME:h@x.y\n"
                                                                "item1.X-ABLabel:Lab")
                                              << QStringLiteral("home=h@x.y") << QString() << QString();
        QTest::newRow("group names ignore case")
            << QStringLiteral("ITEM4.TEL:+1 555 0100\nitem4.x-ablabel:_$!<Mobile>!$_") << QString()
            << QStringLiteral("mobile=+1 555 0100") << QString();
        QTest::newRow("Apple's CELL label is mobile")
            << QStringLiteral("item1.TEL:1\nitem1.X-ABLabel:_$!<Cell>!$_\nitem2.TEL;type=WORK:2\n"
                              "item2.X-ABLabel:_$!<Main>!$_")
            << QString() << QStringLiteral("mobile=1|work=2") << QString();
        QTest::newRow("grouped URL is the profile")
            << QStringLiteral("item5.URL;type=pref:https\\://www.linkedin.com/in/jane\nitem5.X-ABLabel:LinkedIn")
            << QString() << QString() << QStringLiteral("https://www.linkedin.com/in/jane");
        QTest::newRow("groups on names and notes too")
            << QStringLiteral("a.N:Doe;Jane\nb.EMAIL:j@d.e") << QStringLiteral("=j@d.e") << QString() << QString();
    }

    void groupPrefixes()
    {
        QFETCH(QString, lines);
        QFETCH(QString, emails);
        QFETCH(QString, phones);
        QFETCH(QString, linkedin);
        const ReadResult r = readText(
            QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nitem9.FN:Jane Doe\n") + lines + QStringLiteral("\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const Contact& c = r.records[0].contact;
        QCOMPARE(c.firstName, QStringLiteral("Jane"));
        QCOMPARE(c.lastName, QStringLiteral("Doe"));
        QStringList e, p;
        for (const LabeledValue& v : c.emails)
            e.append(v.label + QLatin1Char('=') + v.value);
        for (const LabeledValue& v : c.phones)
            p.append(v.label + QLatin1Char('=') + v.value);
        QCOMPARE(e.join(QLatin1Char('|')), emails);
        QCOMPARE(p.join(QLatin1Char('|')), phones);
        QCOMPARE(c.linkedinUrl, linkedin);
    }

    // ---- values without a field are kept in the notes, as CSV keeps unmapped columns (issue 14) ----

    void keepsValuesWithoutAFieldInTheNotes()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("extras.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const ImportRecord& record = r.records[0];
        const Contact& c = record.contact;
        QCOMPARE(c.firstName, QStringLiteral("Lucia"));
        QCOMPARE(c.lastName, QStringLiteral("Alvarez"));
        QCOMPARE(c.organization, QStringLiteral("Stanford University"));
        QCOMPARE(c.title, QStringLiteral("Assistant Professor"));
        QCOMPARE(c.location, QStringLiteral("Stanford, CA")); // unchanged: the address is noted besides
        QCOMPARE(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/lucia-alvarez"));
        QCOMPARE(c.tags, QStringList {QStringLiteral("Academia")});
        // Machinery (PRODID, PHOTO, X-ABUID, Outlook's flag, REV) and what a field holds are not noted.
        const QStringList lines = split("Name prefix: Dr.|Name suffix: PhD|Full name: Lucia Alvarez (Stanford)|"
                                        "Nickname: Lu|Birthday: 1987-09-30|Department: Dept. of Bioengineering|"
                                        "Address (work): 450 Serra Mall, Stanford, CA 94305, USA|"
                                        "Profile (twitter): https://twitter.com/lalvarez|"
                                        "Chat (xmpp): lucia@jabber.example|Website (home): https://lucia.example.org|"
                                        "Website (lab): https://lab.example.edu/alvarez");
        QCOMPARE(record.noteLines, lines);
        QCOMPARE(record.notedColumns,
            split("Name prefix|Name suffix|Full name|Nickname|Birthday|Department|Address (work)|Profile (twitter)|"
                  "Chat (xmpp)|Website (home)|Website (lab)"));
        QCOMPARE(c.notes, notesWith(QStringLiteral("Met at BMES 2024."), lines));
    }

    void noteLinesAreAddedOnceOnReimport()
    {
        Test::TempNetwork net;
        const QString path = fixturePath(QStringLiteral("extras.vcf"));
        const ImportReport first = ContactImporter::run(net.database, path, {});
        QVERIFY2(first.written, qPrintable(first.error));
        QCOMPARE(first.created, 1);
        const QStringList columns = split("Name prefix|Name suffix|Full name|Nickname|Birthday|Department|"
                                          "Address (work)|Profile (twitter)|Chat (xmpp)|Website (home)|Website (lab)");
        QCOMPARE(first.notedColumns, columns);
        const QList<Contact> once = ContactLoader::load(net.database.connection());
        QCOMPARE(once.size(), 1);
        QVERIFY(once[0].notes.startsWith(QStringLiteral("Met at BMES 2024.\nName prefix: Dr.\n")));

        const ImportReport second = ContactImporter::run(net.database, path, {});
        QVERIFY2(second.written, qPrintable(second.error));
        QCOMPARE(second.created, 0);
        QCOMPARE(second.notedColumns, columns);
        const QList<Contact> twice = ContactLoader::load(net.database.connection());
        QCOMPARE(twice.size(), 1);
        QCOMPARE(twice[0].notes, once[0].notes);
        const QStringList noteLines = twice[0].notes.split(QLatin1Char('\n'));
        for (const QString& line :
            split("Nickname: Lu|Birthday: 1987-09-30|Website (lab): https://lab.example.edu/alvarez"))
            QCOMPARE(noteLines.count(line), 1);

        // A line the user already has (here typed by hand after the first import) is not added again either, and
        // a line they deleted comes back once.
        Contact edited = twice[0];
        edited.notes.replace(QStringLiteral("Nickname: Lu\n"), QString());
        QVERIFY(ContactStore(net.database).updateContact(edited));
        QVERIFY(!ContactLoader::load(net.database.connection())[0].notes.contains(QStringLiteral("Nickname: Lu")));
        QVERIFY(ContactImporter::run(net.database, path, {}).written);
        const QStringList third = ContactLoader::load(net.database.connection())[0].notes.split(QLatin1Char('\n'));
        QCOMPARE(third.count(QStringLiteral("Nickname: Lu")), 1);
        QCOMPARE(third.count(QStringLiteral("Birthday: 1987-09-30")), 1);
    }

    void urlsAndProfiles_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("linkedin");
        QTest::addColumn<QStringList>("noteLines");
        QTest::newRow("LinkedIn URL is the profile, not a note")
            << QStringLiteral("URL:https://www.linkedin.com/in/jane")
            << QStringLiteral("https://www.linkedin.com/in/jane") << QStringList();
        QTest::newRow("grouped LinkedIn URL with a label is the profile")
            << QStringLiteral("item5.URL;type=pref:https\\://www.linkedin.com/in/jane\nitem5.X-ABLabel:LinkedIn")
            << QStringLiteral("https://www.linkedin.com/in/jane") << QStringList();
        QTest::newRow("Apple home page keeps its label")
            << QStringLiteral("item1.URL;type=pref:https://jane.example\nitem1.X-ABLabel:_$!<HomePage>!$_") << QString()
            << split("Website (homepage): https://jane.example");
        QTest::newRow("Apple custom label, before its URL")
            << QStringLiteral("item2.X-ABLabel:Portfolio\nitem2.URL:https://jane.example/work") << QString()
            << split("Website (portfolio): https://jane.example/work");
        QTest::newRow("a TYPE beats the group's label")
            << QStringLiteral("item3.URL;type=WORK:https://acme.example\nitem3.X-ABLabel:Lab") << QString()
            << split("Website (work): https://acme.example");
        QTest::newRow("unlabelled website") << QStringLiteral("URL:https://page.example.com") << QString()
                                            << split("Website: https://page.example.com");
        QTest::newRow("the same LinkedIn profile twice is one field")
            << QStringLiteral("URL:https://linkedin.com/in/j\nX-SOCIALPROFILE;type=linkedin:https://LinkedIn.com/in/j")
            << QStringLiteral("https://linkedin.com/in/j") << QStringList();
        QTest::newRow("a second, different LinkedIn URL is noted")
            << QStringLiteral("URL:https://linkedin.com/in/j\nURL:https://linkedin.com/company/acme")
            << QStringLiteral("https://linkedin.com/in/j") << split("Website: https://linkedin.com/company/acme");
        QTest::newRow("LinkedIn social profile fills the field")
            << QStringLiteral("X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/j")
            << QStringLiteral("https://www.linkedin.com/in/j") << QStringList();
        QTest::newRow("chat with Apple's service type") << QStringLiteral("IMPP;X-SERVICE-TYPE=Skype:skype:jane.doe")
                                                        << QString() << split("Chat (skype): jane.doe");
        QTest::newRow("old chat property")
            << QStringLiteral("X-AIM;TYPE=HOME:janedoe") << QString() << split("Chat (aim): janedoe");
    }

    void urlsAndProfiles()
    {
        QFETCH(QString, lines);
        QFETCH(QString, linkedin);
        QFETCH(QStringList, noteLines);
        const ReadResult r = readText(QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nFN:Jane Doe\n") + lines
            + QStringLiteral("\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].contact.linkedinUrl, linkedin);
        QCOMPARE(r.records[0].noteLines, noteLines);
        QCOMPARE(r.records[0].contact.notes, noteLines.join(QLatin1Char('\n')));
    }

    void whatIsNotNoted_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QStringList>("noteLines");
        QTest::newRow("FN with the prefix says nothing more")
            << QStringLiteral("N:Alvarez;Lucia;;Dr.;\nFN:Dr. Lucia Alvarez") << split("Name prefix: Dr.");
        QTest::newRow("FN family first") << QStringLiteral("N:Alvarez;Lucia\nFN:ALVAREZ, Lucia") << QStringList();
        QTest::newRow("FN that made the name") << QStringLiteral("FN:Lucia Alvarez") << QStringList();
        QTest::newRow("FN of a company's card")
            << QStringLiteral("N:;;;;\nFN:Orbit Bakery\nORG:Orbit Bakery;") << QStringList();
        QTest::newRow("FN that says more")
            << QStringLiteral("N:Doe;Jane;;;\nFN:Jane Doe (Stanford)") << split("Full name: Jane Doe (Stanford)");
        QTest::newRow("address that is all in the location")
            << QStringLiteral("FN:X\nADR;TYPE=home:;;;Lyon;;;") << QStringList();
        QTest::newRow("LABEL repeats the ADR")
            << QStringLiteral("FN:X\nADR;WORK:;;1 Main St;Springfield;;;\nLABEL;WORK:1 Main St\\nSpringfield")
            << split("Address (work): 1 Main St, Springfield");
        QTest::newRow("LABEL alone is the address") << QStringLiteral("FN:X\nLABEL;TYPE=home:1 Main St\\nSpringfield")
                                                    << split("Address (home): 1 Main St, Springfield");
        QTest::newRow("machinery") << QStringLiteral(
            "FN:X\nVERSION:3.0\nPRODID:-//A//B\nREV:2024\nUID:abc\nKIND:individual\n"
            "X-ABUID:1:ABPerson\nX-ABShowAs:PERSON\nX-MOZILLA-HTML:FALSE\n"
            "X-MS-OL-DESIGN:<card/>\nGEO:geo:1,2\nCATEGORIES:a,b")
                                   << QStringList();
        QTest::newRow("a referrer is no note") << QStringLiteral("FN:X\nRELATED;VALUE=text:Jane Roe") << QStringList();
        QTest::newRow("a spouse is") << QStringLiteral("FN:X\nRELATED;TYPE=spouse;VALUE=text:Omar")
                                     << split("Related (spouse): Omar");
        QTest::newRow("nicknames, a second title and a second ORG")
            << QStringLiteral("FN:X\nNICKNAME:Lu,Lucy\nTITLE:A\nTITLE:B\nORG:Acme;R&D\nORG:Beta Inc")
            << split("Nickname: Lu, Lucy|Title: B|Department: R&D|Organisation: Beta Inc");
        QTest::newRow("the same line twice is one")
            << QStringLiteral("FN:X\nURL:https://a.example\nURL:https://a.example")
            << split("Website: https://a.example");
    }

    void whatIsNotNoted()
    {
        QFETCH(QString, lines);
        QFETCH(QStringList, noteLines);
        const ReadResult r = readText(QStringLiteral("BEGIN:VCARD\n") + lines + QStringLiteral("\nEND:VCARD\n"));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].noteLines, noteLines);
    }

    // ---- other apps' exports, written in their style ----

    void readsAppleContacts()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("apple-contacts.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);
        const ImportRecord& haruki = r.records[0];
        const Contact& c = haruki.contact;
        QCOMPARE(c.firstName, QStringLiteral("Haruki"));
        QCOMPARE(c.lastName, QStringLiteral("Nakamura"));
        QCOMPARE(haruki.formattedName, QStringLiteral("Dr. Haruki Nakamura"));
        QCOMPARE(c.organization, QStringLiteral("Genentech")); // the unit is dropped
        QCOMPARE(c.title, QStringLiteral("Principal Scientist"));
        QCOMPARE(c.emails,
            (QList<LabeledValue> {labeled("", QStringLiteral("haruki.nakamura@gene.example")),
                labeled("other", QStringLiteral("h.nakamura@alumni.example")),
                labeled("lab", QStringLiteral("haruki@lab.example"))}));
        QCOMPARE(c.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+1 (650) 555-0142")),
                labeled("main", QStringLiteral("+1 650 555 0100"))}));
        QCOMPARE(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/haruki-nakamura"));
        QCOMPARE(c.location, QStringLiteral("South San Francisco, CA"));
        // The unit, the whole address, the home page and the assistant have no field: they are noted, labelled.
        const QStringList lines = split("Name prefix: Dr.|Department: Oncology Research|"
                                        "Address (work): 1 DNA Way, South San Francisco, CA 94080, United States|"
                                        "Website (homepage): https://haruki.example.org|"
                                        "Related (assistant): Eleanor Maybrey");
        QCOMPARE(haruki.noteLines, lines);
        QCOMPARE(
            haruki.notedColumns, split("Name prefix|Department|Address (work)|Website (homepage)|Related (assistant)"));
        QCOMPARE(c.notes,
            notesWith(QStringLiteral("Met at the AACR 2024 poster session – asked about the postdoc-to-industry path; "
                                     "very open. Suggested I talk to his colleague in Basel."),
                lines));
        QVERIFY(c.tags.isEmpty());
        QVERIFY(c.uuid.isEmpty()); // X-ABUID is Apple's own id, not ours
        QVERIFY(haruki.referredBy.isEmpty()); // an assistant is no referrer

        // "Show as company": the FN is the organisation's name, not a person's.
        const Contact& broad = r.records[1].contact;
        QCOMPARE(broad.organization, QStringLiteral("Broad Institute"));
        QVERIFY(broad.firstName.isEmpty());
        QVERIFY(broad.lastName.isEmpty());
        QCOMPARE(broad.emails, (QList<LabeledValue> {labeled("work", QStringLiteral("careers@broad.example"))}));
        QVERIFY(broad.linkedinUrl.isEmpty());
    }

    void readsGoogleContacts()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("google-contacts.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf8);
        QCOMPARE(r.records.size(), 1);
        const Contact& c = r.records[0].contact;
        QCOMPARE(c.firstName, QStringLiteral("Priya"));
        QCOMPARE(c.lastName, QStringLiteral("Raman"));
        QCOMPARE(c.organization, QStringLiteral("Moderna"));
        QCOMPARE(c.title, QStringLiteral("Senior Scientist, Process Development"));
        QCOMPARE(c.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("priya.raman@moderna.example")),
                labeled("home", QStringLiteral("priya.r@gmail.example")),
                labeled("alumni", QStringLiteral("p.raman@mit.example"))}));
        QCOMPARE(c.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+1 617-555-0123")),
                labeled("lab", QStringLiteral("+1 617-555-0199"))}));
        QCOMPARE(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/priya-raman-phd"));
        QCOMPARE(c.location, QStringLiteral("Cambridge, MA"));
        QCOMPARE(c.notes,
            notesWith(QStringLiteral("Referred by Samir. Ask about the switch from academia; she did a postdoc at the "
                                     "Broad.\nCafé chat 2024-03-02 — “great advice”."),
                split("Address (work): 200 Technology Square, Cambridge, MA 02139, US|Department: mRNA Platform|"
                      "Website (blog): http://priya.example.org|Birthday: 1988-04-12")));
        QCOMPARE(c.tags, (QStringList {QStringLiteral("Biotech"), QStringLiteral("Informational interview")}));
    }

    void readsOutlook()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("outlook.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 2);
        const Contact& amelie = r.records[0].contact;
        QCOMPARE(amelie.firstName, QStringLiteral("Amélie"));
        QCOMPARE(amelie.lastName, QStringLiteral("Lévesque"));
        QCOMPARE(amelie.organization, QStringLiteral("Hydro-Québec"));
        QCOMPARE(amelie.title, QStringLiteral("Chercheuse principale"));
        // Quoted-printable UTF-8, =0D=0A a line break, and a soft line break before " parler" whose space is text.
        // LABEL repeats the ADR: the address is noted once.
        QCOMPARE(amelie.notes,
            notesWith(QStringLiteral("Rencontrée au congrès de l'ACFAS.\nM'a recommandé de parler à Marc."),
                split("Department: Recherche et innovation|"
                      "Address (work): 75, boul. René-Lévesque Ouest, Montréal, QC H2Z 1A4, Canada")));
        QCOMPARE(amelie.phones,
            (QList<LabeledValue> {labeled("work", QStringLiteral("+1 514 555-0177")),
                labeled("mobile", QStringLiteral("+1 438 555-0101")),
                labeled("work", QStringLiteral("+1 514 555-0178"))}));
        QCOMPARE(amelie.emails, (QList<LabeledValue> {labeled("", QStringLiteral("amelie.levesque@hydro.example"))}));
        QCOMPARE(amelie.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/amelie-levesque"));
        QCOMPARE(amelie.location, QStringLiteral("Montréal, QC"));

        // An older Outlook: quoted-printable in Windows-1252, named as such.
        const Contact& juergen = r.records[1].contact;
        QCOMPARE(juergen.firstName, QStringLiteral("Jürgen"));
        QCOMPARE(juergen.lastName, QStringLiteral("Müller"));
        QCOMPARE(juergen.organization, QStringLiteral("Bayer AG"));
        QCOMPARE(juergen.title, QStringLiteral("Medical Science Liaison"));
        QCOMPARE(juergen.notes,
            notesWith(
                QStringLiteral("Gespräch über MSL-Stellen – sehr hilfreich."), split("Department: Pharmaceuticals")));
        QCOMPARE(juergen.phones, (QList<LabeledValue> {labeled("mobile", QStringLiteral("+49 170 5550123"))}));
        QCOMPARE(juergen.emails, (QList<LabeledValue> {labeled("", QStringLiteral("juergen.mueller@bayer.example"))}));
    }

    void readsEvolution()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("evolution.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const Contact& c = r.records[0].contact;
        QCOMPARE(c.firstName, QStringLiteral("Jonas"));
        QCOMPARE(c.lastName, QStringLiteral("Weber"));
        QCOMPARE(c.organization, QStringLiteral("European Molecular Biology Laboratory"));
        QCOMPARE(c.title, QStringLiteral("Wissenschaftlicher Mitarbeiter"));
        QCOMPARE(c.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("jonas.weber@embl.example")),
                labeled("home", QStringLiteral("jonas@weber.example"))}));
        QCOMPARE(c.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+49 151 5550 1234")),
                labeled("work", QStringLiteral("+49 6221 387-0"))}));
        QCOMPARE(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jonas-weber-bio"));
        QCOMPARE(c.location, QStringLiteral("Heidelberg, Baden-Württemberg"));
        QCOMPARE(c.notes,
            notesWith(QStringLiteral("Traf ihn beim Netzwerktreffen in Heidelberg. Empfohlen von Dr. Maybrey; fragt "
                                     "gern nach Strukturbiologie."),
                split("Role: Teamleitung|Manager: Dr. Petra Schulz|Nickname: Joe|"
                      "Department: Structural Biology, Cryo-EM Unit|"
                      "Address (work): Meyerhofstraße 1, Heidelberg, Baden-Württemberg 69117, Deutschland")));
        QCOMPARE(c.tags, (QStringList {QStringLiteral("Biotech"), QStringLiteral("Deutschland")}));
        QVERIFY(c.uuid.isEmpty()); // Evolution's pas-id is no UUID
    }

    void readsKAddressBook()
    {
        const FileResult r = readFile(fixturePath(QStringLiteral("kaddressbook.vcf")));
        QCOMPARE(r.problems, QStringList());
        QCOMPARE(r.records.size(), 1);
        const Contact& c = r.records[0].contact;
        QCOMPARE(c.uuid, QStringLiteral("7f9b7d8c-4f0e-4d35-a1f5-2b8b9b0b1c2d"));
        QCOMPARE(c.firstName, QStringLiteral("Lucie"));
        QCOMPARE(c.lastName, QStringLiteral("Fontaine"));
        QCOMPARE(c.organization, QStringLiteral("EPFL"));
        QCOMPARE(c.title, QStringLiteral("Conseillère scientifique"));
        QCOMPARE(c.emails,
            (QList<LabeledValue> {labeled("work", QStringLiteral("lucie.fontaine@epfl.example")),
                labeled("", QStringLiteral("lucie.f@proton.example"))}));
        QCOMPARE(c.phones,
            (QList<LabeledValue> {labeled("mobile", QStringLiteral("+41 79 555 01 23")),
                labeled("work", QStringLiteral("+41 21 693 11 11"))}));
        QCOMPARE(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/lucie-fontaine"));
        QCOMPARE(c.location, QStringLiteral("Lausanne, Vaud"));
        QCOMPARE(c.notes,
            notesWith(QStringLiteral("Rencontrée à la conférence SwissTech. Elle m'a parlé de son passage du postdoc "
                                     "au conseil scientifique, et de ses « cafés-carrière »."),
                split("Address (work): Rue de Genève 7, Lausanne, Vaud 1003, Suisse|"
                      "Department: Laboratoire de biophysique, Groupe Fontaine|Role: Conseil")));
        QCOMPARE(c.tags, (QStringList {QStringLiteral("Conférence"), QStringLiteral("Suisse")}));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
