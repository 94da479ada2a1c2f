// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Rapport {

class NetworkSession;

// Every meeting across all contacts, as one of two views:
// - Meetings: upcoming first, then past.
// - Career paths: the reflections grouped as "drawn to it", "unsure" and "not for me", which
//   answers "what have I learned about what I want, and what I don't?".
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Meetings, CareerPaths };

    explicit MeetingsPanel(Mode mode, QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void meetingOpenRequested(qint64 meetingId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    QTreeWidgetItem* section(const QString& title);

    Mode m_mode;
    NetworkSession* m_session = nullptr;
    QTreeWidget* m_tree;
    QTimer* m_refreshTimer;
    bool m_dirty = false; // hidden views refresh when they are next shown
};

} // namespace Rapport
