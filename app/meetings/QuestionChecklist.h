// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "QuestionBank.h"

#include <QTreeWidget>

namespace Rapport {

class Database;

// The question bank as a checklist for one meeting: tick what was asked and type the answer
// beside it. Each tick and answer is saved as it is made.
class QuestionChecklist : public QTreeWidget
{
    Q_OBJECT

public:
    explicit QuestionChecklist(QWidget* parent = nullptr);

    void load(Database* database, qint64 meetingId);
    int askedCount() const;

signals:
    void saveFailed(const QString& message);
    // The checklist could not be read: it shows the problem instead of questions.
    void readFailed(const QString& message);

private:
    void itemEdited(QTreeWidgetItem* item, int column);
    void showMenu(const QPoint& position);
    void moveCurrent(int delta);

    Database* m_database = nullptr;
    qint64 m_meetingId = 0;
    bool m_loading = false;
};

} // namespace Rapport
