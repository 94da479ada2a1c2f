// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TodayPanel.h"

#include "Clock.h"
#include "DashboardModel.h"
#include "DisplayFormat.h"
#include "DoneButtonDelegate.h"
#include "MeetingCommands.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Rapport {

TodayPanel::TodayPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new PlaceholderTreeView(this))
    , m_done(new DoneButtonDelegate(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("todayList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setItemsExpandable(false);
    m_view->setAccessibleName(tr("Today: what to do"));
    m_view->setItemDelegateForColumn(DashboardModel::ActionColumn, m_done);
    m_view->setMouseTracking(true); // the button shows the pointer over it
    m_view->installEventFilter(this);
    connect(m_done, &DoneButtonDelegate::clicked, this, &TodayPanel::buttonClicked);
    connect(m_view, &QTreeView::activated, this, &TodayPanel::activated);
    auto* hint
        = new QLabel(tr("Double-click a line to open it. Tick things off as you go: Undo brings them back."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    updateTexts();
}

void TodayPanel::setSession(NetworkSession* session)
{
    m_session = session;
    DashboardModel* old = m_model;
    m_model = nullptr;
    if (session) {
        m_model = new DashboardModel(session->database(), session->meetings(), session->store(), this);
        ViewTextFormat format;
        format.dateTime = DisplayFormat::shortDateTime;
        format.toolTip = DisplayFormat::plainToolTip;
        m_model->setFormat(format);
        // The window names the file; each problem is told once.
        connect(m_model, &DashboardModel::readFailed, session, &NetworkSession::reportReadFailure);
        m_model->reload(true);
    }
    m_view->setModel(m_model);
    delete old;
    if (m_model) {
        // After the view's own connections, so that it has taken the change in before these run.
        const auto changed = [this] {
            updateTexts();
            m_view->expandAll(); // a section that comes back comes open
        };
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::modelReset, this, changed);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TodayPanel::updateTexts);
        QHeaderView* header = m_view->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(DashboardModel::WhatColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(DashboardModel::WhenColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(DashboardModel::ActionColumn, QHeaderView::ResizeToContents);
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    }
    updateTexts();
}

const Dashboard& TodayPanel::dashboard() const
{
    static const Dashboard none;
    return m_model ? m_model->dashboard() : none;
}

void TodayPanel::updateTexts()
{
    m_title->setText(
        tr("Today, %1").arg(QLocale().toString(Clock::currentDateTimeUtc().toLocalTime().date(), QLocale::LongFormat)));
    if (m_model && !m_model->readError().isEmpty())
        m_view->setPlaceholderText(tr("The network could not be read: %1").arg(m_model->readError()));
    else if (m_model)
        m_view->setPlaceholderText(tr("Nothing to do today. Schedule an informational interview from "
                                      "a contact's page, or import your contacts to begin."));
    else
        m_view->setPlaceholderText(QString());
    if (m_model) { // section lines span the columns, as headings do
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
    }
}

bool TodayPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Space on a line ticks it off, as the button does: the keyboard's way to "Done".
    if (watched == m_view && event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space
        && m_model) {
        const QModelIndex current = m_view->currentIndex();
        if (current.data(DashboardModel::DoneableRole).toBool()) {
            markDone(current);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayPanel::markSelectedDone()
{
    markDone(m_view->currentIndex());
}

void TodayPanel::buttonClicked(const QModelIndex& index)
{
    const QModelIndex line = index.siblingAtColumn(DashboardModel::WhatColumn);
    if (line.data(DashboardModel::NudgeRole).toBool()) {
        m_view->setCurrentIndex(line);
        emit writeRequested(line.data(DashboardModel::ContactRole).toLongLong());
        return;
    }
    markDone(index);
}

void TodayPanel::markDone(const QModelIndex& index)
{
    if (!m_session || !index.isValid() || !index.data(DashboardModel::DoneableRole).toBool())
        return;
    const QModelIndex line = index.siblingAtColumn(DashboardModel::WhatColumn);
    m_view->setCurrentIndex(line);
    MeetingStore* store = m_session->meetings();
    if (const qint64 id = line.data(DashboardModel::FollowUpRole).toLongLong()) {
        if (const auto before = store->followUp(id)) {
            FollowUp after = *before;
            after.doneAt = Clock::currentDateTimeUtc();
            m_session->undoStack()->push(new EditFollowUpCommand(store, *before, after));
        }
        return;
    }
    if (line.data(DashboardModel::ThankYouRole).toBool()) {
        // No thank-you follow-up yet: record one, done now, attached to the interview.
        FollowUp thanks;
        thanks.contactId = line.data(DashboardModel::ContactRole).toLongLong();
        thanks.meetingId = line.data(DashboardModel::MeetingRole).toLongLong();
        thanks.kind = FollowUpKind::ThankYou;
        thanks.due = Clock::currentDate();
        thanks.text = tr("Thank-you note sent");
        thanks.doneAt = Clock::currentDateTimeUtc();
        m_session->undoStack()->push(new AddFollowUpCommand(store, thanks));
    }
}

void TodayPanel::activated(const QModelIndex& index)
{
    if (!index.isValid() || !index.parent().isValid()) // a section heading
        return;
    const QModelIndex line = index.siblingAtColumn(DashboardModel::WhatColumn);
    if (line.data(DashboardModel::OpensMeetingRole).toBool() || line.data(DashboardModel::ThankYouRole).toBool())
        emit meetingOpenRequested(line.data(DashboardModel::MeetingRole).toLongLong());
    else
        emit contactOpenRequested(line.data(DashboardModel::ContactRole).toLongLong());
}

} // namespace Rapport
