// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDialog>

namespace Rapport {

class NetworkSession;
class ProposedFollowUpsModel;

// "After the Interview" (or the meeting): the follow-ups a meeting with someone calls for
// (thank-you, LinkedIn, telling the referrer), each with its due date, to keep or leave out; and
// the contact's open follow-ups that prepared it, to close. All of it is one undo step.
class FollowUpProposalsDialog : public QDialog
{
    Q_OBJECT

public:
    // Proposes the follow-ups for meetingId, held just now and planned for plannedDay, and
    // applies what the user keeps. Shows nothing when there is nothing to propose.
    static void offer(NetworkSession* session, qint64 meetingId, const QDate& plannedDay, QWidget* parent);

private:
    FollowUpProposalsDialog(bool interview, ProposedFollowUpsModel* proposals, ProposedFollowUpsModel* preparation,
        bool someUnsure, QWidget* parent);
};

} // namespace Rapport
