// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Dashboard.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Rapport {

class NetworkSession;

// The home page: what to do today. Overdue and upcoming follow-ups, thank-you notes still
// owed, people going cold and the next meetings. Double-click (or Enter) opens the contact or
// the meeting; "Done" is one click, and Undo takes it back.
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPanel(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    const Dashboard& dashboard() const { return m_dashboard; }
    // Marks the follow-up of the selected line done (a thank-you: done, or logged as sent).
    void markSelectedDone();

signals:
    void contactOpenRequested(qint64 contactId);
    void meetingOpenRequested(qint64 meetingId);

private:
    void scheduleRefresh();
    void refresh();
    void addSection(const QString& title, const QList<DashboardItem>& items, bool doneable, bool meetings);
    void activated(QTreeWidgetItem* item);

    NetworkSession* m_session = nullptr;
    Dashboard m_dashboard;
    QLabel* m_title;
    QTreeWidget* m_tree;
    QTimer* m_refreshTimer;
};

} // namespace Rapport
