// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NewReferrerCommand.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace Rapport {

class ContactActivity;
class ContactLinksEditor;
class LabeledValuesEditor;
class ReferredByField;
class ReferrerNote;

// The side panel that edits every field of one contact. Changes apply as the user leaves a
// field (each becomes one undoable edit); a new contact is a draft until "Add contact". The
// heading, and a draft's Add button and error, stay on screen outside the scrolling fields.
class ContactEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ContactEditor(QWidget* parent = nullptr);

    void showContact(const Contact& contact);
    // Starts a new contact, optionally with what the user had typed (after a failed add).
    void startNewContact(const Contact& draft = {}, const QString& referredBy = {});
    void showNothing();

    qint64 contactId() const { return m_draft ? 0 : m_contact.id; }
    bool isDraft() const { return m_draft; }
    // Applies pending edits now (before switching contact, closing...).
    void commitEdits();
    void focusFirstField();
    // A new contact that the user started typing but has not added yet, if any.
    std::optional<Contact> pendingDraft() const;
    // Referrals and acquaintances of the contact shown.
    ContactLinksEditor* linksEditor() const { return m_links; }
    // Meetings and follow-ups of the contact shown.
    ContactActivity* activity() const { return m_activity; }
    // Who referred the user to the contact shown (its links are kept with the session).
    ReferredByField* referredByField() const { return m_referredBy; }
    // For a draft: the referrer typed in Referred by (0 is Me, or a person to add), to link when it is added.
    ReferrerChoice draftReferrer() const;

signals:
    void editRequested(const Rapport::Contact& before, const Rapport::Contact& after);
    void addRequested(const Rapport::Contact& contact);
    void draftCancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Escape that no field took (an open completer closes first) cancels a new contact.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildForm();
    void load(const Contact& contact);
    Contact collect() const;
    void fieldEdited();
    // A full name typed into Given name, with no family name: its last word becomes the family name.
    void splitTypedFullName();
    void submitDraft();
    void updateHeader();
    // The heading is one line, elided: a long unbroken name must not widen the panel.
    void elideHeader();
    void showProblem(const QString& message);
    void updateWarningColor();

    Contact m_contact;
    bool m_draft = false;
    bool m_loading = false;
    bool m_givenTyped = false; // the user typed into Given name since it was last split or loaded

    QStackedWidget* m_pages;
    QLabel* m_header;
    QLabel* m_subHeader;
    QString m_headerText;
    QString m_subHeaderText;
    QFormLayout* m_fields = nullptr;
    ReferredByField* m_referredBy = nullptr;
    ReferrerNote* m_referrerNote = nullptr;
    QLabel* m_draftError = nullptr;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_organization;
    QLineEdit* m_title;
    QLineEdit* m_location;
    QLineEdit* m_linkedin;
    LabeledValuesEditor* m_emails;
    LabeledValuesEditor* m_phones;
    QLineEdit* m_tags;
    QComboBox* m_stage;
    QSpinBox* m_strength;
    QDateEdit* m_connectedOn;
    QPlainTextEdit* m_notes;
    ContactLinksEditor* m_links;
    ContactActivity* m_activity;
    QSpinBox* m_checkIn;
    QTimer* m_notesTimer; // saves notes about a second after typing pauses
    QWidget* m_draftButtons;
    QPushButton* m_addButton;
};

} // namespace Rapport
