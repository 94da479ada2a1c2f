// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Notes survive a kill: a child process types into the real notes editor without pausing, the
// test kills it with SIGKILL, and every word typed more than about a second before the kill
// must be in the database.
#include "ContactStore.h"
#include "Database.h"
#include "MeetingStore.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Rapport;

class TestNotesKill : public QObject
{
    Q_OBJECT

private slots:
    void typedNotesSurviveSigkill_data()
    {
        QTest::addColumn<int>("typingMs");
        QTest::newRow("after 1.5 s of typing") << 1500;
        QTest::newRow("after 3 s of typing") << 3000;
    }

    void typedNotesSurviveSigkill()
    {
        QFETCH(int, typingMs);
        Test::TempNetwork net;
        qint64 meetingId = 0;
        {
            ContactStore contacts(net.database);
            MeetingStore meetings(net.database);
            Meeting m;
            m.contactId = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
            m.start = QDateTime::currentDateTime();
            meetingId = meetings.addMeeting(m);
            QVERIFY(meetingId);
        }
        net.database.close();

        QProcess typist;
        typist.start(QStringLiteral(RAPPORT_NOTES_TYPIST), {net.path(), QString::number(meetingId)});
        QVERIFY(typist.waitForStarted());
        // Words the child reported typed, with when the parent read them.
        QList<std::pair<int, qint64>> typed;
        QElapsedTimer clock;
        clock.start();
        // The child needs a moment to start; typing time counts from its first word.
        qint64 typingUntil = 20000;
        while (clock.elapsed() < typingUntil) {
            typist.waitForReadyRead(50);
            while (typist.canReadLine()) {
                if (typed.isEmpty())
                    typingUntil = clock.elapsed() + typingMs;
                typed.append({typist.readLine().trimmed().toInt(), clock.elapsed()});
            }
        }
        ::kill(pid_t(typist.processId()), SIGKILL);
        const qint64 killedAt = clock.elapsed();
        QVERIFY(typist.waitForFinished(5000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
        QVERIFY2(typed.size() > 10, "the child did not type");

        Database reopened;
        QVERIFY(reopened.open(net.path(), Database::OpenMode::MustExist));
        const QString notes = MeetingStore(reopened).meeting(meetingId)->notes;
        // Everything typed by 1.5 s before the kill is there (1 s of autosave, plus slack for this machine).
        int mustSurvive = 0;
        for (const auto& [word, at] : typed) {
            if (at <= killedAt - 1500)
                mustSurvive = word;
        }
        QVERIFY(mustSurvive > 0);
        for (int word = 1; word <= mustSurvive; ++word)
            QVERIFY2(notes.contains(QStringLiteral("w%1 ").arg(word))
                    || notes.contains(QStringLiteral("w%1\n").arg(word))
                    || notes.endsWith(QStringLiteral("w%1").arg(word)),
                qPrintable(QStringLiteral("w%1 was lost; notes: %2").arg(word).arg(notes.right(80))));
        QVERIFY(SqlStatement::scalar(reopened.connection(), QStringLiteral("PRAGMA integrity_check")).toString()
            == QLatin1String("ok"));
    }
};

QTEST_GUILESS_MAIN(TestNotesKill)
#include "tst_noteskill.moc"
