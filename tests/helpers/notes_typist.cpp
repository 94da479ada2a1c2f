// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A child process for tst_noteskill: opens a network, opens the notes of its first meeting in
// the real NotesEditor, and types a numbered word every 50 ms, printing each word once it is
// in the editor. The parent kills it with SIGKILL and checks what survived.
#include "Database.h"
#include "MeetingStore.h"
#include "NotesEditor.h"

#include <QApplication>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>

using namespace Rapport;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::MustExist))
        return 2;
    MeetingStore meetings(database);
    const qint64 meetingId = QString::fromLocal8Bit(argv[2]).toLongLong();
    NotesEditor editor;
    editor.setSaver(
        [&meetings, meetingId](const QString& markdown) { return meetings.saveNotes(meetingId, markdown); });
    editor.show();
    int word = 0;
    QTimer typing;
    typing.setInterval(50);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        editor.textEdit()->moveCursor(QTextCursor::End);
        editor.textEdit()->insertPlainText(QStringLiteral("w%1 ").arg(++word));
        std::printf("%d\n", word);
        std::fflush(stdout);
    });
    typing.start();
    return app.exec();
}
