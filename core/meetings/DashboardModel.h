// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Dashboard.h"
#include "SectionedRowModel.h"
#include "ViewTextFormat.h"

namespace Rapport {

class ContactStore;
class Database;
class MeetingStore;

namespace DashboardDetail {
struct Row {
    // Unique in its section: the follow-up, the meeting, minus the interview of a thank-you owed
    // (it may share Overdue with follow-ups, whose ids are another count), or the contact (going cold).
    qint64 key = 0;
    DashboardItem item;
    QString what;
    QString when;
    bool doneable = false; // "Done" marks it
    bool opensMeeting = false; // opening it opens the meeting rather than the person
    bool thankYou = false; // a thank-you owed with no follow-up yet: Done records one
    bool nudge = false; // waiting for a reply: its button writes to them
    bool operator==(const Row& other) const
    {
        return key == other.key && what == other.what && when == other.when && doneable == other.doneable
            && opensMeeting == other.opensMeeting && thankYou == other.thankYou && nudge == other.nudge
            && item.contactId == other.item.contactId && item.followUpId == other.item.followUpId
            && item.meetingId == other.item.meetingId;
    }
};
} // namespace DashboardDetail

// The Today page as a tree: a section per kind of thing to do (only those with something in
// them), its lines below, and a "Done" column for what can be ticked off. The dashboard is read
// again on each store change and only the lines that differ are told to the view.
class DashboardModel : public SectionedRowModel<DashboardDetail::Row>
{
    Q_OBJECT

public:
    enum Column { WhatColumn, WhenColumn, ActionColumn, ColumnCount };
    enum Role {
        ContactRole = Qt::UserRole + 1,
        FollowUpRole,
        MeetingRole,
        OpensMeetingRole,
        ThankYouRole,
        DoneableRole,
        NudgeRole, // waiting for a reply: the button writes a gentle nudge
    };
    // In display order.
    enum SectionId { Overdue, DueToday, ThankYous, NextMeetings, DueSoon, WaitingForReply, GoingCold };
    // The section's heading, without its count (`rapport today` prints the same ones).
    static QString title(SectionId id);

    DashboardModel(Database& database, MeetingStore* meetings, ContactStore* contacts, QObject* parent = nullptr);

    void setFormat(const ViewTextFormat& format) { m_format = format; }
    // Reads the dashboard again (now, by Clock); reset: starts over rather than telling what differs.
    void reload(bool reset = false);
    const Dashboard& dashboard() const { return m_dashboard; }
    // Why the dashboard could not be read (then there are no rows), or empty.
    QString readError() const { return m_readError; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A read failed; the window says so once.
    void readFailed(const QString& message);

protected:
    QVariant rowData(const DashboardDetail::Row& row, int column, int role) const override;
    QVariant sectionData(int id, int count, int column, int role) const override;
    Qt::ItemFlags rowFlags(const DashboardDetail::Row& row, int column) const override;

private:
    QList<Section> sections() const;

    Database& m_database;
    ViewTextFormat m_format;
    Dashboard m_dashboard;
    QString m_readError;
};

} // namespace Rapport
