// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Rapport {

class NetworkSession;
class NotesEditor;
class QuestionChecklist;
class ReferralsGivenTab;

// One meeting: when, where and how it went, the notes (saved as you type), the question
// checklist, the people they suggested ("referrals given") and what you made of it. Every
// field applies as you change it, through Undo; the dialog never needs a Save.
// A new meeting (Schedule…) starts as a draft: nothing is written until Save, which adds it in
// one undo step and turns the window into the meeting's own; Cancel, Escape or closing leave
// nothing behind. While a draft, it warns when the person already has a meeting planned.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(NetworkSession* session, qint64 meetingId, QWidget* parent = nullptr);
    // A new, unsaved meeting with draft.contactId.
    MeetingDialog(NetworkSession* session, const Meeting& draft, QWidget* parent = nullptr);

    // An informational interview with the contact, tomorrow at 10:00, for half an hour.
    static Meeting newInterview(qint64 contactId);
    // What Log… starts from: an e-mail held now.
    static Meeting newLoggedEmail(qint64 contactId);

    qint64 meetingId() const { return m_meeting.id; }
    bool isDraft() const { return m_meeting.id == 0; }
    // Adds the draft meeting (one undo step); false when the store refused it (it said why).
    bool save();
    NotesEditor* notesEditor() const { return m_notes; }
    // Reloads the fields from the store (after an undo, say), keeping the notes being typed.
    void reload();

    void done(int result) override;

signals:
    // A draft was saved: the window is now that meeting's.
    void saved(qint64 meetingId);
    // The user marked the meeting held, which was planned for plannedDay (it may have been moved
    // to today), or made a held one a meeting with someone (an e-mail that was an interview): the
    // follow-ups it calls for are proposed, and the ones that prepared it closed.
    void meetingHeld(qint64 meetingId, const QDate& plannedDay);
    void prepSheetRequested(qint64 contactId, qint64 meetingId);

private:
    void build();
    QWidget* buildDetails();
    // Draft or saved: which buttons show, whether the tabs and the status can be used.
    void updateMode();
    void updateClashWarning();
    QWidget* buildReflection();
    // Shows m_meeting in the fields.
    void showMeeting();
    void fieldEdited();
    // A new kind takes its usual length unless the user chose one, and its own place hint.
    void kindChosen();
    // What the place field suggests for a kind: nothing for an e-mail or a note.
    static QString placeHint(MeetingKind kind);
    Meeting collect() const;
    // Whether a meeting may be marked held: true for one due today or past; for one still ahead the
    // user is asked, and a yes moves its start to now (the same undo step as the status).
    bool confirmHeld(Meeting* meeting);
    void updateTitle();

    NetworkSession* m_session;
    Meeting m_meeting;
    Contact m_contact;
    bool m_loading = false;
    MeetingKind m_shownKind = MeetingKind::InformationalInterview; // the kind before the user picks another

    QLabel* m_header;
    QLabel* m_draftHint;
    QLabel* m_clashWarning;
    QDialogButtonBox* m_buttons;
    QPushButton* m_prepSheet;
    QComboBox* m_kind;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QLineEdit* m_place;
    QComboBox* m_status;
    QTabWidget* m_tabs;
    NotesEditor* m_notes;
    QuestionChecklist* m_questions;
    ReferralsGivenTab* m_given;
    QButtonGroup* m_reflection;
    QLineEdit* m_takeaway;
};

} // namespace Rapport
