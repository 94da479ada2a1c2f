// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace Rapport {

class NetworkSession;

// A meeting window's "Referrals Given" tab: the people the contact suggested, each added as a
// new contact referred by them (one undo step), and the list of those they referred so far.
// Its words are the meeting window's, as they were when the tab was part of it.
class ReferralsGivenTab : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::MeetingDialog)

public:
    ReferralsGivenTab(NetworkSession* session, const Contact& contact, QWidget* parent = nullptr);

    // The meeting's day: the date of the links and of the new contacts' notes.
    void setMeetingDay(const QDate& day) { m_day = day; }
    void add();

private:
    NetworkSession* m_session;
    Contact m_contact;
    QDate m_day;
    QLineEdit* m_givenName;
    QLineEdit* m_givenRole;
    QLineEdit* m_givenOrganization;
    QComboBox* m_givenMayUse;
    QListView* m_given;
};

} // namespace Rapport
