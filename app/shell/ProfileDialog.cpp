// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileDialog.h"

#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ProfileCommand.h"
#include "UndoPush.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Rapport {

ProfileDialog::ProfileDialog(NetworkSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("My Profile"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("profileField"));
    m_field->setPlaceholderText(tr("e.g. a postdoc in cell biology"));
    m_introduction = new QPlainTextEdit(this);
    m_introduction->setPlaceholderText(tr("Who you are, what you are exploring, and why this person: 30 seconds."));
    m_introduction->setTabChangesFocus(true);
    m_goals = new QPlainTextEdit(this);
    m_goals->setPlaceholderText(tr("The careers you are exploring, and what you want to learn."));
    m_goals->setTabChangesFocus(true);
    const std::optional<Profile> profile = session->profile()->profile();
    if (profile) {
        m_before = *profile;
        m_name->setText(profile->name);
        m_field->setText(profile->field);
        m_introduction->setPlainText(profile->introduction);
        m_goals->setPlainText(profile->goals);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Empty fields saved over a profile that could not be read would erase it: look, but no Save.
    // (The store's readFailed has told the window why.)
    buttons->button(QDialogButtonBox::Save)->setEnabled(profile.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Introduction:"), m_introduction);
    form->addRow(tr("&Exploring:"), m_goals);
    form->addRow(buttons);
    resize(520, 400);
}

void ProfileDialog::accept()
{
    const Profile after {m_name->text().trimmed(), m_field->text().trimmed(), m_introduction->toPlainText().trimmed(),
        m_goals->toPlainText().trimmed()};
    if (after != m_before) {
        if (!pushUndoable(m_session->undoStack(), new EditProfileCommand(m_session->profile(), m_before, after))) {
            MessageBoxes::warning(this, tr("My Profile"),
                tr("The profile could not be saved.\n\n%1").arg(m_session->profile()->lastError()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace Rapport
