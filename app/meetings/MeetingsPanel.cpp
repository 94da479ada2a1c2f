// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingsPanel.h"

#include "Clock.h"
#include "DisplayFormat.h"
#include "IcsExporter.h"
#include "NetworkSession.h"
#include "ReadFailure.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rapport {

namespace {
constexpr int kMeetingRole = Qt::UserRole + 1;

QString statusText(const QString& status)
{
    if (status == QLatin1String("done"))
        return MeetingsPanel::tr("Held");
    if (status == QLatin1String("cancelled"))
        return MeetingsPanel::tr("Cancelled");
    return MeetingsPanel::tr("Planned");
}
} // namespace

MeetingsPanel::MeetingsPanel(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_tree(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    const bool paths = mode == Mode::CareerPaths;
    setObjectName(paths ? QStringLiteral("careerPathsPanel") : QStringLiteral("meetingsPanel"));
    m_tree->setObjectName(paths ? QStringLiteral("careerPathsList") : QStringLiteral("meetingsList"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels(paths ? QStringList {tr("Role"), tr("Person"), tr("When"), tr("Takeaway")}
                                  : QStringList {tr("When"), tr("With"), tr("Kind"), tr("Status"), tr("Place")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    if (paths) {
        // The takeaway is what this view is for: it gets the room; a long role is cut, with a tooltip.
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_tree->header()->resizeSection(0, fontMetrics().averageCharWidth() * 34);
    }
    m_tree->setAccessibleName(
        paths ? tr("Career paths: what you learned you want, and don't") : tr("All meetings, upcoming and past"));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, kMeetingRole).toLongLong())
            emit meetingOpenRequested(id);
    });
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &MeetingsPanel::refresh);
    auto* intro = new QLabel(paths ? tr("After each meeting, say in its Reflection how drawn you are to that path. "
                                        "Here they add up.")
                                   : tr("Double-click a meeting to open its notes."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
}

void MeetingsPanel::setSession(NetworkSession* session)
{
    m_session = session;
    if (session) {
        connect(session->meetings(), &MeetingStore::meetingsChanged, m_refreshTimer, qOverload<>(&QTimer::start));
        connect(session->store(), &ContactStore::contactChanged, m_refreshTimer, qOverload<>(&QTimer::start));
        connect(session->store(), &ContactStore::contactRemoved, m_refreshTimer, qOverload<>(&QTimer::start));
        connect(session->store(), &ContactStore::contactsReset, m_refreshTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

QTreeWidgetItem* MeetingsPanel::section(const QString& title)
{
    auto* item = new QTreeWidgetItem(m_tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void MeetingsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void MeetingsPanel::refresh()
{
    if (!isVisible()) { // a hidden tab costs nothing, however large the network
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_tree->clear();
    if (!m_session)
        return;
    const QList<Meeting> meetings = m_session->meetings()->allMeetings();
    const QString meetingsError = m_session->meetings()->readError();
    const QList<ContactSummary> directory = m_session->store()->directory();
    const QString problem = meetingsError.isEmpty() ? m_session->store()->readError() : meetingsError;
    if (!problem.isEmpty()) { // the session's message box names the file; the list says it is not empty, but unread
        auto* item = new QTreeWidgetItem(m_tree, {ReadFailure::inView(problem)});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    QHash<qint64, ContactSummary> people;
    for (const ContactSummary& s : directory)
        people.insert(s.id, s);
    const QLocale locale;
    if (m_mode == Mode::Meetings) {
        const QDateTime now = Clock::currentDateTimeUtc().toLocalTime();
        QTreeWidgetItem* upcoming = section(tr("Upcoming"));
        QTreeWidgetItem* past = section(tr("Past"));
        for (qsizetype i = meetings.size() - 1; i >= 0; --i) { // past: latest first
            const Meeting& m = meetings.at(i);
            const bool isUpcoming = m.status == QLatin1String("planned") && m.start >= now.addSecs(-3600);
            QTreeWidgetItem* parent = isUpcoming ? upcoming : past;
            auto* item = new QTreeWidgetItem({DisplayFormat::shortDateTime(m.start), people.value(m.contactId).name,
                IcsExporter::kindLabel(m.kind), statusText(m.status), m.place});
            item->setData(0, kMeetingRole, m.id);
            if (isUpcoming)
                parent->insertChild(0, item); // upcoming: soonest first
            else
                parent->addChild(item);
        }
        upcoming->setText(0, tr("Upcoming (%1)").arg(upcoming->childCount()));
        past->setText(0, tr("Past (%1)").arg(past->childCount()));
    } else {
        const QList<std::pair<QString, QString>> groups {{QStringLiteral("drawn"), tr("Drawn to it")},
            {QStringLiteral("unsure"), tr("Unsure")}, {QStringLiteral("not_for_me"), tr("Not for me")}};
        for (const auto& [key, title] : groups) {
            QTreeWidgetItem* group = section(title);
            for (const Meeting& m : meetings) {
                if (m.reflection != key)
                    continue;
                const ContactSummary person = people.value(m.contactId);
                const QString role = person.title.isEmpty() ? person.organization
                    : person.organization.isEmpty()         ? person.title
                                                            : tr("%1 at %2").arg(person.title, person.organization);
                auto* item = new QTreeWidgetItem(
                    group, {role, person.name, locale.toString(m.start.date(), QLocale::ShortFormat), m.takeaway});
                item->setData(0, kMeetingRole, m.id);
                item->setToolTip(0, DisplayFormat::plainToolTip(role));
                item->setToolTip(3, DisplayFormat::plainToolTip(m.takeaway));
            }
            group->setText(0, tr("%1 (%2)").arg(title, QString::number(group->childCount())));
        }
    }
    m_tree->expandAll();
}

} // namespace Rapport
