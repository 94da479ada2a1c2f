// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Rapport {

class MeetingDialog;
class NetworkSession;
struct Meeting;

// The windows about meetings, over the main window: each meeting's notes window (one per meeting,
// brought forward when opened again), the follow-ups proposed once an interview is held, prep
// sheets, and the outreach message that asks for a meeting.
class MeetingWindows : public QObject
{
    Q_OBJECT

public:
    explicit MeetingWindows(QWidget* window);

    // Meeting windows whose meeting goes away (its contact deleted, an import undone) close.
    void setSession(NetworkSession* session);
    // Opens (or brings forward) the notes window of a meeting; nullptr when there is no such meeting.
    MeetingDialog* openMeeting(qint64 meetingId);
    // Opens the window of a new, unsaved interview with the contact: Save adds it, Cancel does not.
    MeetingDialog* scheduleMeeting(qint64 contactId);
    // The same for any new meeting (Log… opens an e-mail held now).
    MeetingDialog* openDraft(const Rapport::Meeting& draft);
    // Saves and closes every meeting window (they belong to the session being closed); unsaved new
    // meetings are dropped.
    void closeAll();
    // Preview, print or save a prep sheet; meetingId 0 takes the contact's next planned meeting.
    void openPrepSheet(qint64 contactId, qint64 meetingId);
    void printPrepSheets();
    void writeTo(qint64 contactId);

private:
    // After a meeting is marked held: thank-you, LinkedIn and "tell the referrer" follow-ups, and
    // closing the ones that prepared it.
    void proposeFollowUps(qint64 meetingId, const QDate& plannedDay);
    void reloadAll();
    // Connects a meeting window's requests, and keeps it as its meeting's once it has one.
    void track(MeetingDialog* dialog);

    QWidget* m_window;
    QPointer<NetworkSession> m_session; // cleared as soon as the window closes the session
    QHash<qint64, QPointer<MeetingDialog>> m_meetingDialogs;
    QList<QPointer<MeetingDialog>> m_drafts; // new meetings not saved yet
};

} // namespace Rapport
