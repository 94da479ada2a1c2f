// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Prep sheets on paper: every sheet of the demo network on one page (A4 and Letter, English and
// French), and a sheet too long for one page breaks between sections, never after a heading.
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "MeetingStore.h"
#include "PrepSheet.h"
#include "PrepSheetBatch.h"
#include "PrepSheetPages.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

using namespace Rapport;

namespace {

// A Sunday: the demo's meetings are placed relative to it.
const QDateTime kNow(QDate(2026, 3, 8), QTime(10, 0));

// Pages of the PDF that PrepSheet::writePdf writes: each page object is one "/Type /Page" entry.
int pdfPages(const QString& html, const QPageSize& size)
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    if (!PrepSheet::writePdf(html, path, size, &error))
        return -1;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    return int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "));
}

// The page a line of block is on, from the layout's own positions and the page height.
int pageOfLine(const QTextBlock& block, int line)
{
    const QTextDocument* document = block.document();
    const qreal top = document->documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(line).y();
    return int(top / document->pageSize().height());
}

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("word%1").arg(i));
    return list.join(QLatin1Char(' '));
}

// Each later page starts with a section's heading, no heading is the last line of its page, and
// no page is blank.
void breaksFallBetweenSections(const QTextDocument& document, const QByteArray& where)
{
    int lastPage = 0;
    QSet<int> pagesUsed;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int lines = block.layout()->lineCount();
        if (lines == 0)
            continue;
        const int page = pageOfLine(block, 0);
        pagesUsed.insert(page);
        if (page > lastPage)
            QVERIFY2(block.blockFormat().headingLevel() == 2, (where + ": " + block.text().toUtf8()).constData());
        lastPage = qMax(lastPage, pageOfLine(block, lines - 1));
        if (block.blockFormat().headingLevel() > 0 && block.next().isValid() && block.next().layout()->lineCount() > 0)
            QVERIFY2(pageOfLine(block.next(), 0) == pageOfLine(block, lines - 1),
                (where + ": " + block.text().toUtf8()).constData());
    }
    QVERIFY(PrepSheetPages::strandedHeadings(document).isEmpty());
    QCOMPARE(pagesUsed.size(), document.pageCount());
}

} // namespace

class TestPrepSheetPages : public QObject
{
    Q_OBJECT

