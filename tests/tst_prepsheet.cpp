// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Prep sheets: each section with the right data, escaping of every field, no resources
// loaded, a bounded page count, the batch, and the command line's errors.
#include "CliCommandLine.h"
#include "ContactStore.h"
#include "DisplayFormat.h"
#include "MeetingStore.h"
#include "PrepSheet.h"
#include "PrepSheetBatch.h"
#include "QuestionBank.h"
#include "ReferralStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QPdfWriter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Rapport;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

int pagesOf(const QString& html, const QPageSize& size = QPageSize(QPageSize::A4))
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("count.pdf"));
    if (!PrepSheet::writePdf(html, path, size, &error))
        return -1;
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    // Each page object of a PDF written by Qt is one "/Type /Page" entry (the tree is "/Pages").
    const QByteArray bytes = file.readAll();
    return int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "));
}

} // namespace

class TestPrepSheet : public QObject
{
    Q_OBJECT

    Test::FixedClock m_clock {kNow};
    Test::TempNetwork m_net;
    qint64 m_ben = 0;
    qint64 m_ana = 0;
    qint64 m_meeting = 0;

private slots:
    void initTestCase()
    {
        ContactStore contacts(m_net.database);
        ReferralStore links(m_net.database);
        MeetingStore meetings(m_net.database);
        m_ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme Bio"));
        ana.title = QStringLiteral("Medical Writer");
        ana.notes = QStringLiteral("Did a PhD in immunology.");
        ana.tags = {QStringLiteral("alumni")};
        m_ana = contacts.addContact(ana);
        Referral fromMe;
        fromMe.referredId = m_ben;
        QVERIFY(links.add(fromMe));
        Referral benToAna;
        benToAna.referrerId = m_ben;
        benToAna.referredId = m_ana;
        benToAna.mayUseName = true;
        QVERIFY(links.add(benToAna));
        Meeting past;
        past.contactId = m_ana;
        past.kind = MeetingKind::Coffee;
        past.status = MeetingStatus::Held;
        past.start = kNow.addDays(-30);
        past.notes = QStringLiteral("She **loves** editing; suggested the AMWA course.");
        QVERIFY(meetings.addMeeting(past));
        Meeting next;
        next.contactId = m_ana;
        next.start = QDateTime(QDate(2026, 3, 12), QTime(14, 30));
        next.place = QStringLiteral("Video call");
        m_meeting = meetings.addMeeting(next);
        FollowUp promise;
        promise.contactId = m_ana;
        promise.due = QDate(2026, 3, 11);
        promise.text = QStringLiteral("Send her my writing sample");
        QVERIFY(meetings.addFollowUp(promise));
        Transaction t(m_net.database.connection());
        SqlStatement::run(m_net.database.connection(),
            QStringLiteral("UPDATE profile SET name = 'Sam Rivera', field = 'a postdoc in immunology', "
                           "introduction = 'I study T cells.' WHERE id = 1"));
        t.commit();
    }

    void everySectionHasItsData()
    {
        const PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting);
        QCOMPARE(data.chain, QStringLiteral("Me → Ben Wu → Ana Lopez"));
        QCOMPARE(data.referrerName, QStringLiteral("Ben Wu"));
        QCOMPARE(data.mayMentionReferrer, std::optional<bool>(true));
        QCOMPARE(data.history.size(), 1);
        QCOMPARE(data.openFollowUps.size(), 1);
        QVERIFY(data.questions.size() >= 12);

