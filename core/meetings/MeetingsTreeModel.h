// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"
#include "SectionedRowModel.h"
#include "ViewTextFormat.h"

#include <QHash>

#include <QStringList>

namespace Rapport {

class ContactStore;
class MeetingStore;

namespace MeetingsTreeDetail {
struct Row {
    qint64 key = 0; // the meeting's id
    QStringList texts; // one per column
    QStringList toolTips;
    bool operator==(const Row&) const = default;
};
} // namespace MeetingsTreeDetail

// Every meeting across all contacts, in one of two groupings:
// - Meetings: Upcoming (soonest first) and Past (latest first), with when, who, kind, status, place;
//   a section with no meetings is left out.
// - Career paths: the reflections "drawn to it", "unsure" and "not for me", one row per person
//   (their latest reflection), with the person's role, name, the date and the takeaway.
// A meetings change reads the meetings again, a person's change that person; only the rows that
// differ are told to the view. An import or a restore (contactsReset) starts over. While not live (its tab hidden) it
// only notes that it is stale, and catches up when made live again.
class MeetingsTreeModel : public SectionedRowModel<MeetingsTreeDetail::Row>
{
    Q_OBJECT

public:
    enum class Mode { Meetings, CareerPaths };
    enum Role { MeetingIdRole = Qt::UserRole + 1 };
    enum SectionId { Upcoming = 0, Past = 1, Drawn = 0, Unsure = 1, NotForMe = 2 };
    // Career paths' columns (the meetings' are when, with, kind, status and place).
    enum CareerPathsColumn { RoleColumn, PersonColumn, WhenColumn, TakeawayColumn };

    MeetingsTreeModel(Mode mode, MeetingStore* meetings, ContactStore* contacts, QObject* parent = nullptr);

    void setFormat(const ViewTextFormat& format) { m_format = format; }
    void setLive(bool live);
    // To be read afresh (a reset) when next live: a new session, whose tab is hidden.
    void markStale()
    {
        m_stale = true;
        m_staleReset = true;
    }
    // Reads the meetings again and tells the view what differs (reset: starts over).
    void reload(bool reset = false);
    qint64 meetingId(const QModelIndex& index) const;
    QString readError() const { return m_readError; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant rowData(const MeetingsTreeDetail::Row& row, int column, int role) const override;
    QVariant sectionData(int id, int count, int column, int role) const override;

private:
    void markChanged();
    // The rows from what was read last.
    QList<Section> build();

    Mode m_mode;
    MeetingStore* m_meetings;
    ContactStore* m_contacts;
    ViewTextFormat m_format;
    QList<Meeting> m_meetingList;
    QHash<qint64, ContactSummary> m_people;
    QString m_meetingsError;
    QString m_peopleError;
    QString m_readError;
    bool m_live = true;
    bool m_stale = false;
    bool m_staleReset = false;
};

} // namespace Rapport
