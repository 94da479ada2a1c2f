// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionBank.h"

#include "SqlStatement.h"

#include <QHash>
#include <QUuid>

namespace Rapport {

namespace {

struct DefaultQuestion {
    const char* category;
    const char* text;
};

// Drawn from career-centre guides to informational interviewing. Never a request for a job.
const DefaultQuestion kDefaults[] = {
    {"path", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "How did you get into this line of work?")},
    {"path", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What did your path from your degree to this role look like?")},
    {"path", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What do you know now that you wish you had known then?")},
    {"job", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What does a typical week look like for you?")},
    {"job", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What do you enjoy most about your work, and what least?")},
    {"job", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "Which skills matter most in your role?")},
    {"organization", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "How would you describe the culture here?")},
    {"organization", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "How do people usually join, and how do they grow?")},
    {"field", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "Where do you see this field going in the next five years?")},
    {"field", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What are the biggest challenges the field faces?")},
    {"advice", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What would you do in my position?")},
    {"advice", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "How could someone with my background stand out?")},
    {"advice", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "What should I read or follow to learn more?")},
    {"referrals", QT_TRANSLATE_NOOP("Rapport::QuestionBank", "Who else should I talk to? May I mention your name?")},
};

} // namespace

QStringList QuestionBank::categories()
{
    return {QStringLiteral("path"), QStringLiteral("job"), QStringLiteral("organization"), QStringLiteral("field"),
        QStringLiteral("advice"), QStringLiteral("referrals")};
}

QString QuestionBank::categoryLabel(const QString& category)
{
    if (category == QLatin1String("path"))
        return tr("Their path");
    if (category == QLatin1String("job"))
        return tr("The job");
    if (category == QLatin1String("organization"))
        return tr("The organisation");
    if (category == QLatin1String("field"))
        return tr("The field");
    if (category == QLatin1String("advice"))
        return tr("Advice for me");
    if (category == QLatin1String("referrals"))
        return tr("Referrals");
    return category;
}

