// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Rapport {

class ContactMessages;
class FollowUpListModel;
class MeetingListModel;
class NetworkSession;
class PlaceholderTreeView;

// The part of the contact editor about what happens with a person: their meetings, the
// follow-ups still to do (tick one to mark it done), their LinkedIn messages, and the way to
// write to them.
class ContactActivity : public QWidget
{
    Q_OBJECT

public:
    explicit ContactActivity(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    void setContact(const Contact& contact);

    // Asks for the window of a new, unsaved meeting with this contact (scheduleRequested).
    void scheduleMeeting();
    // Asks for the window of a new, unsaved e-mail held now (draftRequested): a contact that
    // already happened is written only when that window saves it.
    void logInteraction();
    void addFollowUp();

    // Schedule…, Log… and Write…, for the editor to keep in sight under the contact's name.
    QWidget* quickActions() const { return m_quickActions; }
    PlaceholderTreeView* meetingsView() const { return m_meetingList; }
    PlaceholderTreeView* followUpsView() const { return m_followUpList; }
    MeetingListModel* meetingsModel() const { return m_meetings; }
    FollowUpListModel* followUpsModel() const { return m_followUps; }

signals:
    void meetingOpenRequested(qint64 meetingId);
    void scheduleRequested(qint64 contactId);
    void draftRequested(const Rapport::Meeting& draft);
    void writeRequested(qint64 contactId);
    void prepSheetRequested(qint64 contactId);

private:
    void refresh();
    void refreshCheckIn();
    void updatePlaceholders();
    // Remove is for a selected meeting or follow-up: disabled on an empty list or no selection.
    void updateRemoveButtons();
    void setFollowUpDone(qint64 followUpId, bool done);
    void removeMeeting();
    void removeFollowUp();

    NetworkSession* m_session = nullptr;
    Contact m_contact;
    MeetingListModel* m_meetings = nullptr;
    FollowUpListModel* m_followUps = nullptr;
    PlaceholderTreeView* m_meetingList;
    PlaceholderTreeView* m_followUpList;
    ContactMessages* m_messages;
    QLabel* m_checkIn;
    QWidget* m_quickActions;
    QPushButton* m_removeMeeting;
    QPushButton* m_removeFollowUp;
};

} // namespace Rapport
