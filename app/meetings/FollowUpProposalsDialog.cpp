// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposalsDialog.h"

#include "ContactStore.h"
#include "FollowUpProposals.h"
#include "MeetingCommands.h"
#include "MeetingStore.h"
#include "NetworkSession.h"
#include "ProposedFollowUpsModel.h"
#include "ReferralStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Rapport {

FollowUpProposalsDialog::FollowUpProposalsDialog(ProposedFollowUpsModel* proposals, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpProposals"));
    setWindowTitle(tr("After the Interview"));
    auto* intro = new QLabel(tr("Well done. Add these follow-ups?"), this);
    auto* list = new QListView(this);
    list->setObjectName(QStringLiteral("proposalList"));
    list->setModel(proposals);
    list->setUniformItemSizes(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Follow-ups"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    // Wide enough for "Thank <name> for their time (due <date>)" without cutting it off.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 64), sizeHint().height());
}

void FollowUpProposalsDialog::offer(NetworkSession* session, qint64 meetingId, QWidget* parent)
{
    const auto meeting = session->meetings()->meeting(meetingId);
    if (!meeting)
        return;
    const auto contact = session->store()->contact(meeting->contactId);
    QString referrerName;
    qint64 referrerId = 0;
    for (const Referral& link : session->links()->linksOf(meeting->contactId)) {
        if (link.isReferral() && link.referredId == meeting->contactId && link.referrerId) {
            referrerId = link.referrerId;
            if (const auto referrer = session->store()->summary(referrerId))
                referrerName = referrer->name;
            break;
        }
    }
    ProposedFollowUpsModel proposals(FollowUpProposals::afterInterview(
        *meeting, contact ? contact->displayName() : QString(), referrerName, referrerId));
    FollowUpProposalsDialog dialog(&proposals, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUndoStack* undo = session->undoStack();
    undo->beginMacro(tr("Add follow-ups after the interview"));
    for (const FollowUp& followUp : proposals.chosen())
        undo->push(new AddFollowUpCommand(session->meetings(), followUp));
    undo->endMacro();
}

} // namespace Rapport
