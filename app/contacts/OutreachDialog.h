// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "OutreachTemplates.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Rapport {

class NetworkSession;

// Writes to a contact from a template: pick one, adjust the filled-in text, then open it in
// the mail client (mailto:) or copy it. "Save as Template" keeps the wording for next time.
class OutreachDialog : public QDialog
{
    Q_OBJECT

public:
    OutreachDialog(NetworkSession* session, qint64 contactId, QWidget* parent = nullptr);

    QString subject() const;
    QString body() const;
    void copyToClipboard();
    void openInMail();

private:
    // The template for where the contact stands (OutreachTemplates::suggestedKind), else the blank.
    int suggestedIndex() const;
    // The "Blank message" entry, after the templates.
    int blankIndex() const { return int(m_templates.size()); }
    void templateChosen();
    void saveAsTemplate();

    NetworkSession* m_session;
    Contact m_contact;
    QString m_referrer;
    QString m_myName;
    QString m_myField;
    QList<OutreachTemplate> m_templates;
    QComboBox* m_template;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
};

} // namespace Rapport
