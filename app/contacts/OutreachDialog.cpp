// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutreachDialog.h"

#include "Clock.h"
#include "MeetingCommands.h"
#include "MeetingDefaults.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "NotesMarkdown.h"
#include "TemplateCommands.h"
#include "UndoPush.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Rapport {

namespace {

// The first person who referred this contact and let their name be used: "Ben suggested I get
// in touch with you."
QString referrerOf(NetworkSession* session, qint64 contactId)
{
    for (const Referral& link : session->links()->linksOf(contactId)) {
        if (link.referredId != contactId || !link.isReferral() || !link.referrerId || link.mayUseName == false)
            continue;
        if (const auto referrer = session->store()->contact(link.referrerId))
            return (referrer->firstName + QLatin1Char(' ') + referrer->lastName).trimmed();
        return {};
    }
    return {};
}

} // namespace

OutreachDialog::OutreachDialog(NetworkSession* session, qint64 contactId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("outreachDialog"));
    m_contact = session->store()->contact(contactId).value_or(Contact());
    setWindowTitle(tr("Write to %1").arg(m_contact.displayName()));
    // What cannot be read is left out (what can be written by hand can still be sent); the
    // stores' readFailed tells the window why the templates or the names are missing.
    m_templates = session->templates()->templates();
    m_referrer = referrerOf(session, contactId);
    if (const auto profile = session->profile()->profile()) {
        m_myName = profile->name;
        m_myField = profile->field;
    }

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("outreachTemplate"));
    for (const OutreachTemplate& t : std::as_const(m_templates))
        m_template->addItem(t.name);
    m_template->addItem(tr("Blank message")); // always last: saved templates go before it
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("outreachSubject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("outreachBody"));
    m_body->setTabChangesFocus(true);
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    if (m_contact.emails.isEmpty())
        hint->setText(tr("%1 has no e-mail address here: copy the text into a LinkedIn message, or add an address "
                         "to the contact first.")
                          .arg(m_contact.displayName()));
    else
        hint->setText(m_myName.isEmpty() ? tr("Tip: your name and field come from your profile (Edit ▸ My Profile…).")
                                         : tr("Adjust the text, then send it from your mail program or copy it."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* mail = buttons->addButton(tr("Open in &Mail"), QDialogButtonBox::AcceptRole);
    mail->setObjectName(QStringLiteral("openInMailButton"));
    mail->setEnabled(!m_contact.emails.isEmpty()); // a message without an address goes nowhere
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyMessageButton"));
    QPushButton* save = buttons->addButton(tr("Sa&ve as Template…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveAsTemplateButton"));
    connect(mail, &QPushButton::clicked, this, &OutreachDialog::openInMail);
    connect(copy, &QPushButton::clicked, this, &OutreachDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &OutreachDialog::saveAsTemplate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_sentNote = new QLabel(this);
    m_sentNote->setObjectName(QStringLiteral("outreachSentNote"));
    m_sentNote->setWordWrap(true);
    m_logButton = new QPushButton(tr("&Log as Sent"), this);
    m_logButton->setObjectName(QStringLiteral("logAsSentButton"));
    m_logButton->setToolTip(tr("Adds this message to %1's meetings as an e-mail sent now, so the last contact "
                               "and the stage follow it. Edit ▸ Undo takes it back.")
                                .arg(m_contact.displayName()));
    connect(m_logButton, &QPushButton::clicked, this, &OutreachDialog::logAsSent);
    auto* sentRow = new QHBoxLayout;
    sentRow->addWidget(m_sentNote, 1);
    sentRow->addWidget(m_logButton);
    m_sentNote->hide();
    m_logButton->hide();
    connect(m_template, &QComboBox::currentIndexChanged, this, &OutreachDialog::templateChosen);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Subject:"), m_subject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(hint);
    layout->addLayout(sentRow);
    layout->addWidget(buttons);
    resize(620, 480);
    m_template->setCurrentIndex(suggestedIndex());
    templateChosen();
}

int OutreachDialog::suggestedIndex() const
{
    bool thankYouOwed = false;
    for (const FollowUp& f : m_session->meetings()->followUpsOf(m_contact.id))
        thankYouOwed = thankYouOwed || (f.kind == FollowUpKind::ThankYou && !f.doneAt.isValid());
    const auto kind = OutreachTemplates::suggestedKind(m_contact.stage, thankYouOwed);
    const int index = OutreachTemplates::firstOfKind(m_templates, kind);
    if (index >= 0)
        return index;
    // No template fits: rather a blank page than the wrong words (a request for a meeting already
    // agreed); a contact not met yet gets the first template, as Write… always gave.
    return kind == TemplateKind::Request && !m_templates.isEmpty() ? 0 : blankIndex();
}

void OutreachDialog::templateChosen()
{
    const int index = m_template->currentIndex();
    if (index == blankIndex()) {
        m_subject->clear();
        m_body->clear();
        return;
    }
    if (index < 0 || index >= m_templates.size())
        return;
    const auto filled = OutreachTemplates::fill(m_templates.at(index), m_contact, m_referrer, m_myName, m_myField);
    m_subject->setText(filled.subject);
    m_subject->setCursorPosition(0); // the start of the subject, not its end
    m_body->setPlainText(filled.body);
}

QString OutreachDialog::subject() const
{
    return m_subject->text();
}

QString OutreachDialog::body() const
{
    return m_body->toPlainText();
}

void OutreachDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(subject() + QStringLiteral("\n\n") + body());
    offerToLog(tr("Copied to the clipboard."));
}

void OutreachDialog::openInMail()
{
    const QUrl url = OutreachTemplates::mailto(m_contact, {subject(), body()});
    if (!QDesktopServices::openUrl(url)) {
        QApplication::clipboard()->setText(subject() + QStringLiteral("\n\n") + body());
        offerToLog(tr("No mail program answered, so the message was copied to the clipboard instead."));
        return;
    }
    offerToLog(tr("Opened in your mail program."));
}

void OutreachDialog::offerToLog(const QString& whatHappened)
{
    m_sentNote->setText(
        m_loggedMeeting ? whatHappened : whatHappened + QLatin1Char(' ') + tr("Once it is sent, log it here."));
    m_sentNote->show();
    m_logButton->setVisible(!m_loggedMeeting);
    if (!m_loggedMeeting)
        m_logButton->setDefault(true);
}

qint64 OutreachDialog::logAsSent()
{
    if (m_loggedMeeting || !m_contact.id)
        return m_loggedMeeting;
    const int index = m_template->currentIndex();
    const bool thanks
        = index >= 0 && index < m_templates.size() && m_templates.at(index).kind == TemplateKind::ThankYou;
    Meeting sent;
    sent.contactId = m_contact.id;
    sent.kind = thanks ? MeetingKind::ThankYou : MeetingKind::Email;
    sent.status = MeetingStatus::Held;
    sent.start = Clock::currentDateTimeUtc().toLocalTime();
    sent.durationMinutes = MeetingDefaults::usualMinutes(sent.kind);
    // The notes are Markdown: the text goes in as plain text, so a '*' or '#' in it stays itself.
    QTextDocument text;
    text.setPlainText(subject().isEmpty() ? body() : subject() + QStringLiteral("\n\n") + body());
    sent.notes = NotesMarkdown::write(text);
    qint64 id = 0;
    auto* command = new AddMeetingCommand(m_session->meetings(), sent, m_contact.displayName());
    command->reportIdTo(&id);
    m_session->undoStack()->push(command); // deleted inside push() if the write fails
    if (!id) {
        MessageBoxes::warning(this, tr("Log as Sent"),
            tr("The message could not be logged.\n\n%1").arg(m_session->meetings()->lastError()));
        return 0;
    }
    m_loggedMeeting = id;
    m_sentNote->setText(tr("Logged as sent on %1. Edit ▸ Undo takes it back.")
                            .arg(QLocale().toString(sent.start.date(), QLocale::ShortFormat)));
    m_logButton->hide();
    return id;
}

void OutreachDialog::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Template"), tr("Name of the template:"),
        QLineEdit::Normal, m_template->currentIndex() == blankIndex() ? QString() : m_template->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    // The template keeps placeholders where the contact's own details were filled in.
    OutreachTemplate t;
    t.kind = TemplateKind::Other;
    t.name = name.trimmed();
    QString subjectText = subject();
    QString bodyText = body();
    const QList<std::pair<QString, QString>> back {{m_contact.firstName, QStringLiteral("{firstName}")},
        {m_contact.organization, QStringLiteral("{organization}")}, {m_contact.title, QStringLiteral("{title}")}};
    for (const auto& [value, placeholder] : back) {
        if (value.size() > 1) {
            subjectText.replace(value, placeholder);
            bodyText.replace(value, placeholder);
        }
    }
    t.subject = subjectText;
    t.body = bodyText;
    auto* command = new AddTemplateCommand(m_session->templates(), t);
    if (!pushUndoable(m_session->undoStack(), command)) { // Edit ▸ Undo takes it away again
        MessageBoxes::warning(this, tr("Save as Template"),
            tr("The template could not be saved.\n\n%1").arg(m_session->templates()->lastError()));
        return;
    }
    t.id = command->templateId();
    m_template->insertItem(blankIndex(), t.name);
    m_templates.append(t);
}

} // namespace Rapport
