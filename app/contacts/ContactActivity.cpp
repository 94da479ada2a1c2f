// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactActivity.h"

#include "Clock.h"
#include "ContactMessages.h"
#include "DatabaseError.h"
#include "DateFields.h"
#include "DisplayFormat.h"
#include "ElidedTipDelegate.h"
#include "FlowLayout.h"
#include "FollowUpListModel.h"
#include "KeepWarm.h"
#include "MeetingCommands.h"
#include "MeetingDialog.h"
#include "MeetingListModel.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReadFailure.h"

#include <QAbstractItemView>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

namespace {

// A one-column list of lines, as the contact's page shows them.
PlaceholderTreeView* lineList(QWidget* parent)
{
    auto* view = new PlaceholderTreeView(parent);
    view->setHeaderHidden(true);
    view->setRootIsDecorated(false);
    view->setItemsExpandable(false);
    view->setUniformRowHeights(true);
    view->setMaximumHeight(110);
    view->setItemDelegate(new ElidedTipDelegate(view)); // a long follow-up is cut at the editor's width
    return view;
}

// The current row if it is selected: Remove acts on what the user picked, nothing else.
QModelIndex selectedRow(const QAbstractItemView* view)
{
    const QModelIndex current = view->currentIndex();
    return view->selectionModel() && view->selectionModel()->isSelected(current) ? current : QModelIndex();
}

} // namespace

ContactActivity::ContactActivity(QWidget* parent)
    : QWidget(parent)
{
    m_meetingList = lineList(this);
    m_meetingList->setObjectName(QStringLiteral("contactMeetings"));
    m_meetingList->setAccessibleName(tr("Meetings"));
    connect(m_meetingList, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_meetings ? m_meetings->meetingId(index) : 0)
            emit meetingOpenRequested(id);
    });
    auto* schedule = new QPushButton(tr("Sched&ule…"), this);
    schedule->setObjectName(QStringLiteral("scheduleMeetingButton"));
    schedule->setToolTip(tr("Plan an informational interview and open its notes"));
    connect(schedule, &QPushButton::clicked, this, &ContactActivity::scheduleMeeting);
    auto* log = new QPushButton(tr("Log…"), this);
    log->setObjectName(QStringLiteral("logInteractionButton"));
    log->setToolTip(tr("Record an e-mail, call or chat that just happened; it resets the check-in clock"));
    connect(log, &QPushButton::clicked, this, &ContactActivity::logInteraction);
    auto* write = new QPushButton(tr("&Write…"), this);
    write->setObjectName(QStringLiteral("writeButton"));
    write->setToolTip(tr("A message from your templates: a request, a thank-you or a check-in"));
    connect(write, &QPushButton::clicked, this, [this] { emit writeRequested(m_contact.id); });

    m_followUpList = lineList(this);
    m_followUpList->setObjectName(QStringLiteral("contactFollowUps"));
    m_followUpList->setAccessibleName(tr("Follow-ups: tick one when done"));
    auto* addFollowUp = new QPushButton(tr("Follow-up…"), this);
    addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    connect(addFollowUp, &QPushButton::clicked, this, &ContactActivity::addFollowUp);
    auto* removeMeeting = m_removeMeeting = new QPushButton(tr("Remove"), this);
    removeMeeting->setObjectName(QStringLiteral("removeMeetingButton"));
    removeMeeting->setToolTip(tr("Remove the selected meeting (Undo brings it back)"));
    connect(removeMeeting, &QPushButton::clicked, this, &ContactActivity::removeMeeting);
    auto* removeFollowUp = m_removeFollowUp = new QPushButton(tr("Remove"), this);
    removeFollowUp->setObjectName(QStringLiteral("removeFollowUpButton"));
    removeFollowUp->setToolTip(tr("Remove the selected follow-up (Undo brings it back)"));
    connect(removeFollowUp, &QPushButton::clicked, this, &ContactActivity::removeFollowUp);
    m_checkIn = new QLabel(this);
    m_checkIn->setObjectName(QStringLiteral("checkInLabel"));
    m_checkIn->setTextFormat(Qt::PlainText);
    m_checkIn->setWordWrap(true);
    m_checkIn->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name must not widen the editor

    // The rows wrap rather than set the editor's minimum width: at 200% scaling or in French,
    // four buttons on one line would take width from the graph beside the editor.
    // What one does with a person goes under their name, always in sight (quickActions());
    // the lists and their own buttons follow the fields.
    m_quickActions = new QWidget(this);
    m_quickActions->setObjectName(QStringLiteral("contactQuickActions"));
    auto* quick = new FlowLayout(m_quickActions);
    quick->setContentsMargins(0, 0, 0, 0);
    quick->addWidget(schedule);
    quick->addWidget(log);
    quick->addWidget(write);
    auto* meetingButtons = new FlowLayout;
    auto* prep = new QPushButton(tr("Prep…"), this);
    prep->setObjectName(QStringLiteral("contactPrepSheetButton"));
    prep->setToolTip(tr("Prep sheet for the next planned meeting (or for the person alone)"));
    connect(prep, &QPushButton::clicked, this, [this] { emit prepSheetRequested(m_contact.id); });
    meetingButtons->addWidget(prep);
    meetingButtons->addWidget(removeMeeting);
    auto* followUpButtons = new FlowLayout;
    followUpButtons->addWidget(addFollowUp);
    followUpButtons->addWidget(removeFollowUp);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meetingList);
    layout->addLayout(meetingButtons);
    auto* followUpsLabel = new QLabel(tr("Follow-ups (tick one when done):"), this);
    followUpsLabel->setObjectName(QStringLiteral("followUpsLabel"));
    followUpsLabel->setBuddy(m_followUpList);
    layout->addWidget(followUpsLabel);
    layout->addWidget(m_followUpList);
    layout->addLayout(followUpButtons);
    m_messages = new ContactMessages(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_checkIn);
    updateRemoveButtons();
}

