// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactActivity.h"

#include "Clock.h"
#include "DatabaseError.h"
#include "DateFields.h"
#include "DisplayFormat.h"
#include "IcsExporter.h"
#include "KeepWarm.h"
#include "MeetingCommands.h"
#include "NetworkSession.h"
#include "ReadFailure.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

namespace {

QString statusText(const QString& status)
{
    if (status == QLatin1String("done"))
        return ContactActivity::tr("held");
    if (status == QLatin1String("cancelled"))
        return ContactActivity::tr("cancelled");
    return ContactActivity::tr("planned");
}

} // namespace

ContactActivity::ContactActivity(QWidget* parent)
    : QWidget(parent)
{
    m_meetingList = new QListWidget(this);
    m_meetingList->setObjectName(QStringLiteral("contactMeetings"));
    m_meetingList->setAccessibleName(tr("Meetings"));
    m_meetingList->setMaximumHeight(110);
    connect(m_meetingList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit meetingOpenRequested(item->data(Qt::UserRole).toLongLong()); });
    auto* schedule = new QPushButton(tr("&Schedule…"), this);
    schedule->setObjectName(QStringLiteral("scheduleMeetingButton"));
    schedule->setToolTip(tr("Plan an informational interview and open its notes"));
    connect(schedule, &QPushButton::clicked, this, &ContactActivity::scheduleMeeting);
    auto* log = new QPushButton(tr("&Log…"), this);
    log->setObjectName(QStringLiteral("logInteractionButton"));
    log->setToolTip(tr("Record an e-mail, call or chat that just happened; it resets the check-in clock"));
    connect(log, &QPushButton::clicked, this, &ContactActivity::logInteraction);
    auto* write = new QPushButton(tr("&Write…"), this);
    write->setObjectName(QStringLiteral("writeButton"));
    write->setToolTip(tr("A message from your templates: a request, a thank-you or a check-in"));
    connect(write, &QPushButton::clicked, this, [this] { emit writeRequested(m_contact.id); });

    m_followUpList = new QListWidget(this);
    m_followUpList->setObjectName(QStringLiteral("contactFollowUps"));
    m_followUpList->setAccessibleName(tr("Follow-ups: tick one when done"));
    m_followUpList->setMaximumHeight(110);
    connect(m_followUpList, &QListWidget::itemChanged, this, &ContactActivity::followUpChanged);
    auto* addFollowUp = new QPushButton(tr("&Follow-up…"), this);
    addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    connect(addFollowUp, &QPushButton::clicked, this, &ContactActivity::addFollowUp);
    auto* removeMeeting = new QPushButton(tr("Remove"), this);
    removeMeeting->setToolTip(tr("Remove the selected meeting (Undo brings it back)"));
    connect(removeMeeting, &QPushButton::clicked, this, &ContactActivity::removeMeeting);
    auto* removeFollowUp = new QPushButton(tr("Remove"), this);
    removeFollowUp->setToolTip(tr("Remove the selected follow-up (Undo brings it back)"));
    connect(removeFollowUp, &QPushButton::clicked, this, &ContactActivity::removeFollowUp);
    m_checkIn = new QLabel(this);
    m_checkIn->setObjectName(QStringLiteral("checkInLabel"));
    m_checkIn->setTextFormat(Qt::PlainText);
    m_checkIn->setWordWrap(true);

    auto* meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(schedule);
    meetingButtons->addWidget(log);
    auto* prep = new QPushButton(tr("&Prep…"), this);
    prep->setObjectName(QStringLiteral("contactPrepSheetButton"));
    prep->setToolTip(tr("Prep sheet for the next planned meeting (or for the person alone)"));
    connect(prep, &QPushButton::clicked, this, [this] { emit prepSheetRequested(m_contact.id); });
    meetingButtons->addWidget(prep);
    meetingButtons->addStretch();
    meetingButtons->addWidget(removeMeeting);
    auto* followUpButtons = new QHBoxLayout;
    followUpButtons->addWidget(addFollowUp);
    followUpButtons->addWidget(write);
    followUpButtons->addStretch();
    followUpButtons->addWidget(removeFollowUp);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meetingList);
    layout->addLayout(meetingButtons);
    layout->addWidget(m_followUpList);
    layout->addLayout(followUpButtons);
    layout->addWidget(m_checkIn);
}

void ContactActivity::setSession(NetworkSession* session)
{
    m_session = session;
    m_contact = {};
    if (session) {
        connect(session->meetings(), &MeetingStore::meetingsChanged, this, [this](qint64 id) {
            if (id == m_contact.id)
                refresh();
        });
        connect(session->meetings(), &MeetingStore::followUpsChanged, this, [this](qint64 id) {
            if (id == m_contact.id)
                refresh();
        });
    }
    refresh();
}

void ContactActivity::setContact(const Contact& contact)
{
    const bool changed = contact.id != m_contact.id || contact.checkInDays != m_contact.checkInDays;
    m_contact = contact;
    if (changed)
        refresh();
}

