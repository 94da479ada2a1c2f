// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionStore.h"

#include "ReportedRead.h"
#include "TransactionalWrite.h"

namespace Rapport {

QuestionStore::QuestionStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

template <typename Read>
auto QuestionStore::read(Read&& body) const
{
    m_readError.clear();
    return readOrReport(body, [this](const QString& message) {
        m_readError = message;
        emit readFailed(message);
    });
}

template <typename Write>
bool QuestionStore::write(Write&& body)
{
    if (writeInTransaction(m_database, &m_lastError, body))
        return true;
    emit writeFailed(m_lastError);
    return false;
}

QList<Question> QuestionStore::questions() const
{
    return read([this] { return QuestionBank::all(m_database.connection()); });
}

std::optional<Question> QuestionStore::question(qint64 id) const
{
    for (const Question& q : questions()) {
        if (q.id == id)
            return q;
    }
    return std::nullopt;
}

QList<AskedQuestion> QuestionStore::forMeeting(qint64 meetingId) const
{
    return read([&] { return QuestionBank::forMeeting(m_database.connection(), meetingId); });
}

qint64 QuestionStore::add(const QString& category, const QString& text)
{
    qint64 id = 0;
    if (!write([&](const QSqlDatabase& db) { id = QuestionBank::add(db, category, text); }))
        return 0;
    if (const auto added = question(id))
        emit questionAdded(*added);
    return id;
}

bool QuestionStore::update(const Question& q)
{
    if (!write([&](const QSqlDatabase& db) { QuestionBank::update(db, q); }))
        return false;
    if (const auto changed = question(q.id))
        emit questionChanged(*changed);
    return true;
}

bool QuestionStore::move(qint64 id, int delta)
{
    const auto moved = question(id);
    if (!moved || !write([&](const QSqlDatabase& db) { QuestionBank::move(db, id, delta); }))
        return false;
    emit questionsReordered(moved->category);
    return true;
}

std::optional<QuestionStore::Removed> QuestionStore::remove(qint64 id)
{
    Removed removed;
    const bool written = write([&](const QSqlDatabase& db) {
        const QList<Question> all = QuestionBank::all(db);
        const auto it = std::find_if(all.begin(), all.end(), [id](const Question& q) { return q.id == id; });
        if (it == all.end())
            throw DatabaseError(tr("the question is no longer in the bank"));
        removed.question = *it;
        removed.uuid = QuestionBank::uuidOf(db, id);
        removed.answers = QuestionBank::answersOf(db, id);
        QuestionBank::remove(db, id);
    });
    if (!written)
        return std::nullopt;
    emit questionRemoved(id);
    return removed;
}

bool QuestionStore::restore(const Removed& removed)
{
    const bool written = write([&](const QSqlDatabase& db) {
        QuestionBank::restore(db, removed.question, removed.uuid);
        QuestionBank::restoreAnswers(db, removed.question.id, removed.answers);
    });
    if (!written)
        return false;
    if (const auto back = question(removed.question.id))
        emit questionAdded(*back);
    return true;
}

bool QuestionStore::saveAnswer(qint64 meetingId, const AskedQuestion& q)
{
    if (!write([&](const QSqlDatabase& db) { QuestionBank::saveAnswer(db, meetingId, q); }))
        return false;
    emit answerSaved(meetingId, q);
    return true;
}

bool QuestionStore::moveForMeeting(qint64 meetingId, qint64 questionId, int delta)
{
    if (!write([&](const QSqlDatabase& db) { QuestionBank::moveForMeeting(db, meetingId, questionId, delta); }))
        return false;
    emit meetingQuestionsReordered(meetingId);
    return true;
}

} // namespace Rapport
