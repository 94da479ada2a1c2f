// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Dashboard.h"

#include <QWidget>

class QLabel;
class QModelIndex;

namespace Rapport {

class DashboardModel;
class DoneButtonDelegate;
class NetworkSession;
class PlaceholderTreeView;

// The home page: what to do today. Overdue and upcoming follow-ups, thank-you notes still
// owed, people going cold and the next meetings. Double-click (or Enter) opens the contact or
// the meeting; "Done" is one click (or Space on the line), and Undo takes it back.
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPanel(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    const Dashboard& dashboard() const;
    PlaceholderTreeView* view() const { return m_view; }
    DoneButtonDelegate* doneDelegate() const { return m_done; }
    DashboardModel* model() const { return m_model; }
    // Marks the follow-up of the selected line done (a thank-you: done, or logged as sent).
    void markSelectedDone();

signals:
    void contactOpenRequested(qint64 contactId);
    void meetingOpenRequested(qint64 meetingId);
    // Nudge… on someone waiting for a reply: Write… to them.
    void writeRequested(qint64 contactId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markDone(const QModelIndex& index);
    // The line's button: Done, or Nudge….
    void buttonClicked(const QModelIndex& index);
    void activated(const QModelIndex& index);
    void updateTexts();

    NetworkSession* m_session = nullptr;
    DashboardModel* m_model = nullptr;
    QLabel* m_title;
    PlaceholderTreeView* m_view;
    DoneButtonDelegate* m_done;
};

} // namespace Rapport
