// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WelcomeDialog.h"

#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ProfileCommand.h"
#include "UndoPush.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Rapport {

namespace {
// The networks (absolute paths) whose welcome the user skipped.
const QString kSkippedKey = QStringLiteral("welcome/skipped");

QString networkKey(NetworkSession* session)
{
    return QFileInfo(session->path()).absoluteFilePath();
}

// Not asked again for this network: Edit ▸ My Profile is always there.
void rememberSkipped(NetworkSession* session)
{
    QSettings settings;
    QStringList skipped = settings.value(kSkippedKey).toStringList();
    const QString key = networkKey(session);
    if (!skipped.contains(key)) {
        skipped.append(key);
        settings.setValue(kSkippedKey, skipped);
    }
}
} // namespace

bool WelcomeDialog::wanted(NetworkSession* session)
{
    if (!session)
        return false;
    // A profile that could not be read is not an empty one: saving over it would erase it.
    const std::optional<Profile> profile = session->profile()->profile();
    if (!profile || *profile != Profile())
        return false;
    return !QSettings().value(kSkippedKey).toStringList().contains(networkKey(session));
}

WelcomeDialog* WelcomeDialog::offer(NetworkSession* session, QWidget* parent)
{
    if (!wanted(session))
        return nullptr;
    auto* dialog = new WelcomeDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

WelcomeDialog::WelcomeDialog(NetworkSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Rapport"));
    auto* intro = new QLabel(tr("Before your first interview, tell Rapport who you are. Your prep sheets and "
                                "outreach messages fill themselves in from this; you can change it any time "
                                "in Edit ▸ My Profile."),
        this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("welcomeName"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("welcomeField"));
    m_field->setPlaceholderText(tr("e.g. a postdoc in cell biology"));
    m_introduction = new QPlainTextEdit(this);
    m_introduction->setObjectName(QStringLiteral("welcomeIntroduction"));
    m_introduction->setPlaceholderText(tr("Who you are, what you are exploring, and why this person: 30 seconds."));
    m_introduction->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("welcomeSave"));
    save->setDefault(true);
    QPushButton* skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("welcomeSkip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Introduction:"), m_introduction);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
}

void WelcomeDialog::accept()
{
    Profile after;
    after.name = m_name->text().trimmed();
    after.field = m_field->text().trimmed();
    after.introduction = m_introduction->toPlainText().trimmed();
    if (after == Profile()) {
        rememberSkipped(m_session); // saved as empty as it was: a skip
    } else {
        if (!pushUndoable(m_session->undoStack(), new EditProfileCommand(m_session->profile(), Profile(), after))) {
            MessageBoxes::warning(this, tr("My Profile"),
                tr("The profile could not be saved.\n\n%1").arg(m_session->profile()->lastError()));
            return;
        }
    }
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    rememberSkipped(m_session); // skipped, or closed
    QDialog::reject();
}

} // namespace Rapport