void QuestionBank::ensureDefaults(const QSqlDatabase& db)
{
    if (SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM question")).toInt() > 0)
        return;
    SqlStatement insert(
        db, QStringLiteral("INSERT INTO question (uuid, category, text, position) VALUES (?, ?, ?, ?)"));
    // Each default question has the same UUID in every network and language, from its English text:
    // two copies of a network (a laptop in French, a desktop in English) merge their banks instead of
    // doubling them, and a default question deleted in one copy stays deleted.
    static const QUuid kDefaultsNamespace(QStringLiteral("5b0c2d6e-2f1a-4c7e-9a43-7d1e0b8f6a21"));
    QHash<QString, int> positions;
    for (const DefaultQuestion& q : kDefaults) {
        const QString category = QString::fromLatin1(q.category);
        const QString uuid = QUuid::createUuidV5(kDefaultsNamespace, QByteArray(q.text)).toString(QUuid::WithoutBraces);
        insert.exec({uuid, category, tr(q.text), positions[category]++});
    }
}

QList<Question> QuestionBank::all(const QSqlDatabase& db)
{
    QList<Question> questions;
    SqlStatement rows(
        db, QStringLiteral("SELECT id, category, text, position, active FROM question ORDER BY position, id"));
    rows.exec();
    while (rows.next())
        questions.append({rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
            rows.value(3).toInt(), rows.value(4).toBool()});
    const QStringList order = categories();
    std::stable_sort(questions.begin(), questions.end(), [&order](const Question& a, const Question& b) {
        return order.indexOf(a.category) < order.indexOf(b.category);
    });
    return questions;
}

qint64 QuestionBank::add(const QSqlDatabase& db, const QString& category, const QString& text)
{
    const int position = SqlStatement::scalar(
        db, QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM question WHERE category = ?"), {category})
                             .toInt();
    SqlStatement insert(db, QStringLiteral("INSERT INTO question (category, text, position) VALUES (?, ?, ?)"));
    return insert.exec({category, text.trimmed(), position}).lastInsertId();
}

void QuestionBank::update(const QSqlDatabase& db, const Question& q)
{
    SqlStatement::run(db, QStringLiteral("UPDATE question SET category = ?, text = ?, active = ? WHERE id = ?"),
        {q.category, q.text.trimmed(), q.active ? 1 : 0, q.id});
}

void QuestionBank::move(const QSqlDatabase& db, qint64 id, int delta)
{
    QList<Question> siblings;
    QString category;
    for (const Question& q : all(db)) {
        if (q.id == id)
            category = q.category;
    }
    for (const Question& q : all(db)) {
        if (q.category == category)
            siblings.append(q);
    }
    const auto it = std::find_if(siblings.begin(), siblings.end(), [id](const Question& q) { return q.id == id; });
    const qsizetype index = it - siblings.begin();
    const qsizetype other = index + delta;
    if (it == siblings.end() || other < 0 || other >= siblings.size())
        return;
    siblings.swapItemsAt(index, other);
    SqlStatement position(db, QStringLiteral("UPDATE question SET position = ? WHERE id = ?"));
    for (qsizetype i = 0; i < siblings.size(); ++i)
        position.exec({int(i), siblings.at(i).id});
}

void QuestionBank::restore(const QSqlDatabase& db, const Question& q, const QString& uuid)
{
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO question (id, uuid, category, text, position, active) VALUES (?, ?, ?, ?, ?, ?)"),
        {q.id, uuid.isEmpty() ? QVariant() : QVariant(uuid), q.category, q.text, q.position, q.active ? 1 : 0});
}

QString QuestionBank::uuidOf(const QSqlDatabase& db, qint64 id)
{
    return SqlStatement::scalar(db, QStringLiteral("SELECT uuid FROM question WHERE id = ?"), {id}).toString();
}

void QuestionBank::remove(const QSqlDatabase& db, qint64 id)
{
    SqlStatement::run(db, QStringLiteral("DELETE FROM interaction_question WHERE question_id = ?"), {id});
    SqlStatement::run(db, QStringLiteral("DELETE FROM question WHERE id = ?"), {id});
}

QList<QVariantList> QuestionBank::answersOf(const QSqlDatabase& db, qint64 id)
{
    QList<QVariantList> answers;
    SqlStatement rows(db,
        QStringLiteral("SELECT interaction_id, asked, answer, on_sheet, position FROM interaction_question "
                       "WHERE question_id = ? ORDER BY interaction_id"));
    rows.exec({id});
    while (rows.next())
        answers.append({rows.value(0), rows.value(1), rows.value(2), rows.value(3), rows.value(4)});
    return answers;
}

void QuestionBank::restoreAnswers(const QSqlDatabase& db, qint64 id, const QList<QVariantList>& rows)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO interaction_question (interaction_id, question_id, asked, answer, on_sheet, "
                       "position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariantList& row : rows)
        insert.exec({row.value(0), id, row.value(1), row.value(2), row.value(3), row.value(4)});
}

QList<AskedQuestion> QuestionBank::forMeeting(const QSqlDatabase& db, qint64 meetingId)
{
    struct Saved {
        bool asked = false;
        QString answer;
        bool onSheet = true;
        int position = 0;
    };
    QHash<qint64, Saved> saved;
    SqlStatement rows(db,
        QStringLiteral("SELECT question_id, asked, answer, on_sheet, position FROM interaction_question "
                       "WHERE interaction_id = ?"));
    rows.exec({meetingId});
    while (rows.next())
        saved.insert(rows.value(0).toLongLong(),
            {rows.value(1).toBool(), rows.value(2).toString(), rows.value(3).toBool(), rows.value(4).toInt()});
    QList<AskedQuestion> asked;
    const QList<Question> bank = all(db);
    if (bank.isEmpty()) { // a network the window never opened: the defaults, read-only
        for (const DefaultQuestion& q : kDefaults)
            asked.append({0, QString::fromLatin1(q.category), tr(q.text), false, {}, true});
        return asked;
    }
    QHash<qint64, int> order; // the bank's order, unless this meeting set its own
    for (qsizetype i = 0; i < bank.size(); ++i) {
        const Question& q = bank.at(i);
        if (!q.active && !saved.contains(q.id))
            continue;
        const Saved s = saved.value(q.id);
        asked.append({q.id, q.category, q.text, s.asked, s.answer, s.onSheet});
        order.insert(q.id, saved.contains(q.id) && s.position > 0 ? s.position : int(i) * 1000);
    }
    const QStringList categories = QuestionBank::categories();
    std::stable_sort(asked.begin(), asked.end(), [&](const AskedQuestion& a, const AskedQuestion& b) {
        const auto ca = categories.indexOf(a.category);
        const auto cb = categories.indexOf(b.category);
        return ca != cb ? ca < cb : order.value(a.questionId) < order.value(b.questionId);
    });
    return asked;
}

void QuestionBank::saveAnswer(const QSqlDatabase& db, qint64 meetingId, const AskedQuestion& q)
{
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO interaction_question (interaction_id, question_id, asked, answer, on_sheet) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (interaction_id, question_id) DO UPDATE SET "
                       "asked = excluded.asked, answer = excluded.answer, on_sheet = excluded.on_sheet"),
        {meetingId, q.questionId, q.asked ? 1 : 0, q.answer, q.onSheet ? 1 : 0});
}

void QuestionBank::moveForMeeting(const QSqlDatabase& db, qint64 meetingId, qint64 questionId, int delta)
{
    QList<AskedQuestion> questions = forMeeting(db, meetingId);
    const auto it = std::find_if(questions.begin(), questions.end(),
        [questionId](const AskedQuestion& q) { return q.questionId == questionId; });
    if (it == questions.end())
        return;
    const qsizetype index = it - questions.begin();
    const qsizetype other = index + delta;
    if (other < 0 || other >= questions.size() || questions.at(other).category != it->category)
        return;
    questions.swapItemsAt(index, other);
    // Every question of the meeting gets its place, so the order no longer follows the bank.
    SqlStatement position(db,
        QStringLiteral("INSERT INTO interaction_question (interaction_id, question_id, asked, answer, on_sheet, "
                       "position) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interaction_id, question_id) DO UPDATE "
                       "SET position = excluded.position"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const AskedQuestion& q = questions.at(i);
        position.exec({meetingId, q.questionId, q.asked ? 1 : 0, q.answer, q.onSheet ? 1 : 0, int(i + 1)});
    }
}

} // namespace Rapport
