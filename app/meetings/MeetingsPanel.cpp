// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingsPanel.h"

#include "ContactChoiceDialog.h"
#include "ContactStore.h"
#include "DisplayFormat.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MeetingsTreeModel.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReadFailure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

MeetingsPanel::MeetingsPanel(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_view(new PlaceholderTreeView(this))
{
    const bool paths = mode == Mode::CareerPaths;
    setObjectName(paths ? QStringLiteral("careerPathsPanel") : QStringLiteral("meetingsPanel"));
    m_view->setObjectName(paths ? QStringLiteral("careerPathsList") : QStringLiteral("meetingsList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setAccessibleName(
        paths ? tr("Career paths: what you learned you want, and don't") : tr("All meetings, upcoming and past"));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model ? m_model->meetingId(index) : 0)
            emit meetingOpenRequested(id);
    });
    auto* intro = new QLabel(paths ? tr("After each meeting, say in its Reflection how drawn you are to that path. "
                                        "Here they add up.")
                                   : tr("Double-click a meeting to open its notes."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    if (paths)
        return;
    // A meeting can start here too, not only from a contact's editor.
    auto* schedule = new QPushButton(tr("&Schedule…"), this);
    schedule->setObjectName(QStringLiteral("meetingsScheduleButton"));
    schedule->setToolTip(tr("A new meeting with someone in your network"));
    auto* log = new QPushButton(tr("&Log…"), this);
    log->setObjectName(QStringLiteral("meetingsLogButton"));
    log->setToolTip(tr("An e-mail, call or meeting that already happened"));
    connect(schedule, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chooseContact(tr("Schedule a Meeting")))
            emit scheduleRequested(id);
    });
    connect(log, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chooseContact(tr("Log a Contact")))
            emit draftRequested(MeetingDialog::newLoggedEmail(id));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(schedule);
    buttons->addWidget(log);
    buttons->addStretch();
    layout->addLayout(buttons);
}

qint64 MeetingsPanel::chooseContact(const QString& title)
{
    if (!m_session)
        return 0;
    ContactChoiceDialog dialog(m_session->listModel(), title, this);
    const qint64 meetingId = m_model ? m_model->meetingId(m_view->currentIndex()) : 0;
    if (const auto meeting = meetingId ? m_session->meetings()->meeting(meetingId) : std::nullopt) {
        if (const auto contact = m_session->store()->contact(meeting->contactId))
            dialog.setName(contact->displayName());
    }
    return dialog.exec() == QDialog::Accepted ? dialog.contactId() : 0;
}

void MeetingsPanel::setSession(NetworkSession* session)
{
    m_session = session;
    MeetingsTreeModel* old = m_model;
    m_model = nullptr;
    if (session) {
        m_model = new MeetingsTreeModel(
            m_mode == Mode::CareerPaths ? MeetingsTreeModel::Mode::CareerPaths : MeetingsTreeModel::Mode::Meetings,
            session->meetings(), session->store(), this);
        ViewTextFormat format;
        format.dateTime = DisplayFormat::shortDateTime;
        format.toolTip = DisplayFormat::plainToolTip;
        m_model->setFormat(format);
        // A hidden tab costs nothing, however large the network: it catches up when shown.
        m_model->setLive(false);
        m_model->markStale();
        m_model->setLive(isVisible());
    }
    if (m_model) {
        // Before the view's selection model hears of it: a meeting moving sections (marked held:
        // Upcoming to Past) is removed then inserted, and the selection model would move the
        // highlight onto the meeting taking its old row.
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &MeetingsPanel::noteFollowedMeeting);
    }
    m_view->setModel(m_model);
    delete old;
    if (m_model) {
        // After the view's own connections, so that it has taken the change in before these run.
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            spanSections();
            m_view->expandAll();
            updatePlaceholder();
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
            if (!parent.isValid()) { // the sections, back after a failed read
                spanSections();
                m_view->expandAll();
            }
            updatePlaceholder();
            reselectFollowedMeeting();
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
            updatePlaceholder();
            reselectFollowedMeeting(); // moved to an earlier section, it is there already
            if (m_followedMeeting) // nothing highlighted until it is back, rather than a neighbour
                m_view->selectionModel()->clear();
        });
        QHeaderView* header = m_view->header();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setStretchLastSection(true);
        if (m_mode == Mode::CareerPaths) // the takeaway is what this view is for: it gets the room
            m_view->setTextColumn(MeetingsTreeModel::TakeawayColumn);
        spanSections();
        m_view->expandAll();
    }
    updatePlaceholder();
}

void MeetingsPanel::noteFollowedMeeting(const QModelIndex& parent, int first, int last)
{
    const QModelIndex current = m_view->currentIndex();
    // A section going (parent invalid) takes its meetings with it.
    const QModelIndex row = current.parent() == parent ? current : current.parent();
    if (!current.isValid() || row.parent() != parent || row.row() < first || row.row() > last)
        return;
    const qint64 id = m_model->meetingId(current);
    if (!id || !m_view->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return;
    m_followedMeeting = id;
    // The model tells all of one change at once: a meeting not back by the time it is done is gone.
    QMetaObject::invokeMethod(
        this, [this] { m_followedMeeting = 0; }, Qt::QueuedConnection);
}

void MeetingsPanel::reselectFollowedMeeting()
{
    if (!m_followedMeeting)
        return;
    for (const int section : {MeetingsTreeModel::Upcoming, MeetingsTreeModel::Past}) {
        const QModelIndex index = m_model->indexOf(m_followedMeeting, section);
        if (index.isValid()) {
            m_followedMeeting = 0;
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void MeetingsPanel::spanSections()
{
    for (int row = 0; m_model && row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
}

void MeetingsPanel::updatePlaceholder()
{
    // The session's message box names the file; the list says it is not empty, but unread.
    if (m_model && !m_model->readError().isEmpty())
        m_view->setPlaceholderText(ReadFailure::inView(m_model->readError()));
    else if (m_model && m_mode == Mode::Meetings) // its sections show only over meetings
        m_view->setPlaceholderText(tr("No meetings yet. Plan one with Schedule… on a contact's page."));
    else
        m_view->setPlaceholderText(QString());
}

void MeetingsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_model)
        m_model->setLive(true);
}

void MeetingsPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setLive(false);
}

} // namespace Rapport
