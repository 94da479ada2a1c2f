// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QTabWidget;

namespace Rapport {

class NetworkSession;
class NotesEditor;
class QuestionChecklist;

// One meeting: when, where and how it went, the notes (saved as you type), the question
// checklist, the people they suggested ("referrals given") and what you made of it. Every
// field applies as you change it, through Undo; the dialog never needs a Save.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(NetworkSession* session, qint64 meetingId, QWidget* parent = nullptr);

    qint64 meetingId() const { return m_meeting.id; }
    NotesEditor* notesEditor() const { return m_notes; }
    // Reloads the fields from the store (after an undo, say), keeping the notes being typed.
    void reload();

    void done(int result) override;

signals:
    // The user marked an informational interview as held: the window proposes follow-ups.
    void interviewHeld(qint64 meetingId);
    void prepSheetRequested(qint64 contactId, qint64 meetingId);

private:
    QWidget* buildDetails();
    QWidget* buildReferralsGiven();
    QWidget* buildReflection();
    void fieldEdited();
    Meeting collect() const;
    // Whether a meeting still ahead may be marked held: the user is asked. True for one due today or past.
    bool confirmHeld(const Meeting& meeting);
    void addGivenReferral();
    void updateTitle();

    NetworkSession* m_session;
    Meeting m_meeting;
    Contact m_contact;
    bool m_loading = false;

    QLabel* m_header;
    QComboBox* m_kind;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QLineEdit* m_place;
    QComboBox* m_status;
    QTabWidget* m_tabs;
    NotesEditor* m_notes;
    QuestionChecklist* m_questions;
    QLineEdit* m_givenName;
    QLineEdit* m_givenRole;
    QLineEdit* m_givenOrganization;
    QComboBox* m_givenMayUse;
    QListView* m_given;
    QButtonGroup* m_reflection;
    QLineEdit* m_takeaway;
};

} // namespace Rapport