void ContactActivity::refresh()
{
    m_loading = true;
    m_meetingList->clear();
    m_followUpList->clear();
    const bool active = m_session && m_contact.id;
    setEnabled(active);
    m_meetings = active ? m_session->meetings()->meetingsOf(m_contact.id) : QList<Meeting>();
    const QString meetingsProblem = active ? m_session->meetings()->readError() : QString();
    m_followUps = active ? m_session->meetings()->followUpsOf(m_contact.id) : QList<FollowUp>();
    const QString followUpsProblem = active ? m_session->meetings()->readError() : QString();
    const QLocale locale;
    for (const Meeting& m : std::as_const(m_meetings)) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(DisplayFormat::shortDateTime(m.start), IcsExporter::kindLabel(m.kind), statusText(m.status)),
            m_meetingList);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(
            m.takeaway.isEmpty() ? tr("Double-click to open the notes") : DisplayFormat::plainToolTip(m.takeaway));
    }
    if (!meetingsProblem.isEmpty())
        m_meetingList->addItem(ReadFailure::inView(meetingsProblem)); // not "no meetings": they could not be read
    else if (m_meetings.isEmpty() && active)
        m_meetingList->addItem(tr("No meetings yet"));
    const QDate today = Clock::currentDate();
    for (const FollowUp& f : std::as_const(m_followUps)) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2").arg(locale.toString(f.due, QLocale::ShortFormat), f.text), m_followUpList);
        item->setData(Qt::UserRole, f.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(f.doneAt.isValid() ? Qt::Checked : Qt::Unchecked);
        if (!f.doneAt.isValid() && f.due < today) { // overdue: bold and said, not only coloured
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setText(tr("%1 (overdue)").arg(item->text()));
        }
    }
    if (!followUpsProblem.isEmpty())
        m_followUpList->addItem(ReadFailure::inView(followUpsProblem));
    if (active) {
        try {
            const CheckIn checkIn = KeepWarm::checkIn(m_session->database().connection(), m_contact.id);
            m_checkIn->setText(checkIn.lastContact.isValid()
                    ? tr("Last contact %1; check in by %2.")
                          .arg(locale.toString(checkIn.lastContact, QLocale::ShortFormat),
                              locale.toString(checkIn.due(), QLocale::ShortFormat))
                    : tr("No meeting held yet."));
        } catch (const DatabaseError& e) {
            m_checkIn->setText(ReadFailure::inView(e.message()));
            m_session->reportReadFailure(e.message());
        }
    } else {
        m_checkIn->clear();
    }
    m_loading = false;
}

void ContactActivity::scheduleMeeting()
{
    Meeting m;
    m.start = QDateTime(Clock::currentDate().addDays(1), QTime(10, 0));
    m.durationMinutes = 30;
    addAndOpen(m);
}

void ContactActivity::logInteraction()
{
    Meeting m;
    m.kind = QStringLiteral("email");
    m.status = QStringLiteral("done");
    m.start = Clock::currentDateTimeUtc().toLocalTime();
    m.durationMinutes = 5;
    addAndOpen(m);
}

void ContactActivity::addAndOpen(Meeting meeting)
{
    if (!m_session || !m_contact.id)
        return;
    meeting.contactId = m_contact.id;
    qint64 id = 0;
    auto* command = new AddMeetingCommand(m_session->meetings(), meeting, m_contact.displayName());
    command->reportIdTo(&id);
    m_session->undoStack()->push(command); // deleted inside push() if the write fails
    if (id)
        emit meetingOpenRequested(id);
}

void ContactActivity::addFollowUp()
{
    if (!m_session || !m_contact.id)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Follow-up"));
    auto* text = new QLineEdit(&dialog);
    text->setObjectName(QStringLiteral("followUpText"));
    text->setPlaceholderText(tr("e.g. Send the article we talked about"));
    text->setMinimumWidth(text->fontMetrics().horizontalAdvance(text->placeholderText()) + 40);
    auto* due = new DateField(Clock::currentDate().addDays(7), &dialog);
    due->setObjectName(QStringLiteral("followUpDue"));
    due->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&What:"), text);
    form->addRow(tr("&Due:"), due);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || text->text().trimmed().isEmpty())
        return;
    FollowUp f;
    f.contactId = m_contact.id;
    f.text = text->text().trimmed();
    f.due = due->date();
    m_session->undoStack()->push(new AddFollowUpCommand(m_session->meetings(), f));
}

void ContactActivity::followUpChanged(QListWidgetItem* item)
{
    if (m_loading || !m_session)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const auto before = m_session->meetings()->followUp(id);
    if (!before)
        return;
    FollowUp after = *before;
    after.doneAt = item->checkState() == Qt::Checked ? Clock::currentDateTimeUtc() : QDateTime();
    if (after.doneAt.isValid() == before->doneAt.isValid())
        return;
    m_session->undoStack()->push(new EditFollowUpCommand(m_session->meetings(), *before, after));
}

void ContactActivity::removeMeeting()
{
    QListWidgetItem* item = m_meetingList->currentItem();
    if (!m_session || !item)
        return;
    if (const auto m = m_session->meetings()->meeting(item->data(Qt::UserRole).toLongLong()))
        m_session->undoStack()->push(new RemoveMeetingCommand(m_session->meetings(), *m, m_contact.displayName()));
}

void ContactActivity::removeFollowUp()
{
    QListWidgetItem* item = m_followUpList->currentItem();
    if (!m_session || !item)
        return;
    if (const auto f = m_session->meetings()->followUp(item->data(Qt::UserRole).toLongLong()))
        m_session->undoStack()->push(new RemoveFollowUpCommand(m_session->meetings(), *f));
}

} // namespace Rapport
