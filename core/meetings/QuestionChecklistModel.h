// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "QuestionBank.h"

#include <QAbstractItemModel>

class QUndoStack;

namespace Rapport {

class QuestionStore;

// One meeting's questions as a tree: the categories, each with its questions beneath. Columns:
// the question (checked when asked), the answer (editable) and whether it goes on the prep sheet
// (checked). Edits go to the store as undoable commands. A tick, an answer or a move touches only
// its rows; a change to the bank itself (another window) reads the meeting's questions again.
class QuestionChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, AnswerColumn, SheetColumn, ColumnCount };
    enum Role { QuestionIdRole = Qt::UserRole + 1 };

    QuestionChecklistModel(QuestionStore* store, QUndoStack* undoStack, QObject* parent = nullptr);

    // Reads this meeting's questions (reset).
    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    // Why the questions could not be read (the model then holds one row saying so), or empty.
    QString readError() const { return m_readError; }
    // The failure row's text, with %1 for the problem.
    void setFailureFormat(const QString& format) { m_failureFormat = format; }

    int askedCount() const;
    QModelIndex indexOf(qint64 questionId, int column = QuestionColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // An edit made through setData could not be saved.
    void writeFailed(const QString& message);

private:
    struct Group {
        QString category;
        QList<AskedQuestion> questions;
    };
    static QList<Group> grouped(const QList<AskedQuestion>& questions);
    void reload();
    void answerSaved(qint64 meetingId, const AskedQuestion& question);
    void reordered(qint64 meetingId);
    void bankChanged(const Question& question);
    const AskedQuestion* questionAt(const QModelIndex& index) const;

    QuestionStore* m_store;
    QUndoStack* m_undoStack;
    qint64 m_meetingId = 0;
    QList<Group> m_groups;
    QString m_readError;
    QString m_failureFormat = QStringLiteral("%1");
};

} // namespace Rapport