        SafeTextDocument document;
        document.setHtml(PrepSheet::html(data));
        const QString text = document.toPlainText();
        for (const QString& expected : {QStringLiteral("Ana Lopez"), QStringLiteral("Medical Writer · Acme Bio"),
                 QStringLiteral("Video call"), QStringLiteral("Referred by Ben Wu — you may mention their name"),
                 QStringLiteral("Me → Ben Wu → Ana Lopez"), QStringLiteral("Sam Rivera, a postdoc in immunology"),
                 QStringLiteral("I study T cells."), QStringLiteral("This is not a job request"),
                 QStringLiteral("Did a PhD in immunology."), QStringLiteral("What you share: alumni"),
                 QStringLiteral("She loves editing; suggested the AMWA course."), // an excerpt of the Markdown, as text
                 QStringLiteral("Send her my writing sample"),
                 QStringLiteral("Who else should I talk to? May I mention your name?"),
                 QStringLiteral("Referrals given"), QStringLiteral("Tell Ben Wu that you met")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // Dates computed from the meeting: thank-you the next day, check-in after the contact's interval.
        const QLocale locale;
        QVERIFY(text.contains(locale.toString(QDate(2026, 3, 13), QLocale::ShortFormat)));
        QVERIFY(text.contains(locale.toString(QDate(2026, 3, 12).addDays(90), QLocale::ShortFormat)));
        // The question about referrals comes last among the questions.
        QVERIFY(text.indexOf(QStringLiteral("Who else should I talk to?"))
            > text.indexOf(QStringLiteral("What would you do in my position?")));
    }

    void questionsAreChosenAndOrderedPerMeeting()
    {
        const QSqlDatabase db = m_net.database.connection();
        QuestionBank::ensureDefaults(db);
        QList<AskedQuestion> questions = QuestionBank::forMeeting(db, m_meeting);
        const AskedQuestion first = questions.at(0);
        const AskedQuestion second = questions.at(1);
        AskedQuestion dropped = questions.at(2);
        dropped.onSheet = false;
        QuestionBank::saveAnswer(db, m_meeting, dropped);
        QuestionBank::moveForMeeting(db, m_meeting, second.questionId, -1); // second before first, here only

        questions = QuestionBank::forMeeting(db, m_meeting);
        QCOMPARE(questions.at(0).questionId, second.questionId);
        QCOMPARE(questions.at(1).questionId, first.questionId);
        QCOMPARE(QuestionBank::forMeeting(db, 0).at(0).questionId, first.questionId); // the bank's order elsewhere

        SafeTextDocument document;
        document.setHtml(PrepSheet::html(PrepSheet::gather(db, m_ana, m_meeting)));
        const QString text = document.toPlainText();
        QVERIFY(!text.contains(dropped.text));
        QVERIFY(text.indexOf(second.text) < text.indexOf(first.text));
    }

    void sectionsCanBeLeftOut()
    {
        const PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting);
        PrepSheetOptions options;
        options.questions = false;
        options.purpose = false;
        SafeTextDocument document;
        document.setHtml(PrepSheet::html(data, options));
        QVERIFY(!document.toPlainText().contains(QStringLiteral("Who else should I talk to?")));
        QVERIFY(!document.toPlainText().contains(QStringLiteral("I study T cells.")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("Referrals given")));
    }

    void everyFieldIsEscapedAndNothingIsLoaded()
    {
        const QString markup
            = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\"><a href=\"http://evil\">y</a>&amp;");
        PrepSheetData data;
        data.contact = Test::sampleContact(markup, markup, markup);
        data.contact.title = markup;
        data.contact.location = markup;
        data.contact.notes = markup;
        data.contact.tags = {markup};
        Meeting m;
        m.start = kNow;
        m.place = markup;
        m.kind = MeetingKind::Coffee;
        data.meeting = m;
        data.chain = markup;
        data.referrerName = markup;
        data.myName = markup;
        data.myField = markup;
        data.introduction = markup;
        data.goals = markup;
        data.organizationNotes = markup;
        data.organizationWebsite = markup;
        data.organizationIndustry = markup;
        Meeting earlier = m;
        earlier.notes = markup;
        data.history = {earlier};
        FollowUp f;
        f.text = markup;
        f.due = kNow.date();
        data.openFollowUps = {f};
        data.questions = {{1, QStringLiteral("path"), markup, false, {}}};
        const QString html = PrepSheet::html(data);
        QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<a href")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));

