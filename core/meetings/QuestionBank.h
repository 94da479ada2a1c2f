// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Rapport {

struct Question {
    qint64 id = 0;
    QString category; // a key of QuestionBank::categories()
    QString text;
    int position = 0;
    bool active = true;
};

// A question of the bank as asked in one meeting.
struct AskedQuestion {
    qint64 questionId = 0;
    QString category;
    QString text;
    bool asked = false;
    QString answer;
    bool onSheet = true; // printed on this meeting's prep sheet
};

// The editable bank of informational-interview questions, grouped as career centres group
// them, and the questions ticked and answered in each meeting. Every function that writes
// expects the caller's transaction; all of them throw DatabaseError.
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::QuestionBank)

public:
    // In the order they are asked; "referrals" always last.
    static QStringList categories();
    static QString categoryLabel(const QString& category);

    // Fills an empty bank with the defaults, in the user's language.
    static void ensureDefaults(const QSqlDatabase& db);
    // Every question, by category then position.
    static QList<Question> all(const QSqlDatabase& db);
    static qint64 add(const QSqlDatabase& db, const QString& category, const QString& text);
    static void update(const QSqlDatabase& db, const Question& question);
    // Swaps a question with its neighbour in the same category (delta -1 or +1).
    static void move(const QSqlDatabase& db, qint64 id, int delta);
    // Puts a removed question back as it was: its id, uuid and position (Undo).
    static void restore(const QSqlDatabase& db, const Question& question, const QString& uuid);
    static QString uuidOf(const QSqlDatabase& db, qint64 id);
    // Removes a question with what every meeting recorded for it.
    static void remove(const QSqlDatabase& db, qint64 id);
    // What meetings recorded for a question (meeting, asked, answer, on sheet, position), for Undo.
    static QList<QVariantList> answersOf(const QSqlDatabase& db, qint64 id);
    static void restoreAnswers(const QSqlDatabase& db, qint64 id, const QList<QVariantList>& rows);

    // The active questions with what was ticked and answered in this meeting, plus any
    // since-disabled question that was answered in it.
    static QList<AskedQuestion> forMeeting(const QSqlDatabase& db, qint64 meetingId);
    static void saveAnswer(const QSqlDatabase& db, qint64 meetingId, const AskedQuestion& question);
    // Moves a question up or down (delta -1/+1) within its category, for this meeting only.
    static void moveForMeeting(const QSqlDatabase& db, qint64 meetingId, qint64 questionId, int delta);
};

} // namespace Rapport
