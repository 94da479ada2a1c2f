// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

namespace Rapport {

class NetworkSession;
class ProposedFollowUpsModel;

// "After the Interview": the follow-ups an interview calls for (thank-you, LinkedIn, telling the
// referrer), each with its due date, to keep or leave out. The kept ones are added as one undo step.
class FollowUpProposalsDialog : public QDialog
{
    Q_OBJECT

public:
    // Proposes the follow-ups for meetingId, held just now, and adds the ones the user keeps.
    static void offer(NetworkSession* session, qint64 meetingId, QWidget* parent);

private:
    FollowUpProposalsDialog(ProposedFollowUpsModel* proposals, QWidget* parent);
};

} // namespace Rapport