void ContactActivity::setSession(NetworkSession* session)
{
    m_session = session;
    m_contact = {};
    MeetingListModel* oldMeetings = m_meetings;
    FollowUpListModel* oldFollowUps = m_followUps;
    m_meetings = nullptr;
    m_followUps = nullptr;
    if (session) {
        m_meetings = new MeetingListModel(session->meetings(), this);
        ViewTextFormat format;
        format.dateTime = DisplayFormat::shortDateTime;
        format.toolTip = DisplayFormat::plainToolTip;
        m_meetings->setFormat(format);
        m_followUps = new FollowUpListModel(session->meetings(), this);
        connect(m_followUps, &FollowUpListModel::doneRequested, this, &ContactActivity::setFollowUpDone);
        for (QAbstractItemModel* model :
            {static_cast<QAbstractItemModel*>(m_meetings), static_cast<QAbstractItemModel*>(m_followUps)}) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &ContactActivity::updatePlaceholders);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ContactActivity::updatePlaceholders);
            connect(model, &QAbstractItemModel::modelReset, this, &ContactActivity::updatePlaceholders);
            connect(model, &QAbstractItemModel::layoutChanged, this, &ContactActivity::updateRemoveButtons);
        }
        // The models follow the rows; the check-in date follows what was held.
        const auto touched = [this](qint64 id) {
            if (id == m_contact.id)
                refreshCheckIn();
        };
        connect(session->meetings(), &MeetingStore::meetingsChanged, this, touched);
        connect(session->meetings(), &MeetingStore::followUpsChanged, this, touched);
    }
    m_meetingList->setModel(m_meetings);
    m_followUpList->setModel(m_followUps);
    m_messages->setSession(session);
    // Each model comes with a new selection model: Remove follows what is selected in it.
    for (QAbstractItemView* view :
        {static_cast<QAbstractItemView*>(m_meetingList), static_cast<QAbstractItemView*>(m_followUpList)}) {
        if (view->selectionModel())
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ContactActivity::updateRemoveButtons);
    }
    delete oldMeetings;
    delete oldFollowUps;
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
    const bool active = m_session && m_contact.id;
    setEnabled(active);
    if (m_meetings)
        m_meetings->setContact(active ? m_contact.id : 0);
    if (m_followUps)
        m_followUps->setContact(active ? m_contact.id : 0);
    m_messages->setContact(active ? m_contact.id : 0);
    updatePlaceholders();
    refreshCheckIn();
}

void ContactActivity::updateRemoveButtons()
{
    m_removeMeeting->setEnabled(m_meetings && m_meetings->meetingId(selectedRow(m_meetingList)));
    m_removeFollowUp->setEnabled(m_followUps && m_followUps->followUpId(selectedRow(m_followUpList)));
}

void ContactActivity::updatePlaceholders()
{
    updateRemoveButtons(); // rows came or went
    const bool active = m_session && m_contact.id;
    const QString meetingsProblem = m_meetings ? m_meetings->readError() : QString();
    // Not "no meetings" when they could not be read.
    m_meetingList->setPlaceholderText(!meetingsProblem.isEmpty() ? ReadFailure::inView(meetingsProblem)
            : active                                             ? tr("No meetings yet")
                                                                 : QString());
    const QString followUpsProblem = m_followUps ? m_followUps->readError() : QString();
    m_followUpList->setPlaceholderText(followUpsProblem.isEmpty() ? QString() : ReadFailure::inView(followUpsProblem));
}

void ContactActivity::refreshCheckIn()
{
    if (!m_session || !m_contact.id) {
        m_checkIn->clear();
        return;
    }
    const QLocale locale;
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
}

void ContactActivity::scheduleMeeting()
{
    if (m_session && m_contact.id)
        emit scheduleRequested(m_contact.id); // nothing is written until the meeting's window saves it
}

void ContactActivity::logInteraction()
{
    if (!m_session || !m_contact.id)
        return;
    emit draftRequested(MeetingDialog::newLoggedEmail(m_contact.id)); // written when its window saves it
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

void ContactActivity::setFollowUpDone(qint64 followUpId, bool done)
{
    if (!m_session)
        return;
    const auto before = m_session->meetings()->followUp(followUpId);
    if (!before || before->doneAt.isValid() == done)
        return;
    FollowUp after = *before;
    after.doneAt = done ? Clock::currentDateTimeUtc() : QDateTime();
    m_session->undoStack()->push(new EditFollowUpCommand(m_session->meetings(), *before, after));
}

void ContactActivity::removeMeeting()
{
    const qint64 id = m_meetings ? m_meetings->meetingId(selectedRow(m_meetingList)) : 0;
    if (!m_session || !id)
        return;
    if (const auto m = m_session->meetings()->meeting(id))
        m_session->undoStack()->push(new RemoveMeetingCommand(m_session->meetings(), *m, m_contact.displayName()));
}

void ContactActivity::removeFollowUp()
{
    const qint64 id = m_followUps ? m_followUps->followUpId(selectedRow(m_followUpList)) : 0;
    if (!m_session || !id)
        return;
    if (const auto f = m_session->meetings()->followUp(id))
        m_session->undoStack()->push(new RemoveFollowUpCommand(m_session->meetings(), *f));
}

} // namespace Rapport