    Test::FixedClock m_clock {kNow};
    Test::TempNetwork m_demo;
    Test::TempNetwork m_net;
    qint64 m_long = 0;
    qint64 m_longMeeting = 0;
    QLocale m_locale;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DemoNetwork::fill(m_demo.database, &error), qPrintable(error));

        // Someone met many times, with long notes each time, and many things still to do.
        ContactStore contacts(m_net.database);
        MeetingStore meetings(m_net.database);
        Contact lena = Test::sampleContact(QStringLiteral("Lena"), QStringLiteral("Long"), QStringLiteral("Oak Labs"));
        lena.title = QStringLiteral("Head of Research");
        lena.notes = words(80);
        m_long = contacts.addContact(lena);
        for (int i = 1; i <= 12; ++i) {
            Meeting earlier;
            earlier.contactId = m_long;
            earlier.status = MeetingStatus::Held;
            earlier.start = kNow.addDays(-30 * i);
            earlier.notes = words(120);
            QVERIFY(meetings.addMeeting(earlier));
        }
        Meeting next;
        next.contactId = m_long;
        next.start = kNow.addDays(2);
        m_longMeeting = meetings.addMeeting(next);
        QVERIFY(m_longMeeting);
        for (int i = 0; i < 10; ++i) {
            FollowUp f;
            f.contactId = m_long;
            f.due = kNow.date().addDays(i);
            f.text = QStringLiteral("Promise %1: %2").arg(i).arg(words(12));
            QVERIFY(meetings.addFollowUp(f));
        }
        m_locale = QLocale();
    }

    void cleanup() { QLocale::setDefault(m_locale); }

    void everyDemoSheetIsOnePage_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("language");
        QTest::newRow("A4, English") << int(QPageSize::A4) << QStringLiteral("en_GB");
        QTest::newRow("Letter, English") << int(QPageSize::Letter) << QStringLiteral("en_US");
        QTest::newRow("A4, French") << int(QPageSize::A4) << QStringLiteral("fr_FR");
        QTest::newRow("Letter, French") << int(QPageSize::Letter) << QStringLiteral("fr_CA");
    }

    void everyDemoSheetIsOnePage()
    {
        QFETCH(int, paper);
        QFETCH(QString, language);
        const QLocale locale(language);
        QLocale::setDefault(locale); // dates, as the app sets them
        QTranslator translator;
        if (locale.language() == QLocale::French) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/rapport_fr.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            QVERIFY(PrepSheet::tr("Purpose") != QStringLiteral("Purpose"));
        }
        const QPageSize size {QPageSize::PageSizeId(paper)};
        const QSqlDatabase db = m_demo.database.connection();
        const int planned
            = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'planned'"))
                  .toInt();
        const auto sheets = PrepSheetBatch::plannedBetween(db, kNow.date().addYears(-1), kNow.date().addYears(1));
        QVERIFY(planned > 0);
        QCOMPARE(sheets.size(), planned);
        for (const PrepSheetBatch::Sheet& sheet : sheets) {
            const PrepSheetData data = PrepSheet::gather(db, sheet.contactId, sheet.meetingId);
            const QString html = PrepSheet::combined({PrepSheet::html(data)});
            QVERIFY(html.contains(PrepSheet::tr("Purpose").toHtmlEscaped()));
            const QByteArray who = data.contact.displayName().toUtf8();
            QVERIFY2(PrepSheetPages::pageCount(html, size) == 1, who.constData());
            QVERIFY2(pdfPages(html, size) == 1, who.constData()); // the page count is the PDF's
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void aLongSheetBreaksBetweenSectionsNeverAfterAHeading_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void aLongSheetBreaksBetweenSectionsNeverAfterAHeading()
    {
        QFETCH(int, paper);
        PrepSheetData data = PrepSheet::gather(m_net.database.connection(), m_long, m_longMeeting);
        QVERIFY(data.history.size() > PrepSheet::kHistoryShown);
        QVERIFY(data.openFollowUps.size() > PrepSheet::kFollowUpsShown);
        // Introductions of growing length move every later line down, so that each heading in
        // turn comes near the foot of the first page.
        int strandedWithoutFix = 0;
        int moved = 0;
        for (int extra = 0; extra <= 240; extra += 6) {
            data.introduction = words(extra);
            const QString html = PrepSheet::combined({PrepSheet::html(data)});
            QBuffer nowhere;
            QPdfWriter writer(&nowhere);
            writer.setPageLayout(PrepSheetPages::pageLayout(QPageSize(QPageSize::PageSizeId(paper))));
            writer.setResolution(PrepSheetPages::kResolution);

            // As Qt alone would lay it out.
            SafeTextDocument plain;
            plain.documentLayout()->setPaintDevice(&writer);
            plain.setHtml(html);
            plain.setDocumentMargin(0);
            plain.setPageSize(QSizeF(writer.width(), writer.height()));
            strandedWithoutFix += int(PrepSheetPages::strandedHeadings(plain).size());

            SafeTextDocument document;
            moved += PrepSheetPages::layOut(document, html, &writer);
            const QByteArray where = QByteArray::number(extra) + " words of introduction";
            QVERIFY2(document.pageCount() >= 2, where.constData());
            QVERIFY2(document.pageCount() <= 3, where.constData());
            breaksFallBetweenSections(document, where);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(strandedWithoutFix > 0); // the lengths tried did leave headings at a page's foot
        QVERIFY(moved > 0);
    }

    void aLongMeetingNoteBreaksBetweenSections_data() { aLongSheetBreaksBetweenSectionsNeverAfterAHeading_data(); }

    void aLongMeetingNoteBreaksBetweenSections()
    {
        QFETCH(int, paper);
        const QSqlDatabase db = m_demo.database.connection();
        const auto sheets = PrepSheetBatch::plannedBetween(db, kNow.date(), kNow.date().addYears(1));
        QVERIFY(!sheets.isEmpty());
        PrepSheetData data = PrepSheet::gather(db, sheets.first().contactId, sheets.first().meetingId);
        // An agenda as long as the sheet prints: every line of it, each near the longest a line may be.
        QStringList points;
        for (int i = 0; i < PrepSheet::kMeetingNoteLines; ++i)
            points.append(QStringLiteral("- Point %1: %2").arg(i).arg(words(40)));
        data.meeting->notes = points.join(QLatin1Char('\n'));
        const QString html = PrepSheet::combined({PrepSheet::html(data)});
        QVERIFY(html.contains(QStringLiteral("Point %1").arg(PrepSheet::kMeetingNoteLines - 1)));
        QBuffer nowhere;
        QPdfWriter writer(&nowhere);
        writer.setPageLayout(PrepSheetPages::pageLayout(QPageSize(QPageSize::PageSizeId(paper))));
        writer.setResolution(PrepSheetPages::kResolution);
        SafeTextDocument document;
        PrepSheetPages::layOut(document, html, &writer);
        QCOMPARE(document.pageCount(), 2);
        breaksFallBetweenSections(document, "a long agenda");
    }
};

QTEST_MAIN(TestPrepSheetPages)
#include "tst_prepsheetpages.moc"
