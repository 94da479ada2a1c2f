// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Rapport {

class NetworkSession;

// The part of the contact editor about what happens with a person: their meetings, the
// follow-ups still to do (tick one to mark it done), and the way to write to them.
class ContactActivity : public QWidget
{
    Q_OBJECT

public:
    explicit ContactActivity(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    void setContact(const Contact& contact);

    // Adds a planned informational interview (tomorrow at 10:00) and asks to open it.
    void scheduleMeeting();
    // Records a contact that already happened (an e-mail, a call...) now, and asks to open it.
    void logInteraction();
    void addFollowUp();

signals:
    void meetingOpenRequested(qint64 meetingId);
    void writeRequested(qint64 contactId);
    void prepSheetRequested(qint64 contactId);

private:
    // Adds a meeting with this contact (undoably) and asks to open its window.
    void addAndOpen(Meeting meeting);
    void refresh();
    void followUpChanged(QListWidgetItem* item);
    void removeMeeting();
    void removeFollowUp();

    NetworkSession* m_session = nullptr;
    Contact m_contact;
    QList<Meeting> m_meetings;
    QList<FollowUp> m_followUps;
    QListWidget* m_meetingList;
    QListWidget* m_followUpList;
    QLabel* m_checkIn;
    bool m_loading = false;
};

} // namespace Rapport
