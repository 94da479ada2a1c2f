// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveTables.h"
#include "ArchiveText.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Rapport;

// The LinkedIn archive's messages.csv and Invitations.csv (issue 17): every column variant of the
// years, text that arrives double-encoded or with HTML entities, CR LF inside quoted messages,
// group chats, drafts and spam; and the text repairs on their own.
class TestArchiveTables : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    }

private slots:
    void repairsDoubleEncodedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("é") << QStringLiteral("LÃ©a Fontaine") << QStringLiteral("Léa Fontaine");
        QTest::newRow("ë") << QStringLiteral("ZoÃ« Whitaker") << QStringLiteral("Zoë Whitaker");
        QTest::newRow("windows quote") << QStringLiteral("Iâ€™d love to") << QStringLiteral("I’d love to");
        QTest::newRow("cjk") << QStringLiteral("ä¸­æ\u0096\u0087") << QStringLiteral("中文");
        QTest::newRow("latin-1 kept") << QStringLiteral("Jürgen Müller") << QStringLiteral("Jürgen Müller");
        QTest::newRow("naïve kept") << QStringLiteral("naïve café") << QStringLiteral("naïve café");
        QTest::newRow("right already") << QStringLiteral("Søren Ødegård") << QStringLiteral("Søren Ødegård");
        QTest::newRow("ascii") << QStringLiteral("Samir Haddad") << QStringLiteral("Samir Haddad");
        QTest::newRow("wide kept") << QStringLiteral("Ã© 中") << QStringLiteral("Ã© 中");
    }

    void repairsDoubleEncodedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ArchiveText::repairDoubleEncoding(text), expected);
        QCOMPARE(ArchiveText::repairDoubleEncoding(expected), expected); // a fixpoint
    }

    // Seeded property: any text, encoded twice (UTF-8 bytes read as Latin-1 or as Windows-1252),
    // comes back whole; and entity-escaped text decodes to itself.
    void repairsGeneratedText()
    {
        QRandomGenerator random(17);
        const QList<char32_t> pool {'a', 'Z', ' ', '&', ';', '#', '<', '\'', 0xE9, 0xFC, 0xDF, 0xA0, 0x2019, 0x20AC,
            0x4E2D, 0x0416, 0x1F600, 0x00C3, 0x00A9};
        for (int round = 0; round < 2000; ++round) {
            QString original;
            const int length = 1 + int(random.bounded(12));
            for (int i = 0; i < length; ++i) {
                const char32_t c = pool.at(random.bounded(int(pool.size())));
                original.append(QString::fromUcs4(&c, 1));
            }
            const QByteArray utf8 = original.toUtf8();
            const QString latin1Twice = QString::fromLatin1(utf8);
            QCOMPARE(ArchiveText::repairDoubleEncoding(latin1Twice), original);
            QString escaped = original;
            escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
                .replace(QLatin1Char('<'), QLatin1String("&lt;"))
                .replace(QLatin1Char('\''), QLatin1String("&#39;"));
            QCOMPARE(ArchiveText::decodeEntities(escaped), original);
        }
    }

    void decodesEntities()
    {
        QCOMPARE(
            ArchiveText::decodeEntities(QStringLiteral("Fish &amp; chips &lt;3 &quot;yes&quot; it&#39;s &#x2019;")),
            QStringLiteral("Fish & chips <3 \"yes\" it's \u2019"));
        QCOMPARE(ArchiveText::decodeEntities(QStringLiteral("a&nbsp;b")), QStringLiteral("a\u00A0b"));
        // What is no reference stays as typed: a bare &, an unknown name, a tag, a bad number.
        for (const char* kept : {"R&D; Q&A", "&bogus;", "<b>bold</b>", "&#0;", "&#xD800;", "&#99999999;", "&", "&;"})
            QCOMPARE(ArchiveText::decodeEntities(QString::fromUtf8(kept)), QString::fromUtf8(kept));
    }

    void readsTheArchiveTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("messages") << QStringLiteral("2023-06-11 15:33:58 UTC") << utc(2023, 6, 11, 15, 33, 58);
        QTest::newRow("invitation 12h") << QStringLiteral("9/25/26, 8:52 AM") << utc(2026, 9, 25, 8, 52);
        QTest::newRow("invitation pm") << QStringLiteral("1/8/18, 6:14 PM") << utc(2018, 1, 8, 18, 14);
        QTest::newRow("noon") << QStringLiteral("3/1/24, 12:05 PM") << utc(2024, 3, 1, 12, 5);
        QTest::newRow("midnight") << QStringLiteral("3/1/24, 12:05 AM") << utc(2024, 3, 1, 0, 5);
        QTest::newRow("invitation 24h") << QStringLiteral("07/22/2026 04:02") << utc(2026, 7, 22, 4, 2);
        QTest::newRow("day first") << QStringLiteral("22/07/2026 04:02") << utc(2026, 7, 22, 4, 2);
        QTest::newRow("iso T") << QStringLiteral("2024-02-29T23:59:00Z") << utc(2024, 2, 29, 23, 59);
        QTest::newRow("date only") << QStringLiteral("2024-02-29") << utc(2024, 2, 29, 0, 0);
        QTest::newRow("not a date") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("no such day") << QStringLiteral("2/30/24, 8:00 AM") << QDateTime();
        QTest::newRow("13 pm") << QStringLiteral("2/3/24, 13:00 PM") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void readsTheArchiveTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(ArchiveText::parseTime(text), expected);
    }

    // 2021's shape, with a BOM, CR LF inside a quoted message, a group chat and a double-encoded name.
    void readsMessages()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                               "DATE,SUBJECT,CONTENT,FOLDER\r\n"
                               "c1,,LÃ©a Fontaine,https://www.linkedin.com/in/lea,Me Myself,"
                               "https://www.linkedin.com/in/me,2023-06-11 15:33:58 UTC,,\"Hi!\r\nSure &amp; happy to\","
                               "INBOX\r\n"
                               "c2,Postdocs,Me Myself,https://www.linkedin.com/in/me,\"Ada One, Bo Two\","
                               "https://www.linkedin.com/in/ada;https://www.linkedin.com/in/bo,2023-06-12 09:00:00 UTC,"
                               "Coffee?,\"Would you both, maybe, have 20 minutes?\",SENT\r\n"
                               "\r\n";
        QList<ArchiveMessage> messages;
        ArchiveTableReport report;
        QVERIFY(ArchiveTables::readMessages(csv, &messages, &report));
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(messages.size(), 2);
        const ArchiveMessage& first = messages.at(0);
        QCOMPARE(first.conversationId, QStringLiteral("c1"));
        QCOMPARE(first.from, QStringLiteral("Léa Fontaine"));
        QCOMPARE(first.senderUrl, QStringLiteral("https://www.linkedin.com/in/lea"));
        QCOMPARE(first.time, utc(2023, 6, 11, 15, 33, 58));
        QCOMPARE(first.content, QStringLiteral("Hi!\r\nSure & happy to"));
        QCOMPARE(first.folder, QStringLiteral("INBOX"));
        QCOMPARE(first.line, 2);
        const ArchiveMessage& group = messages.at(1);
        QCOMPARE(group.recipientUrls,
            (QStringList {
                QStringLiteral("https://www.linkedin.com/in/ada"), QStringLiteral("https://www.linkedin.com/in/bo")}));
        QCOMPARE(group.subject, QStringLiteral("Coffee?"));
        QCOMPARE(group.conversationTitle, QStringLiteral("Postdocs"));
        QCOMPARE(group.line, 4); // the CR LF inside the first message counts as a line
    }

    // Newer files add draft flags and attachments; columns in another order and case read alike.
    void skipsDraftsAndSpamAndReadsAnyColumnOrder()
    {
        const QByteArray csv
            = "folder,content,date,from,conversation id,IS MESSAGE DRAFT,IS CONVERSATION DRAFT,ATTACHMENTS,"
              "Sender Profile URL\n"
              "INBOX,kept,2024-01-02 10:00:00 UTC,Ada One,c1,false,false,,https://www.linkedin.com/in/ada\n"
              "DRAFT,unsent,2024-01-03 10:00:00 UTC,Me,c1,true,false,,\n"
              "INBOX,unsent too,2024-01-03 11:00:00 UTC,Me,c3,false,TRUE,,\n"
              "SPAM,Buy now,2024-01-04 10:00:00 UTC,Spammer,c2,false,false,,\n"
              "ARCHIVE,bad date,someday,Ada One,c1,false,false,,\n";
        QList<ArchiveMessage> messages;
        ArchiveTableReport report;
        QVERIFY(ArchiveTables::readMessages(csv, &messages, &report));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().content, QStringLiteral("kept"));
        QCOMPARE(messages.first().senderUrl, QStringLiteral("https://www.linkedin.com/in/ada"));
        QCOMPARE(report.drafts, 2);
        QCOMPARE(report.spam, 1);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, 6);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("someday")));
    }

    void refusesATableWithoutItsColumns()
    {
        QList<ArchiveMessage> messages;
        ArchiveTableReport report;
        QVERIFY(!ArchiveTables::readMessages("FROM,TO\nA,B\n", &messages, &report));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, 0);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("CONVERSATION ID")));
        report = {};
        QVERIFY(!ArchiveTables::readMessages("", &messages, &report));
        report = {};
        QVERIFY(!ArchiveTables::readMessages(
            "CONVERSATION ID,FROM,DATE,CONTENT\nc1,A,2024-01-01,\"never closed\n", &messages, &report));
        QVERIFY(messages.isEmpty());
    }

    // Both shapes: before late 2023 (no profile URLs) and after.
    void readsInvitations()
    {
        const QByteArray old
            = "From,To,Sent At,Message,Direction\n"
              "Me Myself,Ada One,\"9/25/26, 8:52 AM\",\"Hello Ada, I'd love to learn about your work\",OUTGOING\n"
              "Bo Two,Me Myself,07/22/2026 04:02,,INCOMING\n"
              "X,Y,07/22/2026 04:02,,SIDEWAYS\n";
        QList<ArchiveInvitation> invitations;
        ArchiveTableReport report;
        QVERIFY(ArchiveTables::readInvitations(old, &invitations, &report));
        QCOMPARE(invitations.size(), 2);
        QVERIFY(invitations.at(0).outgoing);
        QCOMPARE(invitations.at(0).sentAt, utc(2026, 9, 25, 8, 52));
        QCOMPARE(invitations.at(0).message, QStringLiteral("Hello Ada, I'd love to learn about your work"));
        QVERIFY(!invitations.at(1).outgoing);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, 4);

        const QByteArray recent = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                                  "Me Myself,Ada One,07/22/2026 04:02,,OUTGOING,https://www.linkedin.com/in/me,"
                                  "https://www.linkedin.com/in/ada\n";
        invitations.clear();
        report = {};
        QVERIFY(ArchiveTables::readInvitations(recent, &invitations, &report));
        QCOMPARE(invitations.size(), 1);
        QCOMPARE(invitations.first().inviteeUrl, QStringLiteral("https://www.linkedin.com/in/ada"));
        QCOMPARE(invitations.first().inviterUrl, QStringLiteral("https://www.linkedin.com/in/me"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTables)
#include "tst_archivetables.moc"
