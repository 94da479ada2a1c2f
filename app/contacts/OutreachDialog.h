// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "OutreachTemplates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Rapport {

class NetworkSession;

// Writes to a contact from a template: pick one, adjust the filled-in text, then open it in
// the mail client (mailto:) or copy it. "Save as Template" keeps the wording for next time.
// Once the text has left the dialog, "Log as Sent" records it as an e-mail held now (undoable),
// so the contact's last contact and stage follow what was sent.
class OutreachDialog : public QDialog
{
    Q_OBJECT

public:
    OutreachDialog(NetworkSession* session, qint64 contactId, QWidget* parent = nullptr);

    QString subject() const;
    QString body() const;
    void copyToClipboard();
    void openInMail();
    // Adds the message as an e-mail (a thank-you when the template is one) held now; returns the
    // new meeting's id, or 0 when it could not be written (the dialog has said why).
    qint64 logAsSent();

private:
    // The template for where the contact stands (OutreachTemplates::suggestedKind), else the blank.
    int suggestedIndex() const;
    // The "Blank message" entry, after the templates.
    int blankIndex() const { return int(m_templates.size()); }
    void templateChosen();
    void saveAsTemplate();
    // After Copy or Open in Mail: says what happened and offers Log as Sent.
    void offerToLog(const QString& whatHappened);

    NetworkSession* m_session;
    Contact m_contact;
    QString m_referrer;
    QString m_myName;
    QString m_myField;
    QList<OutreachTemplate> m_templates;
    QComboBox* m_template;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_sentNote;
    QPushButton* m_logButton;
    qint64 m_loggedMeeting = 0;
};

} // namespace Rapport
