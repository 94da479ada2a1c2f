// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTreeView>

namespace Rapport {

class NetworkSession;
class QuestionChecklistModel;

// The question bank as a checklist for one meeting: tick what was asked and type the answer
// beside it. Each tick and answer is saved as it is made, and can be undone (Edit ▸ Undo).
class QuestionChecklist : public QTreeView
{
    Q_OBJECT

public:
    explicit QuestionChecklist(QWidget* parent = nullptr);

    void load(NetworkSession* session, qint64 meetingId);
    int askedCount() const;
    QuestionChecklistModel* checklistModel() const { return m_model; }
    // The answer and sheet columns fit their contents, up to a share of the width (ColumnFit).
    int sizeHintForColumn(int column) const override;

signals:
    void saveFailed(const QString& message);

private:
    void showMenu(const QPoint& position);
    void moveCurrent(int delta);
    void expandAfterReset();

    NetworkSession* m_session = nullptr;
    QuestionChecklistModel* m_model = nullptr;
};

} // namespace Rapport
