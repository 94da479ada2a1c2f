// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TodayPanel.h"

#include "Clock.h"
#include "DatabaseError.h"
#include "DisplayFormat.h"
#include "MeetingCommands.h"
#include "NetworkSession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rapport {

namespace {
enum Column { WhatColumn, WhenColumn, ActionColumn };
enum Role { ContactRole = Qt::UserRole + 1, FollowUpRole, MeetingRole, OpensMeetingRole, ThankYouRole };
} // namespace

TodayPanel::TodayPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("todayList"));
    m_tree->setHeaderLabels({tr("What to do"), tr("When"), QString()});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Today: what to do"));
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, &TodayPanel::activated);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayPanel::refresh);
    auto* hint
        = new QLabel(tr("Double-click a line to open it. Tick things off as you go: Undo brings them back."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
}

void TodayPanel::setSession(NetworkSession* session)
{
    m_session = session;
    if (session) {
        connect(session->meetings(), &MeetingStore::meetingsChanged, this, &TodayPanel::scheduleRefresh);
        connect(session->meetings(), &MeetingStore::followUpsChanged, this, &TodayPanel::scheduleRefresh);
        connect(session->store(), &ContactStore::contactChanged, this, &TodayPanel::scheduleRefresh);
        connect(session->store(), &ContactStore::contactAdded, this, &TodayPanel::scheduleRefresh);
        connect(session->store(), &ContactStore::contactRemoved, this, &TodayPanel::scheduleRefresh);
        connect(session->store(), &ContactStore::contactsReset, this, &TodayPanel::scheduleRefresh);
    }
    refresh();
}

void TodayPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void TodayPanel::refresh()
{
    m_refreshTimer->stop();
    m_tree->clear();
    m_dashboard = {};
    const QDateTime now = Clock::currentDateTimeUtc();
    m_title->setText(tr("Today, %1").arg(QLocale().toString(now.toLocalTime().date(), QLocale::LongFormat)));
    if (!m_session)
        return;
    try {
        m_dashboard = Dashboard::compute(m_session->database().connection(), now);
    } catch (const DatabaseError& e) {
        m_tree->addTopLevelItem(new QTreeWidgetItem({tr("The network could not be read: %1").arg(e.message())}));
        m_session->reportReadFailure(e.message()); // the window names the file
        return;
    }
    addSection(tr("Overdue"), m_dashboard.overdue, true, false);
    addSection(tr("Due today"), m_dashboard.dueToday, true, false);
    addSection(tr("Thank-you notes to send"), m_dashboard.thankYousOwed, true, false);
    addSection(tr("Next meetings"), m_dashboard.nextMeetings, false, true);
    addSection(tr("Due this week"), m_dashboard.dueThisWeek, true, false);
    addSection(tr("Going cold: time to check in"), m_dashboard.goingCold, false, false);
    if (m_dashboard.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_tree,
            {tr("Nothing to do today. Schedule an informational interview from "
                "a contact's page, or import your contacts to begin.")});
        item->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
}

void TodayPanel::addSection(const QString& title, const QList<DashboardItem>& items, bool doneable, bool meetings)
{
    if (items.isEmpty())
        return;
    auto* section = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title, QString::number(items.size()))});
    QFont bold = section->font(WhatColumn);
    bold.setBold(true);
    section->setFont(WhatColumn, bold);
    section->setFirstColumnSpanned(true);
    section->setFlags(Qt::ItemIsEnabled);
    const QLocale locale;
    for (const DashboardItem& d : items) {
        // Meetings and check-ins say whom they are about; follow-ups are prefixed with the name.
        const QString what
            = meetings || !(d.followUpId || d.meetingId) ? d.text : tr("%1: %2").arg(d.contactName, d.text);
        const QString when
            = d.when.isValid() ? DisplayFormat::shortDateTime(d.when) : locale.toString(d.date, QLocale::ShortFormat);
        auto* item = new QTreeWidgetItem(section, {what, when});
        item->setData(WhatColumn, ContactRole, d.contactId);
        item->setData(WhatColumn, FollowUpRole, d.followUpId);
        item->setData(WhatColumn, MeetingRole, d.meetingId);
        item->setData(WhatColumn, OpensMeetingRole, meetings);
        item->setData(WhatColumn, ThankYouRole, !meetings && d.meetingId && !d.followUpId);
        item->setToolTip(WhatColumn, DisplayFormat::plainToolTip(what));
        if (doneable && (d.followUpId || d.meetingId)) {
            auto* done = new QPushButton(tr("Done"), m_tree);
            done->setObjectName(QStringLiteral("doneButton"));
            done->setAccessibleName(tr("Mark done: %1").arg(what));
            connect(done, &QPushButton::clicked, this, [this, item] {
                m_tree->setCurrentItem(item);
                markSelectedDone();
            });
            m_tree->setItemWidget(item, ActionColumn, done);
        }
    }
}

void TodayPanel::markSelectedDone()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !m_session)
        return;
    MeetingStore* store = m_session->meetings();
    if (const qint64 id = item->data(WhatColumn, FollowUpRole).toLongLong()) {
        if (const auto before = store->followUp(id)) {
            FollowUp after = *before;
            after.doneAt = Clock::currentDateTimeUtc();
            m_session->undoStack()->push(new EditFollowUpCommand(store, *before, after));
        }
        return;
    }
    if (item->data(WhatColumn, ThankYouRole).toBool()) {
        // No thank-you follow-up yet: record one, done now, attached to the interview.
        FollowUp thanks;
        thanks.contactId = item->data(WhatColumn, ContactRole).toLongLong();
        thanks.meetingId = item->data(WhatColumn, MeetingRole).toLongLong();
        thanks.kind = QStringLiteral("thank_you");
        thanks.due = Clock::currentDate();
        thanks.text = tr("Thank-you note sent");
        thanks.doneAt = Clock::currentDateTimeUtc();
        m_session->undoStack()->push(new AddFollowUpCommand(store, thanks));
    }
}

void TodayPanel::activated(QTreeWidgetItem* item)
{
    if (!item->parent())
        return;
    if (item->data(WhatColumn, OpensMeetingRole).toBool() || item->data(WhatColumn, ThankYouRole).toBool())
        emit meetingOpenRequested(item->data(WhatColumn, MeetingRole).toLongLong());
    else
        emit contactOpenRequested(item->data(WhatColumn, ContactRole).toLongLong());
}

} // namespace Rapport
