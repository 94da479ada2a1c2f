// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QModelIndex>
#include <QWidget>

namespace Rapport {

class MeetingsTreeModel;
class NetworkSession;
struct Meeting;
class PlaceholderTreeView;

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
    PlaceholderTreeView* view() const { return m_view; }
    MeetingsTreeModel* model() const { return m_model; }

signals:
    void meetingOpenRequested(qint64 meetingId);
    // The Meetings view's Schedule… and Log…: a new, unsaved meeting with the contact chosen.
    void scheduleRequested(qint64 contactId);
    void draftRequested(const Rapport::Meeting& draft);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updatePlaceholder();
    // Asks whom with (the selected meeting's contact is offered); 0 when cancelled.
    qint64 chooseContact(const QString& title);
    void spanSections();
    // The selection follows its meeting when the meeting changes sections (see setSession).
    void noteFollowedMeeting(const QModelIndex& parent, int first, int last);
    void reselectFollowedMeeting();

    Mode m_mode;
    NetworkSession* m_session = nullptr;
    MeetingsTreeModel* m_model = nullptr;
    PlaceholderTreeView* m_view;
    qint64 m_followedMeeting = 0; // selected, removed, and expected back within the same change
};

} // namespace Rapport