        SafeTextDocument document;
        document.setHtml(html);
        // The markup prints as the characters typed, and no image or link made it into the document.
        QVERIFY(document.toPlainText().contains(QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">")));
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(!it.fragment().charFormat().isAnchor());
            }
        }
    }

    void tooltipsShowUserTextAsTyped()
    {
        const QString typed = QStringLiteral("<b>x</b>\n<img src=\"file:///etc/hostname\">");
        SafeTextDocument tooltip;
        tooltip.setHtml(DisplayFormat::plainToolTip(typed));
        QCOMPARE(tooltip.toPlainText(), typed);
        QVERIFY(DisplayFormat::plainToolTip(QString()).isEmpty());
    }

    void resourcesAreNeverLoaded()
    {
        // Even HTML that asks for an image (not ours: ours is escaped) gets nothing.
        SafeTextDocument document;
        document.setHtml(QStringLiteral("<img src=\"file:///etc/hostname\" width=\"10\">"));
        QVERIFY(document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname"))).isNull());
    }

    void longNotesAreExcerptedAndPagesBounded()
    {
        QString essay;
        for (int i = 0; i < 4000; ++i)
            essay += QStringLiteral("word%1 ").arg(i);
        QCOMPARE(PrepSheet::excerpt(essay, 50).right(1), QStringLiteral("…"));
        QVERIFY(!PrepSheet::excerpt(essay, 50).contains(QStringLiteral("word9 ")));
        QVERIFY(PrepSheet::excerpt(essay, 50).size() <= 51);
        QCOMPARE(PrepSheet::excerpt(QStringLiteral("short and sweet")), QStringLiteral("short and sweet"));

        PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting);
        data.contact.notes = essay;
        data.organizationNotes = essay;
        data.introduction = essay.left(600);
        Meeting earlier = data.history.first();
        earlier.notes = essay;
        data.history = QList<Meeting>(12, earlier);
        data.openFollowUps = QList<FollowUp>(20, data.openFollowUps.first());
        const int pages = pagesOf(PrepSheet::combined({PrepSheet::html(data)}));
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        // A typical sheet is one page.
        const int typical = pagesOf(
            PrepSheet::combined({PrepSheet::html(PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting))}),
            QPageSize(QPageSize::Letter));
        QCOMPARE(typical, 1);
    }

    void followUpsAppearOnce()
    {
        const PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting);
        QVERIFY(!data.history.isEmpty());
        QCOMPARE(data.openFollowUps.size(), 1);
        const QString promise = data.openFollowUps.first().text;
        SafeTextDocument document;
        document.setHtml(PrepSheet::html(data));
        // The promise is listed once, under Follow-ups (not also under History).
        int followUpsHeading = -1;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 2 && block.text() == QStringLiteral("Follow-ups"))
                followUpsHeading = block.position();
        }
        QVERIFY(followUpsHeading >= 0);
        const QString text = document.toPlainText();
        QCOMPARE(text.count(promise), 1);
        QVERIFY(document.find(promise).position() > followUpsHeading);
        for (const QString& step : {QStringLiteral("Send a thank-you note within 24 hours"),
                 QStringLiteral("Invite them to connect on LinkedIn"), QStringLiteral("Check in again")}) {
            QCOMPARE(text.count(step), 1);
        }

        // A standard step already promised (a thank-you, recorded as one) is not listed a second time.
        MeetingStore meetings(m_net.database);
        FollowUp thanks;
        thanks.contactId = m_ana;
        thanks.due = QDate(2026, 3, 13);
        thanks.kind = FollowUpKind::ThankYou;
        thanks.text = QStringLiteral("Thank Ana for the AMWA tip");
        const qint64 id = meetings.addFollowUp(thanks);
        QVERIFY(id);
        const PrepSheetData withThanks = PrepSheet::gather(m_net.database.connection(), m_ana, m_meeting);
        QCOMPARE(withThanks.openFollowUps.size(), 2);
        document.setHtml(PrepSheet::html(withThanks));
        const QString after = document.toPlainText();
        QCOMPARE(after.count(thanks.text), 1);
        QCOMPARE(after.count(promise), 1);
        QVERIFY(!after.contains(QStringLiteral("Send a thank-you note")));
        QCOMPARE(after.count(QStringLiteral("Invite them to connect on LinkedIn")), 1);
        QVERIFY(meetings.removeFollowUp(id));
    }

    void aSheetWithoutAMeeting()
    {
        const PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_ben, 0);
        QVERIFY(!data.meeting);
        SafeTextDocument document;
        document.setHtml(PrepSheet::html(data));
        QVERIFY(document.toPlainText().contains(QStringLiteral("Not scheduled yet")));
        QCOMPARE(PrepSheet::nextMeetingOf(m_net.database.connection(), m_ana, kNow), m_meeting);
        QCOMPARE(PrepSheet::nextMeetingOf(m_net.database.connection(), m_ben, kNow), 0);
    }

    void aCancelledMeetingSaysSo()
    {
        MeetingStore meetings(m_net.database);
        Meeting called;
        called.contactId = m_ben;
        called.start = QDateTime(QDate(2026, 3, 20), QTime(10, 0));
        called.status = MeetingStatus::Cancelled;
        const qint64 id = meetings.addMeeting(called);
        QVERIFY(id);
        SafeTextDocument document;
        document.setHtml(PrepSheet::html(PrepSheet::gather(m_net.database.connection(), m_ben, id)));
        QVERIFY2(
            document.toPlainText().contains(QStringLiteral("10:00 (cancelled)")), qPrintable(document.toPlainText()));
        QVERIFY(meetings.removeMeeting(id));
    }

    void batchWritesOneSheetPerPageAndCancels()
    {
        const auto sheets
            = PrepSheetBatch::plannedBetween(m_net.database.connection(), QDate(2026, 3, 9), QDate(2026, 3, 15));
        QCOMPARE(sheets.size(), 1);
        QTemporaryDir dir;
        const QList<PrepSheetBatch::Sheet> three(3, sheets.first());
        int reported = 0;
        const auto result = PrepSheetBatch::writePdf(
            m_net.path(), three, dir.filePath(QStringLiteral("week.pdf")), QPageSize(QPageSize::A4), {},
            [&reported](int done, int) { reported = done; }, nullptr);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.sheets, 3);
        QCOMPARE(reported, 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("week.pdf"))));

        QAtomicInt cancel(1);
        const auto cancelled = PrepSheetBatch::writePdf(
            m_net.path(), three, dir.filePath(QStringLiteral("no.pdf")), QPageSize(QPageSize::A4), {}, {}, &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.pdf"))));
    }

    void commandLineWritesPdfAndHtmlAndExplainsErrors()
    {
        QTemporaryDir dir;
        const auto run = [this](QStringList arguments, QString* err = nullptr) {
            arguments.prepend(m_net.path());
            arguments.prepend(QStringLiteral("--database"));
            arguments.prepend(QStringLiteral("rapport"));
            QString out, error;
            QTextStream outStream(&out), errStream(&error);
            const int status = CommandLine::run(arguments, outStream, errStream);
            if (err)
                *err = error;
            return status;
        };
        const QString pdf = dir.filePath(QStringLiteral("ana.pdf"));
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("ana lopez"),
                     QStringLiteral("-o"), pdf}),
            0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString html = dir.filePath(QStringLiteral("meeting.html"));
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--meeting"), QString::number(m_meeting),
                     QStringLiteral("-o"), html}),
            0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(page.readAll()).contains(QStringLiteral("Me → Ben Wu → Ana Lopez")));

        QString error;
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Zed"),
                         QStringLiteral("-o"), pdf},
                     &error),
            1);
        QVERIFY(error.contains(QStringLiteral("no contact is called \"Zed\"")));
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("n"),
                         QStringLiteral("-o"), pdf},
                     &error),
            1); // "n" is in Ben Wu and in Ana Lopez: both are listed
        QVERIFY(error.contains(QStringLiteral("ambiguous")));
        QVERIFY(error.contains(QStringLiteral("  Ana Lopez (Acme Bio)")));
        QVERIFY(error.contains(QStringLiteral("  Ben Wu")));
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--meeting"), QStringLiteral("999"),
                         QStringLiteral("-o"), pdf},
                     &error),
            1);
        QVERIFY(error.contains(QStringLiteral("no meeting 999")));
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("--contact"), QStringLiteral("Ana"),
                         QStringLiteral("-o"), dir.filePath(QStringLiteral("x.docx"))},
                     &error),
            1);
        QCOMPARE(run({QStringLiteral("prep-sheet"), QStringLiteral("-o"), pdf}, &error), 1);
    }
};

QTEST_MAIN(TestPrepSheet)
#include "tst_prepsheet.moc"
