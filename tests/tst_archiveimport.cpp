// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveHistory.h"
#include "ArchiveImport.h"
#include "ContactStore.h"
#include "ImportHistory.h"
#include "JsonExporter.h"
#include "JsonRestore.h"
#include "MessageLogModel.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <zip.h>

using namespace Rapport;

// A whole LinkedIn data archive imported as one batch (issue 17): archives built here, in LinkedIn's
// shape and its variants, with the owner, connections, people outside the network, group chats,
// drafts, spam and double-encoded names; then re-imported, undone, and read with the privacy choice.
class TestArchiveImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_archives = 0;

    using Files = QList<std::pair<QString, QByteArray>>;

    QString makeZip(const Files& files)
    {
        const QString path = m_dir.filePath(QStringLiteral("Basic_LinkedInDataExport_%1.zip").arg(++m_archives));
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        if (!archive)
            qFatal("cannot create %s", qPrintable(path));
        for (const auto& [name, data] : files) {
            zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
            if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
                qFatal("cannot add %s", qPrintable(name));
        }
        if (zip_close(archive) != 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString makeFolder(const Files& files)
    {
        const QString path = m_dir.filePath(QStringLiteral("archive-folder-%1").arg(++m_archives));
        for (const auto& [name, data] : files) {
            const QString file = QDir(path).filePath(name);
            QDir().mkpath(QFileInfo(file).path());
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(file));
        }
        return path;
    }

    static QByteArray connections()
    {
        return QByteArrayLiteral(
            "\xEF\xBB\xBFNotes:\r\n"
            "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
            "\r\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            "Ana,López,https://www.linkedin.com/in/ana-lopez,,Acme Bio,Scientist,12 Jan 2025\r\n"
            "Ben,Wu,https://www.linkedin.com/in/ben-wu,,Whitfield University,Professor,03 Feb 2025\r\n"
            "Chloé,Martin,https://www.linkedin.com/in/chloe-martin,,Verity,Writer,04 Mar 2025\r\n"
            "Sam,Still,https://www.linkedin.com/in/sam-still,,Lumen,Manager,05 Mar 2025\r\n");
    }

    static QByteArray messages(const QByteArray& extraRows = {})
    {
        return QByteArrayLiteral(
                   "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                   "CONTENT,FOLDER,IS MESSAGE DRAFT\n"
                   // I write to Ana (from INBOX: the folder says nothing of who sent it)
                   "c1,,Jordan Lee,https://www.linkedin.com/in/jordan-lee,Ana López,https://www.linkedin.com/in/"
                   "ana-lopez,2026-01-05 09:00:00 UTC,,\"Could we talk for 20 minutes?\r\nThanks &amp; best\","
                   "INBOX,No\n"
                   // Ana answers, her name double-encoded
                   "c1,,Ana LÃ³pez,https://www.linkedin.com/in/ana-lopez,Jordan Lee,https://www.linkedin.com/in/"
                   "jordan-lee,2026-01-07 18:30:00 UTC,,Happy to — Tuesday?,INBOX,No\n"
                   // I write to someone outside my connections
                   "c2,,Jordan Lee,https://www.linkedin.com/in/jordan-lee,Dana Outsider,https://www.linkedin.com/in/"
                   "dana-outsider,2026-02-01 10:00:00 UTC,,Hello Dana,SENT,No\n"
                   // A recruiter writes to me: not added
                   "c3,,Rick Recruiter,https://www.linkedin.com/in/rick-r,Jordan Lee,https://www.linkedin.com/in/"
                   "jordan-lee,2026-02-02 10:00:00 UTC,Opportunity,Great role for you,INBOX,No\n"
                   // A draft, never sent
                   "c4,,Jordan Lee,https://www.linkedin.com/in/jordan-lee,Sam Still,https://www.linkedin.com/in/"
                   "sam-still,2026-02-03 10:00:00 UTC,,draft text,DRAFTS,Yes\n"
                   // Spam
                   "c5,,Spam Bot,https://www.linkedin.com/in/spam,Jordan Lee,https://www.linkedin.com/in/jordan-lee,"
                   "2026-02-04 10:00:00 UTC,,buy now,SPAM,No\n"
                   // A group message to Ben and Chloé
                   "c6,Intro,Jordan Lee,https://www.linkedin.com/in/jordan-lee,\"Ben Wu, Chloé Martin\","
                   "\"https://www.linkedin.com/in/ben-wu;https://www.linkedin.com/in/chloe-martin\","
                   "2026-02-10 08:00:00 UTC,,Meet each other,ARCHIVE,No\n")
            + extraRows;
    }

    static QByteArray invitations()
    {
        return QByteArrayLiteral("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                                 "Jordan Lee,Eve Newcomer,\"1/15/26, 8:52 AM\",\"Hi Eve, I read your paper\",OUTGOING,"
                                 "https://www.linkedin.com/in/jordan-lee,https://www.linkedin.com/in/eve-n\n"
                                 "Frank Stranger,Jordan Lee,01/16/2026 04:02,,INCOMING,https://www.linkedin.com/in/"
                                 "frank-s,https://www.linkedin.com/in/jordan-lee\n"
                                 "Jordan Lee,Gina Bare,01/17/2026 04:02,,OUTGOING,https://www.linkedin.com/in/"
                                 "jordan-lee,https://www.linkedin.com/in/gina-b\n");
    }

    static QByteArray profile()
    {
        return QByteArrayLiteral("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip "
                                 "Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                                 "Jordan,Lee,,,,Postdoc in cell biology,I study how cells divide.,Research,,"
                                 "\"Boston, MA\",,,\n");
    }

    static Files fullArchive(const QByteArray& extraMessages = {})
    {
        return {{QStringLiteral("Connections.csv"), connections()},
            {QStringLiteral("messages.csv"), messages(extraMessages)},
            {QStringLiteral("Invitations.csv"), invitations()}, {QStringLiteral("Profile.csv"), profile()},
            {QStringLiteral("Positions.csv"),
                QByteArrayLiteral("Company Name,Title,Description,Location,Started On,Finished On\n"
                                  "Whitfield University,Postdoctoral Fellow,Cells,Boston,Sep 2022,\n")},
            {QStringLiteral("Education.csv"),
                QByteArrayLiteral("School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                                  "Whitfield University,2016,2022,,PhD,\n")},
            {QStringLiteral("Learning/guide_messages.csv"), QByteArrayLiteral("a,b\n1,2\n")}};
    }

    static qint64 idOf(Database& db, const QString& first)
    {
        return SqlStatement::scalar(
            db.connection(), QStringLiteral("SELECT id FROM contact WHERE first_name = ?"), {first})
            .toLongLong();
    }

    static QString stageOf(Database& db, const QString& first)
    {
        return SqlStatement::scalar(
            db.connection(), QStringLiteral("SELECT stage FROM contact WHERE first_name = ?"), {first})
            .toString();
    }

    static int count(Database& db, const QString& sql, const QVariantList& values = {})
    {
        return SqlStatement::scalar(db.connection(), sql, values).toInt();
    }

private slots:
    void importsTheWholeArchiveAsOneBatch()
    {
        Test::TempNetwork net;
        const QString path = makeZip(fullArchive());
        const ArchiveImportReport report = ArchiveImport::run(net.database, path, {});
        QVERIFY2(report.written(), qPrintable(report.error));

        // The connections, and the people I wrote to outside them (Dana by message, Eve by an
        // invitation with a note); not the recruiter, the stranger, the spammer or Gina (a bare
        // invitation is no writing).
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 6);
        QCOMPARE(report.history.peopleAdded, 2);
        QCOMPARE(report.contacts.created, 6);
        QCOMPARE(stageOf(net.database, QStringLiteral("Dana")), QStringLiteral("reached_out"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Eve")), QStringLiteral("reached_out"));
        QCOMPARE(report.history.inboundOnly.size(), 2); // the recruiter and the stranger, named
        QVERIFY(report.history.inboundOnly.join(QLatin1Char('|')).contains(QStringLiteral("Rick Recruiter")));
        QVERIFY(report.history.inboundOnly.join(QLatin1Char('|')).contains(QStringLiteral("Frank Stranger")));
        QCOMPARE(report.history.drafts, 1);
        QCOMPARE(report.history.spam, 1);

        // Stages: Ana answered, Ben and Chloé were written to (one group message), Sam only got a draft.
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("replied"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ben")), QStringLiteral("reached_out"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Chloé")), QStringLiteral("reached_out"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Sam")), QStringLiteral("to_contact"));
        QCOMPARE(report.history.movedToReplied, 1);

        // The log: Ana's two messages with their direction and text (entities and CRLF read).
        const qint64 ana = idOf(net.database, QStringLiteral("Ana"));
        SqlStatement log(net.database.connection(),
            QStringLiteral(
                "SELECT direction, sent_at, body, channel FROM message WHERE contact_id = ? ORDER BY sent_at"));
        log.exec({ana});
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toString(), QStringLiteral("out"));
        QCOMPARE(log.value(1).toString(), QStringLiteral("2026-01-05T09:00:00.000Z"));
        QCOMPARE(log.value(2).toString(), QStringLiteral("Could we talk for 20 minutes?\nThanks & best"));
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toString(), QStringLiteral("in"));
        QVERIFY(!log.next());
        // The group message is in both members' logs; the invitation with a note in Eve's.
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE conversation_id = 'c6'")), 2);
        QCOMPARE(
            count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE channel = 'linkedin_invitation'")),
            1);
        QCOMPARE(report.history.messagesAdded, 5); // Ana 2, Dana 1, Ben 1, Chloé 1
        QCOMPARE(report.history.invitationsAdded, 1);

        // Last contact comes from the messages, and search finds their text.
        ContactStore store(net.database);
        QCOMPARE(
            store.summary(ana)->lastContact, QDateTime(QDate(2026, 1, 7), QTime(18, 30), Qt::UTC).toLocalTime().date());
        QVERIFY(store.search(QStringLiteral("tuesday")).contains(ana));

        // My Profile and my history.
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT name FROM profile")).toString(),
            QStringLiteral("Jordan Lee"));
        QCOMPARE(
            SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT field FROM profile")).toString(),
            QStringLiteral("Postdoc in cell biology"));
        QCOMPARE(report.profileFields, 3);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM my_history")), 2);
        QCOMPARE(report.myHistoryAdded, 2);
        QVERIFY(report.ignoredFiles.contains(QStringLiteral("Learning/guide_messages.csv")));

        // One batch in Import History, and one undo takes all of it back.
        const auto batches = ImportHistory::list(net.database);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().format, QStringLiteral("linkedin-archive"));
        QString error;
        QVERIFY2(ImportHistory::undo(net.database, batches.first().id, &error), qPrintable(error));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 0);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), 0);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM my_history")), 0);
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT name FROM profile")).toString(),
            QString());
    }

    // What people write comes back exactly: generated messages (seeded) with markup, Markdown
    // punctuation, CSV quotes and commas, line breaks, entities, other scripts and one huge text,
    // written as LinkedIn writes them (quoted, '&' as "&amp;"). Only CRLF becomes LF.
    // The archive in tests/data/linkedin-archive, in LinkedIn's shape as it ships (the Notes
    // preamble, CRLF, a BOM, HTML entities, a double-encoded name, a group chat, a draft, spam, an
    // invitation with the late-2023 columns, a subfolder and files Rapport does not read), run
    // against every build as a folder and as the ZIP LinkedIn sends.
    void theHeldOutArchive_data()
    {
        QTest::addColumn<bool>("zipped");
        QTest::newRow("folder") << false;
        QTest::newRow("zip") << true;
    }

    void theHeldOutArchive()
    {
        QFETCH(bool, zipped);
        const QString folder = QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive");
        QString path = folder;
        if (zipped) {
            Files files;
            QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                files.append({QDir(folder).relativeFilePath(file.fileName()), file.readAll()});
            }
            path = makeZip(files);
        }
        Test::TempNetwork net;
        const ArchiveImportReport report = ArchiveImport::run(net.database, path, {});
        QVERIFY2(report.written(), qPrintable(report.error));
        QVERIFY2(report.history.problems.isEmpty(), qPrintable(report.history.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.contacts.rows, 4);
        QCOMPARE(report.contacts.created, 5); // and Priya, written to though not a connection
        QCOMPARE(report.history.messagesRead, 8);
        QCOMPARE(report.history.messagesAdded, 6);
        QCOMPARE(report.history.invitationsAdded, 1);
        QCOMPARE(report.history.drafts, 1);
        QCOMPARE(report.history.spam, 1);
        QCOMPARE(report.history.inboundOnly,
            QStringList({QStringLiteral("Riley Recruiter (https://www.linkedin.com/in/riley-recruits)"),
                QStringLiteral("Sam Taylor (https://www.linkedin.com/in/sam-taylor-sales)")}));
        QCOMPARE(report.profileFields, 3);
        QCOMPARE(report.myHistoryAdded, 3);
        QCOMPARE(report.ignoredFiles,
            QStringList({QStringLiteral("Jobs/Saved Jobs.csv"), QStringLiteral("guide_messages.csv")}));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("replied"));
        for (const char* name : {"Ben", "Chloé", "David", "Priya"})
            QCOMPARE(stageOf(net.database, QString::fromUtf8(name)), QStringLiteral("reached_out"));
        // The group message is logged for both its members, the text as it was meant.
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE conversation_id = ?"),
                     {QStringLiteral("2-NGRmOTk5")}),
            2);
        QCOMPARE(SqlStatement::scalar(net.database.connection(),
                     QStringLiteral("SELECT body FROM message WHERE conversation_id = '2-YTFjNzA1' ORDER BY sent_at"))
                     .toString(),
            QStringLiteral(
                "Hi Ana, I am a postdoc in cell biology exploring R&D roles. Would you have 20 minutes for a "
                "call?\nThank you!"));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE body = ?"),
                     {QStringLiteral("Happy to — next Tuesday?")}),
            1);

        // Each contact's page lists their log, newest first, the first words on the line and the
        // whole text on hover.
        MessageLogModel log;
        new QAbstractItemModelTester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal, &log);
        const auto idOf = [&net](const char* first) {
            return SqlStatement::scalar(net.database.connection(),
                QStringLiteral("SELECT id FROM contact WHERE first_name = ?"), {QString::fromUtf8(first)})
                .toLongLong();
        };
        log.setContact(net.database.connection(), idOf("Ana"));
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.total(), 3);
        QVERIFY2(log.index(0, 0).data().toString().endsWith(
                     QStringLiteral(" · You wrote: Thanks both, see you at the meetup.")),
            qPrintable(log.index(0, 0).data().toString()));
        QVERIFY(log.index(1, 0).data().toString().endsWith(QStringLiteral(" · They wrote: Happy to — next Tuesday?")));
        QVERIFY(log.index(2, 0).data().toString().contains(QStringLiteral("You wrote: Hi Ana, I am a postdoc")));
        QCOMPARE(log.index(2, 0).data(Qt::ToolTipRole).toString(),
            QStringLiteral(
                "Hi Ana, I am a postdoc in cell biology exploring R&D roles. Would you have 20 minutes for a "
                "call?\nThank you!"));
        log.setContact(net.database.connection(), idOf("David"));
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(log.index(0, 0).data().toString().contains(
            QStringLiteral(" · Invitation sent: Hi David, I would love to learn how you advise postdocs.")));
        log.setContact(net.database.connection(), 0);
        QCOMPARE(log.rowCount(), 0);

        // The same archive again adds nothing.
        const ArchiveImportReport again = ArchiveImport::run(net.database, path, {});
        QVERIFY2(again.written(), qPrintable(again.error));
        QCOMPARE(again.history.messagesAdded + again.history.invitationsAdded, 0);
        QCOMPARE(again.history.messagesKnown, 7);
        QCOMPARE(again.contacts.created, 0);
    }

    // The privacy choice made afterwards: the texts go, from the log and from the search; the dates,
    // directions and people stay.
    void messageTextsCanBeForgottenLater()
    {
        Test::TempNetwork net;
        const ArchiveImportReport report
            = ArchiveImport::run(net.database, QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive"), {});
        QVERIFY2(report.written(), qPrintable(report.error));
        const QSqlDatabase db = net.database.connection();
        const auto found = [&db](const char* word) {
            return SqlStatement::scalar(db,
                QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"),
                {QString::fromLatin1(word)})
                .toInt();
        };
        QCOMPARE(found("meetup"), 2); // Ana's and Chloé's group message
        QCOMPARE(ArchiveHistory::textsKept(db), 7);
        const int messages = count(net.database, QStringLiteral("SELECT count(*) FROM message"));
        QCOMPARE(ArchiveHistory::forgetTexts(db), 7);
        QCOMPARE(ArchiveHistory::textsKept(db), 0);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), messages);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE body IS NOT NULL")), 0);
        QCOMPARE(found("meetup"), 0);
        QCOMPARE(found("Ana"), 1); // the rest of the index is as it was
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("replied"));
        QCOMPARE(ArchiveHistory::forgetTexts(db), 0); // nothing left to forget
    }

    void messageTextComesBackExactly()
    {
        const QStringList pieces {QStringLiteral("<b>bold</b>"), QStringLiteral("*"), QStringLiteral("_"),
            QStringLiteral("# "), QStringLiteral(","), QStringLiteral("\""), QStringLiteral("\n"),
            QStringLiteral("\r\n"), QStringLiteral("&"), QStringLiteral("&amp;"), QStringLiteral("&lt;"),
            QStringLiteral("&#39;"), QStringLiteral(";"), QStringLiteral("Привет"), QStringLiteral("日本語"),
            QStringLiteral("🙂"), QStringLiteral("é"), QStringLiteral(" "), QStringLiteral("word"),
            QStringLiteral("[link](x)"), QStringLiteral("`code`"), QStringLiteral("\t")};
        QRandomGenerator random(4242);
        QList<QString> sent;
        QByteArray rows;
        for (int i = 0; i < 200; ++i) {
            QString text;
            const int length = 1 + random.bounded(30);
            for (int k = 0; k < length; ++k)
                text += pieces.at(random.bounded(pieces.size()));
            if (i == 0)
                text = QString(300000, QLatin1Char('x')) + text; // a huge message
            if (text.trimmed().isEmpty())
                text += QStringLiteral("x");
            sent.append(text);
            QString written = text;
            written.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
                .replace(QLatin1Char('"'), QStringLiteral("\"\""));
            const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            rows += QStringLiteral("c%1,,Jordan Lee,https://www.linkedin.com/in/jordan-lee,Ana López,"
                                   "https://www.linkedin.com/in/ana-lopez,%2,,\"%3\",SENT\n")
                        .arg(QString::number(i), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), written)
                        .toUtf8();
        }
        Test::TempNetwork net;
        const ArchiveImportReport report = ArchiveImport::run(net.database,
            makeZip({{QStringLiteral("Connections.csv"), connections()},
                {QStringLiteral("messages.csv"),
                    QByteArrayLiteral("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT "
                                      "PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n")
                        + rows}}),
            {});
        QVERIFY2(report.written(), qPrintable(report.error));
        QVERIFY2(report.history.problems.isEmpty(), qPrintable(report.history.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.history.messagesAdded, 200);
        SqlStatement bodies(
            net.database.connection(), QStringLiteral("SELECT conversation_id, body FROM message ORDER BY sent_at"));
        bodies.exec();
        int checked = 0;
        while (bodies.next()) {
            const int i = bodies.value(0).toString().mid(1).toInt();
            const QString expected = QString(sent.at(i)).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            QVERIFY2(bodies.value(1).toString() == expected,
                qPrintable(QStringLiteral("message %1: %2").arg(i).arg(expected.left(200))));
            ++checked;
        }
        QCOMPARE(checked, 200);

        // The JSON backup carries them: restored into an empty network, every text is there,
        // and the restored copy's backup is the same bytes.
        const QByteArray backup = JsonExporter::toJson(net.database.connection());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("backup.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(backup) == backup.size());
        file.close();
        Test::TempNetwork restored;
        const ImportReport back = JsonRestore::run(restored.database, file.fileName(), {});
        QVERIFY2(back.written, qPrintable(back.error));
        const QString bodiesSql = QStringLiteral("SELECT group_concat(body, char(0)) FROM (SELECT body FROM message "
                                                 "ORDER BY sent_at)");
        QCOMPARE(SqlStatement::scalar(restored.database.connection(), bodiesSql).toString(),
            SqlStatement::scalar(net.database.connection(), bodiesSql).toString());
        QCOMPARE(JsonExporter::toJson(restored.database.connection()), backup);
    }

    void undoPutsBackTheStagesOfContactsThatWereThere()
    {
        Test::TempNetwork net;
        QVERIFY(ArchiveImport::run(net.database, makeFolder({{QStringLiteral("Connections.csv"), connections()}}), {})
                    .written());
        // The user moves Ben on by hand; Ana stays where she was.
        SqlStatement::run(net.database.connection(),
            QStringLiteral("UPDATE contact SET stage = 'scheduled' WHERE first_name = 'Ben'"));
        const ArchiveImportReport report = ArchiveImport::run(net.database, makeFolder(fullArchive()), {});
        QVERIFY2(report.written(), qPrintable(report.error));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("replied"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ben")), QStringLiteral("scheduled")); // never back
        QCOMPARE(report.contacts.unchanged, 4);
        QString error;
        QVERIFY2(ImportHistory::undo(net.database, report.contacts.batchId, &error), qPrintable(error));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("to_contact"));
        QCOMPARE(stageOf(net.database, QStringLiteral("Ben")), QStringLiteral("scheduled"));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 4);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), 0);
    }

    void aNewerArchiveAddsOnlyWhatIsNew()
    {
        Test::TempNetwork net;
        const ArchiveImportReport first = ArchiveImport::run(net.database, makeZip(fullArchive()), {});
        QVERIFY2(first.written(), qPrintable(first.error));
        const int before = count(net.database, QStringLiteral("SELECT count(*) FROM message"));
        const ArchiveImportReport second = ArchiveImport::run(net.database,
            makeZip(fullArchive("c1,,Ana López,https://www.linkedin.com/in/ana-lopez,Jordan Lee,"
                                "https://www.linkedin.com/in/jordan-lee,2026-03-01 12:00:00 UTC,,One more,INBOX,No\n")),
            {});
        QVERIFY2(second.written(), qPrintable(second.error));
        QCOMPARE(second.history.messagesAdded, 1);
        QCOMPARE(second.history.invitationsAdded, 0);
        QCOMPARE(second.history.peopleAdded, 0); // Dana and Eve are known now
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), before + 1);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 6);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM my_history")), 2);
    }

    void datesAndDirectionsOnlyKeepNoText()
    {
        Test::TempNetwork net;
        ArchiveImportOptions options;
        options.keepMessageText = false;
        const ArchiveImportReport report = ArchiveImport::run(net.database, makeZip(fullArchive()), options);
        QVERIFY2(report.written(), qPrintable(report.error));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), 6);
        QCOMPARE(
            count(net.database, QStringLiteral("SELECT count(*) FROM message WHERE body IS NOT NULL OR subject <> ''")),
            0);
        ContactStore store(net.database);
        QVERIFY(store.search(QStringLiteral("tuesday")).isEmpty());
        QCOMPARE(stageOf(net.database, QStringLiteral("Ana")), QStringLiteral("replied"));
    }

    void whatTheUserTypedInTheProfileStays()
    {
        Test::TempNetwork net;
        SqlStatement::run(net.database.connection(), QStringLiteral("UPDATE profile SET name = 'Dr. J. Lee'"));
        const ArchiveImportReport report = ArchiveImport::run(net.database, makeZip(fullArchive()), {});
        QVERIFY2(report.written(), qPrintable(report.error));
        QCOMPARE(SqlStatement::scalar(net.database.connection(), QStringLiteral("SELECT name FROM profile")).toString(),
            QStringLiteral("Dr. J. Lee"));
        QCOMPARE(report.profileFields, 2);
    }

    void withoutAnOwnerTheMessagesAreLeftOutAndSaidSo()
    {
        Test::TempNetwork net;
        QByteArray inbox = messages();
        inbox.replace("SENT", "INBOX");
        const ArchiveImportReport report = ArchiveImport::run(net.database,
            makeZip({{QStringLiteral("Connections.csv"), connections()}, {QStringLiteral("messages.csv"), inbox}}), {});
        QVERIFY2(report.written(), qPrintable(report.error));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), 0);
        QCOMPARE(report.history.problems.size(), 1);
        QVERIFY(report.history.problems.first().contains(QStringLiteral("who you are")));
    }

    void aHostileOrForeignArchiveWritesNothing()
    {
        Test::TempNetwork net;
        const ArchiveImportReport climbing
            = ArchiveImport::run(net.database, makeZip({{QStringLiteral("../Connections.csv"), connections()}}), {});
        QVERIFY(!climbing.written());
        QVERIFY(!climbing.error.isEmpty());
        const ArchiveImportReport foreign
            = ArchiveImport::run(net.database, makeZip({{QStringLiteral("photo.jpg"), QByteArray(100, 'x')}}), {});
        QVERIFY(foreign.error.contains(QStringLiteral("not a LinkedIn data archive")));
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 0);
        QCOMPARE(ImportHistory::list(net.database).size(), 0);
    }

    // A folder named as the user types it, relative to where they are; a table that cannot be
    // read is named once, with its archive.
    void aFolderByARelativePath()
    {
        Test::TempNetwork net;
        const QString folder = makeFolder(fullArchive());
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QFileInfo(folder).path()));
        const ArchiveImportReport report = ArchiveImport::run(net.database, QFileInfo(folder).fileName(), {});
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(report.written(), qPrintable(report.error));
        QCOMPARE(report.history.messagesAdded, 5);

        const QString broken = makeFolder({{QStringLiteral("Connections.csv"), QByteArrayLiteral("\xEF\xBB\xBF")}});
        const ArchiveImportReport empty = ArchiveImport::run(net.database, broken, {});
        QVERIFY(!empty.written());
        QVERIFY2(empty.error.startsWith(QStringLiteral("Connections.csv in %1: ").arg(QFileInfo(broken).fileName())),
            qPrintable(empty.error));
        QCOMPARE(empty.error.count(QStringLiteral("Connections.csv")), 1);
    }

    void aDryRunWritesNothing()
    {
        Test::TempNetwork net;
        ArchiveImportOptions options;
        options.dryRun = true;
        const ArchiveImportReport report = ArchiveImport::run(net.database, makeZip(fullArchive()), options);
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.history.messagesAdded, 5);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM message")), 0);
        QCOMPARE(count(net.database, QStringLiteral("SELECT count(*) FROM contact")), 0);
    }
};

QTEST_MAIN(TestArchiveImport)
#include "tst_archiveimport.moc"
