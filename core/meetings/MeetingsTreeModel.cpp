// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingsTreeModel.h"

#include "Clock.h"
#include "Contact.h"
#include "ContactStore.h"
#include "MeetingStore.h"
#include "MeetingTypes.h"
#include "StageRules.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Rapport {

using MeetingsTreeDetail::Row;

namespace {

// The career-path groups, in the order the panel shows them; each is titled by its label.
constexpr Reflection kGroups[] = {Reflection::DrawnToIt, Reflection::Unsure, Reflection::NotForMe};

// Career paths count people, not meetings: each person's latest reflection on a conversation (an
// interview, a coffee, a call), or on anything (a thank-you note) when no conversation has one.
// In the order of their dates, as the meetings are read.
QList<const Meeting*> reflectionsByPerson(const QList<Meeting>& meetings)
{
    QHash<qint64, const Meeting*> latest;
    for (const Meeting& m : meetings) {
        if (m.reflection == Reflection::None)
            continue;
        const Meeting* before = latest.value(m.contactId);
        if (!before || StageRules::isConversation(m.kind) || !StageRules::isConversation(before->kind))
            latest.insert(m.contactId, &m);
    }
    QList<const Meeting*> chosen;
    for (const Meeting& m : meetings) {
        if (latest.value(m.contactId) == &m)
            chosen.append(&m);
    }
    return chosen;
}

// The person's most recent takeaway, from any of their meetings.
QString latestTakeaway(const QList<Meeting>& meetings, qint64 contactId)
{
    for (qsizetype i = meetings.size() - 1; i >= 0; --i) {
        if (meetings.at(i).contactId == contactId && !meetings.at(i).takeaway.isEmpty())
            return meetings.at(i).takeaway;
    }
    return {};
}

} // namespace

MeetingsTreeModel::MeetingsTreeModel(Mode mode, MeetingStore* meetings, ContactStore* contacts, QObject* parent)
    : SectionedRowModel(false, mode == Mode::CareerPaths ? 4 : 5, parent)
    , m_mode(mode)
    , m_meetings(meetings)
    , m_contacts(contacts)
{
    connect(meetings, &MeetingStore::meetingsChanged, this, [this] {
        if (!m_live)
            return markChanged();
        m_meetingList = m_meetings->allMeetings();
        m_meetingsError = m_meetings->readError();
        sync(build());
    });
    // A person's name or role shows in their rows: that one person is read again, not everyone.
    const auto personChanged = [this](qint64 id) {
        if (!m_live)
            return markChanged();
        const std::optional<ContactSummary> person = m_contacts->summary(id);
        if (!m_contacts->readError().isEmpty() || !m_peopleError.isEmpty())
            return reload(); // everyone, to say so or to get over it
        if (person)
            m_people.insert(id, *person);
        else
            m_people.remove(id);
        sync(build());
    };
    connect(contacts, &ContactStore::contactChanged, this, personChanged);
    // A person removed takes their meetings along, and one put back (Undo) brings them back.
    const auto personCameOrWent = [this] {
        if (!m_live)
            return markChanged();
        reload();
    };
    connect(contacts, &ContactStore::contactRemoved, this, personCameOrWent);
    connect(contacts, &ContactStore::contactAdded, this, personCameOrWent);
    connect(contacts, &ContactStore::contactsReset, this, [this] {
        if (m_live) {
            reload(true);
        } else {
            markChanged();
            m_staleReset = true;
        }
    });
}

void MeetingsTreeModel::markChanged()
{
    m_stale = true;
}

void MeetingsTreeModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload(m_staleReset);
}

void MeetingsTreeModel::reload(bool reset)
{
    m_stale = false;
    m_staleReset = false;
    m_meetingList = m_meetings->allMeetings();
    m_meetingsError = m_meetings->readError();
    m_people.clear();
    const QList<ContactSummary> directory = m_contacts->directory();
    m_peopleError = m_contacts->readError();
    for (const ContactSummary& s : directory)
        m_people.insert(s.id, s);
    QList<Section> sections = build();
    if (reset)
        resetTo(std::move(sections));
    else
        sync(sections);
}

