// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DashboardModel.h"

#include "Clock.h"
#include "ContactStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "MeetingStore.h"

#include <QFont>
#include <QLocale>

namespace Rapport {

using DashboardDetail::Row;

namespace {

const char* const kTitles[] = {QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Overdue"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Due today"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Thank-you notes to send"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Next meetings"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Next 7 days"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Waiting for a reply"),
    QT_TRANSLATE_NOOP("Rapport::DashboardModel", "Going cold: time to check in")};

// The title says the number: the window and the title change together.
static_assert(Dashboard::kUpcomingDays == 7);

} // namespace

DashboardModel::DashboardModel(Database& database, MeetingStore* meetings, ContactStore* contacts, QObject* parent)
    : SectionedRowModel(false, ColumnCount, parent)
    , m_database(database)
{
    const auto changed = [this] { reload(); };
    connect(meetings, &MeetingStore::meetingsChanged, this, changed);
    connect(meetings, &MeetingStore::followUpsChanged, this, changed);
    connect(contacts, &ContactStore::contactChanged, this, changed);
    connect(contacts, &ContactStore::contactAdded, this, changed);
    connect(contacts, &ContactStore::contactRemoved, this, changed);
    connect(contacts, &ContactStore::contactsReset, this, [this] { reload(true); });
}

void DashboardModel::reload(bool reset)
{
    m_readError.clear();
    try {
        m_dashboard = Dashboard::compute(m_database.connection(), Clock::currentDateTimeUtc());
    } catch (const DatabaseError& e) {
        m_dashboard = {};
        m_readError = e.message();
    }
    if (reset)
        resetTo(sections());
    else
        sync(sections());
    if (!m_readError.isEmpty())
        emit readFailed(m_readError);
}

QList<DashboardModel::Section> DashboardModel::sections() const
{
    const QLocale locale;
    const auto section = [&](SectionId id, const QList<DashboardItem>& items, bool doneable, bool meetings) {
        Section s {id, {}};
        for (const DashboardItem& d : items) {
            Row row;
            const bool thankYou = !meetings && d.meetingId && !d.followUpId;
            row.key = d.followUpId ? d.followUpId : thankYou ? -d.meetingId : d.meetingId ? d.meetingId : d.contactId;
            row.item = d;
            // Meetings and check-ins say whom they are about; follow-ups are prefixed with the name,
            // unless they already name the person ("Send Yuki Nakamura a thank-you note").
            const bool named = d.contactName.isEmpty() || d.text.contains(d.contactName, Qt::CaseInsensitive);
            row.what = meetings || !(d.followUpId || d.meetingId) || named ? d.text
                                                                           : tr("%1: %2").arg(d.contactName, d.text);
            row.when = d.when.isValid() ? m_format.dateTime(d.when) : locale.toString(d.date, QLocale::ShortFormat);
            row.doneable = doneable && (d.followUpId || d.meetingId);
            row.opensMeeting = meetings;
            row.thankYou = thankYou;
            s.rows.append(row);
        }
        return s;
    };
    const auto nudges = [](Section s) {
        for (Row& row : s.rows)
            row.nudge = true;
        return s;
    };
    const QList<Section> all {section(Overdue, m_dashboard.overdue, true, false),
        section(DueToday, m_dashboard.dueToday, true, false),
        section(ThankYous, m_dashboard.thankYousOwed, true, false),
        section(NextMeetings, m_dashboard.nextMeetings, false, true),
        section(DueSoon, m_dashboard.dueSoon, true, false),
        nudges(section(WaitingForReply, m_dashboard.waitingForReply, false, false)),
        section(GoingCold, m_dashboard.goingCold, false, false)};
    QList<Section> shown;
    for (const Section& s : all) {
        if (!s.rows.isEmpty()) // an empty section is not shown at all
            shown.append(s);
    }
    return shown;
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("What to do");
    case WhenColumn:
        return tr("When");
    default:
        return QString();
    }
}

QVariant DashboardModel::rowData(const Row& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == WhatColumn ? row.what
            : column == WhenColumn  ? row.when
            : row.doneable          ? tr("Done")
            : row.nudge             ? tr("Nudge…")
                                    : QString();
    case Qt::ToolTipRole:
        return column == WhatColumn ? m_format.toolTip(row.what) : QVariant();
    case Qt::AccessibleTextRole:
        if (column == ActionColumn && row.doneable)
            return tr("Mark done: %1").arg(row.what);
        return {};
    case ContactRole:
        return row.item.contactId;
    case FollowUpRole:
        return row.item.followUpId;
    case MeetingRole:
        return row.item.meetingId;
    case OpensMeetingRole:
        return row.opensMeeting;
    case ThankYouRole:
        return row.thankYou;
    case DoneableRole:
        return row.doneable;
    case NudgeRole:
        return row.nudge;
    default:
        return {};
    }
}

QString DashboardModel::title(SectionId id)
{
    return tr(kTitles[id]);
}

QVariant DashboardModel::sectionData(int id, int count, int column, int role) const
{
    if (column != WhatColumn)
        return {};
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DisplayRole)
        return tr("%1 (%2)").arg(title(SectionId(id)), QString::number(count));
    return {};
}

Qt::ItemFlags DashboardModel::rowFlags(const Row&, int) const
{
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Rapport
