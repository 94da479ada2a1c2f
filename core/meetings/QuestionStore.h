// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "QuestionBank.h"

#include <QObject>

#include <optional>

namespace Rapport {

class Database;

// Reads and writes the question bank and what each meeting ticked and answered from it. Every
// write is one transaction and is announced once committed; a read that fails returns nothing
// and emits readFailed (see ContactStore). The SQL itself lives in QuestionBank.
class QuestionStore : public QObject
{
    Q_OBJECT

public:
    explicit QuestionStore(Database& database, QObject* parent = nullptr);

    // Every question, by category then position.
    QList<Question> questions() const;
    std::optional<Question> question(qint64 id) const;
    // See QuestionBank::forMeeting.
    QList<AskedQuestion> forMeeting(qint64 meetingId) const;
    // Why the last read failed, or empty when it worked.
    QString readError() const { return m_readError; }

    // Each returns 0/false on failure with lastError() set and nothing written.
    qint64 add(const QString& category, const QString& text);
    bool update(const Question& question);
    // Swaps a question with its neighbour in its category (delta -1 or +1).
    bool move(qint64 id, int delta);

    // What Undo needs to put a removed question back exactly as it was.
    struct Removed {
        Question question;
        QString uuid;
        QList<QVariantList> answers;
    };
    std::optional<Removed> remove(qint64 id);
    bool restore(const Removed& removed);

    // Ticks and answers of one question in one meeting.
    bool saveAnswer(qint64 meetingId, const AskedQuestion& question);
    bool moveForMeeting(qint64 meetingId, qint64 questionId, int delta);

    QString lastError() const { return m_lastError; }

signals:
    void questionAdded(const Rapport::Question& question);
    void questionChanged(const Rapport::Question& question);
    void questionRemoved(qint64 id);
    // The order of the questions in one category changed.
    void questionsReordered(const QString& category);
    void answerSaved(qint64 meetingId, const Rapport::AskedQuestion& question);
    void meetingQuestionsReordered(qint64 meetingId);
    void writeFailed(const QString& message);
    void readFailed(const QString& message) const;

private:
    template <typename Write>
    bool write(Write&& body);
    template <typename Read>
    auto read(Read&& body) const;

    Database& m_database;
    QString m_lastError;
    mutable QString m_readError;
};

} // namespace Rapport