QList<MeetingsTreeModel::Section> MeetingsTreeModel::build()
{
    m_readError = m_meetingsError.isEmpty() ? m_peopleError : m_meetingsError;
    if (!m_readError.isEmpty()) // not "no meetings": the view says they could not be read
        return {};
    const QList<Meeting>& meetings = m_meetingList;
    const QHash<qint64, ContactSummary>& people = m_people;
    QList<Section> sections;
    if (m_mode == Mode::Meetings) {
        Section upcoming {Upcoming, {}};
        Section past {Past, {}};
        const QDateTime now = Clock::currentDateTimeUtc().toLocalTime();
        for (qsizetype i = meetings.size() - 1; i >= 0; --i) { // past: latest first
            const Meeting& m = meetings.at(i);
            const bool isUpcoming = m.status == MeetingStatus::Planned && m.start >= now.addSecs(-3600);
            Row row {m.id,
                {m_format.dateTime(m.start), people.value(m.contactId).name, MeetingTypes::label(m.kind),
                    MeetingTypes::label(m.status), m.place},
                {}};
            if (isUpcoming)
                upcoming.rows.prepend(row); // upcoming: soonest first
            else
                past.rows.append(row);
        }
        // A heading shows only over meetings: an empty "Upcoming" once the last one is held says
        // nothing the list does not (the panel says when there are no meetings at all).
        for (const Section& section : {upcoming, past}) {
            if (!section.rows.isEmpty())
                sections.append(section);
        }
    } else {
        const QLocale locale;
        sections = {Section {Drawn, {}}, Section {Unsure, {}}, Section {NotForMe, {}}}; // as kGroups
        for (const Meeting* m : reflectionsByPerson(meetings)) {
            const ContactSummary person = people.value(m->contactId);
            const QString role = person.title.isEmpty() ? person.organization
                : person.organization.isEmpty()         ? person.title
                                                        : tr("%1 at %2").arg(person.title, person.organization);
            QString takeaway = m->takeaway;
            if (takeaway.isEmpty()) // then the latest they gave, from another meeting
                takeaway = latestTakeaway(meetings, m->contactId);
            const auto g = std::find(std::begin(kGroups), std::end(kGroups), m->reflection) - std::begin(kGroups);
            sections[g].rows.append(
                Row {m->id, {role, person.name, locale.toString(m->start.date(), QLocale::ShortFormat), takeaway},
                    {m_format.toolTip(role), {}, {}, m_format.toolTip(takeaway)}});
        }
    }
    return sections;
}

qint64 MeetingsTreeModel::meetingId(const QModelIndex& index) const
{
    const Row* r = row(index);
    return r ? r->key : 0;
}

QVariant MeetingsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList titles = m_mode == Mode::CareerPaths
        ? QStringList {tr("Role"), tr("Person"), tr("When"), tr("Takeaway")}
        : QStringList {tr("When"), tr("With"), tr("Kind"), tr("Status"), tr("Place")};
    return titles.value(section);
}

QVariant MeetingsTreeModel::rowData(const Row& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.value(column);
    case Qt::ToolTipRole: {
        const QString tip = row.toolTips.value(column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case MeetingIdRole:
        return row.key;
    default:
        return {};
    }
}

QVariant MeetingsTreeModel::sectionData(int id, int count, int column, int role) const
{
    if (column != 0)
        return {};
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (m_mode == Mode::Meetings)
        return (id == Upcoming ? tr("Upcoming (%1)") : tr("Past (%1)")).arg(count);
    return tr("%1 (%2)").arg(MeetingTypes::label(kGroups[id]), QString::number(count));
}

} // namespace Rapport
