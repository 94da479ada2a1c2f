// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The question bank's one write path: QuestionStore's writes and signals, their undo commands,
// and the two models over them (the bank, and one meeting's checklist).
#include "ContactStore.h"
#include "MeetingStore.h"
#include "QuestionBankModel.h"
#include "QuestionChecklistModel.h"
#include "QuestionCommands.h"
#include "QuestionStore.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Rapport;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

class TestQuestionBankModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempNetwork> m_net;
    std::unique_ptr<QuestionStore> m_store;
    QUndoStack m_stack;
    qint64 m_meeting = 0;

    QList<Question> inCategory(const QString& category) const
    {
        QList<Question> questions;
        for (const Question& q : m_store->questions()) {
            if (q.category == category)
                questions.append(q);
        }
        return questions;
    }

private slots:
    void init()
    {
        m_net = std::make_unique<Test::TempNetwork>();
        {
            Transaction transaction(m_net->database.connection());
            QuestionBank::ensureDefaults(m_net->database.connection());
            transaction.commit();
        }
        m_store = std::make_unique<QuestionStore>(m_net->database);
        ContactStore contacts(m_net->database);
        MeetingStore meetings(m_net->database);
        Meeting meeting;
        meeting.contactId = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
        meeting.start = QDateTime(QDate(2026, 3, 10), QTime(9, 0));
        meeting.status = MeetingStatus::Planned;
        m_meeting = meetings.addMeeting(meeting);
        QVERIFY(m_meeting);
    }

    void cleanup()
    {
        m_stack.clear();
        m_store.reset();
        m_net.reset();
    }

    void addingIsUndoneAndRedoneWithTheSameId()
    {
        QSignalSpy added(m_store.get(), &QuestionStore::questionAdded);
        QSignalSpy removed(m_store.get(), &QuestionStore::questionRemoved);
        const qsizetype before = inCategory(QStringLiteral("job")).size();
        auto* command
            = new AddQuestionCommand(m_store.get(), QStringLiteral("job"), QStringLiteral("  What surprised you?  "));
        m_stack.push(command);
        const qint64 id = command->questionId();
        QVERIFY(id);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Question>().text, QStringLiteral("What surprised you?"));
        QCOMPARE(inCategory(QStringLiteral("job")).last().id, id); // last in its category
        QCOMPARE(m_stack.undoText(), QStringLiteral("Add question"));

        m_stack.undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QCOMPARE(inCategory(QStringLiteral("job")).size(), before);

        m_stack.redo();
        QCOMPARE(added.size(), 2);
        QCOMPARE(inCategory(QStringLiteral("job")).last().id, id);
        QCOMPARE(inCategory(QStringLiteral("job")).last().text, QStringLiteral("What surprised you?"));
    }

    void editingAndMovingAreUndone()
    {
        const QList<Question> job = inCategory(QStringLiteral("job"));
        Question after = job.at(1);
        after.text = QStringLiteral("What is a typical day?");
        after.active = false;
        QSignalSpy changed(m_store.get(), &QuestionStore::questionChanged);
        m_stack.push(new EditQuestionCommand(m_store.get(), job.at(1), after));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->question(after.id)->text, after.text);
        QVERIFY(!m_store->question(after.id)->active);
        m_stack.undo();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_store->question(after.id)->text, job.at(1).text);
        QVERIFY(m_store->question(after.id)->active);

        QSignalSpy reordered(m_store.get(), &QuestionStore::questionsReordered);
        m_stack.push(new MoveQuestionCommand(m_store.get(), job.at(1).id, -1));
        QCOMPARE(reordered.size(), 1);
        QCOMPARE(reordered.first().first().toString(), QStringLiteral("job"));
        QCOMPARE(inCategory(QStringLiteral("job")).first().id, job.at(1).id);
        m_stack.undo();
        QCOMPARE(inCategory(QStringLiteral("job")).first().id, job.at(0).id);
        m_stack.redo();
        QCOMPARE(inCategory(QStringLiteral("job")).first().id, job.at(1).id);
    }

    void removingKeepsTheAnswersForUndo()
    {
        AskedQuestion answered = m_store->forMeeting(m_meeting).first();
        answered.asked = true;
        answered.answer = QStringLiteral("Through a postdoc");
        QVERIFY(m_store->saveAnswer(m_meeting, answered));
        const Question question = *m_store->question(answered.questionId);
        m_stack.push(new RemoveQuestionCommand(m_store.get(), question.id));
        QVERIFY(!m_store->question(question.id));
        QCOMPARE(m_store->forMeeting(m_meeting).first().questionId == question.id, false);
        m_stack.undo();
        const auto back = m_store->question(question.id);
        QVERIFY(back);
        QCOMPARE(back->text, question.text);
        QCOMPARE(back->position, question.position);
        const AskedQuestion again = m_store->forMeeting(m_meeting).first();
        QCOMPARE(again.questionId, question.id);
        QCOMPARE(again.answer, QStringLiteral("Through a postdoc"));
        QVERIFY(again.asked);
    }

    void answersAreUndone()
    {
        const AskedQuestion before = m_store->forMeeting(m_meeting).at(1);
        AskedQuestion after = before;
        after.asked = true;
        after.answer = QStringLiteral("Mostly meetings");
        QSignalSpy saved(m_store.get(), &QuestionStore::answerSaved);
        m_stack.push(new SaveAnswerCommand(m_store.get(), m_meeting, before, after));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toLongLong(), m_meeting);
        QCOMPARE(m_store->forMeeting(m_meeting).at(1).answer, after.answer);
        m_stack.undo();
        QCOMPARE(m_store->forMeeting(m_meeting).at(1).answer, QString());
        QVERIFY(!m_store->forMeeting(m_meeting).at(1).asked);
        m_stack.redo();
        QCOMPARE(m_store->forMeeting(m_meeting).at(1).answer, after.answer);
    }

    void bankModelFollowsTheStoreRowByRow()
    {
        QuestionBankModel model(m_store.get(), &m_stack);
        QAbstractItemModelTester tester(&model, kFatal);
        const qsizetype categoryRow = QuestionBank::categories().indexOf(QStringLiteral("job"));
        const QModelIndex job = model.index(int(categoryRow), 0);
        const int rows = model.rowCount(job);
        QCOMPARE(rows, int(inCategory(QStringLiteral("job")).size()));

        // Unticking through the model is an undoable edit; only that row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex second = model.index(1, 0, job);
        QVERIFY(model.setData(second, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), second);
        QCOMPARE(changed.first().at(1).toModelIndex(), second);
        QVERIFY(!m_store->question(second.data(QuestionBankModel::IdRole).toLongLong())->active);
        QCOMPARE(m_stack.undoText(), QStringLiteral("Stop asking question"));
        m_stack.undo();
        QCOMPARE(second.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.setData(second, QStringLiteral("   "))); // an emptied question keeps its words

        // An added question is one row inserted under its category, removed again by Undo.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        auto* add = new AddQuestionCommand(m_store.get(), QStringLiteral("job"), QStringLiteral("What surprised you?"));
        m_stack.push(add);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).toModelIndex(), job);
        QCOMPARE(inserted.first().at(1).toInt(), rows);
        QCOMPARE(model.indexOf(add->questionId()), model.index(rows, 0, job));
        m_stack.undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), rows);
        QCOMPARE(model.rowCount(job), rows);

        // A move is one row moved within its category.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const qint64 secondId = second.data(QuestionBankModel::IdRole).toLongLong();
        m_stack.push(new MoveQuestionCommand(m_store.get(), secondId, -1));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(0, 0, job).data(QuestionBankModel::IdRole).toLongLong(), secondId);
        m_stack.undo();
        QCOMPARE(moved.size(), 2);
        QCOMPARE(model.index(1, 0, job).data(QuestionBankModel::IdRole).toLongLong(), secondId);
    }

    void checklistModelFollowsTheStoreRowByRow()
    {
        QuestionChecklistModel model(m_store.get(), &m_stack);
        QAbstractItemModelTester tester(&model, kFatal);
        model.setMeeting(m_meeting);
        const QList<AskedQuestion> questions = m_store->forMeeting(m_meeting);
        const QModelIndex firstGroup = model.index(0, 0);
        QCOMPARE(firstGroup.data().toString(), QuestionBank::categoryLabel(questions.first().category));
        QCOMPARE(model.askedCount(), 0);

        // Typing an answer ticks the question: one undoable edit, one row changed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex answer = model.index(0, QuestionChecklistModel::AnswerColumn, firstGroup);
        QVERIFY(model.setData(answer, QStringLiteral("Through a postdoc")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0, firstGroup));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, QuestionChecklistModel::SheetColumn, firstGroup));
        QCOMPARE(model.askedCount(), 1);
        QCOMPARE(m_store->forMeeting(m_meeting).first().answer, QStringLiteral("Through a postdoc"));
        m_stack.undo();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.askedCount(), 0);
        QCOMPARE(answer.data().toString(), QString());

        // Off the prep sheet, for this meeting only.
        const QModelIndex sheet = model.index(1, QuestionChecklistModel::SheetColumn, firstGroup);
        QVERIFY2(model.setData(sheet, Qt::Unchecked, Qt::CheckStateRole), qPrintable(m_store->lastError()));
        QVERIFY(!m_store->forMeeting(m_meeting).at(1).onSheet);
        QCOMPARE(sheet.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        // Moving a question in this meeting moves one row; Undo moves it back.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const qint64 second = questions.at(1).questionId;
        m_stack.push(new MoveQuestionCommand(m_store.get(), second, -1, m_meeting));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(0, 0, firstGroup).data(QuestionChecklistModel::QuestionIdRole).toLongLong(), second);
        m_stack.undo();
        QCOMPARE(model.index(1, 0, firstGroup).data(QuestionChecklistModel::QuestionIdRole).toLongLong(), second);
        QCOMPARE(m_store->forMeeting(m_meeting).at(1).questionId, second);
    }
};

QTEST_MAIN(TestQuestionBankModels)
#include "tst_questionbankmodels.moc"
