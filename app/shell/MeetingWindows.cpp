// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingWindows.h"

#include "Clock.h"
#include "ContactStore.h"
#include "DatabaseError.h"
#include "FollowUpProposalsDialog.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "NetworkSession.h"
#include "OutreachDialog.h"
#include "PrepBatchDialog.h"
#include "PrepSheet.h"
#include "PrepSheetWindow.h"

#include <QWidget>

namespace Rapport {

MeetingWindows::MeetingWindows(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

void MeetingWindows::setSession(NetworkSession* session)
{
    m_session = session;
    // A meeting window whose meeting went away (its contact deleted, an import undone) closes.
    connect(session->store(), &ContactStore::contactRemoved, this, &MeetingWindows::reloadAll);
    connect(session->store(), &ContactStore::contactsReset, this, &MeetingWindows::reloadAll);
}

void MeetingWindows::reloadAll()
{
    const auto dialogs = m_meetingDialogs.values() + m_drafts;
    for (const QPointer<MeetingDialog>& dialog : dialogs) {
        if (dialog)
            dialog->reload();
    }
}

MeetingDialog* MeetingWindows::openMeeting(qint64 meetingId)
{
    if (!m_session || !meetingId)
        return nullptr;
    if (MeetingDialog* open = m_meetingDialogs.value(meetingId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    if (!m_session->meetings()->meeting(meetingId))
        return nullptr;
    auto* dialog = new MeetingDialog(m_session.data(), meetingId, m_window);
    track(dialog);
    dialog->show();
    return dialog;
}

MeetingDialog* MeetingWindows::scheduleMeeting(qint64 contactId)
{
    return openDraft(MeetingDialog::newInterview(contactId));
}

MeetingDialog* MeetingWindows::openDraft(const Meeting& draft)
{
    if (!m_session || !draft.contactId)
        return nullptr;
    auto* dialog = new MeetingDialog(m_session.data(), draft, m_window);
    m_drafts.append(dialog);
    connect(dialog, &QObject::destroyed, this,
        [this] { m_drafts.removeIf([](const QPointer<MeetingDialog>& draft) { return draft.isNull(); }); });
    track(dialog);
    dialog->show();
    return dialog;
}

void MeetingWindows::track(MeetingDialog* dialog)
{
    connect(dialog, &MeetingDialog::meetingHeld, this, &MeetingWindows::proposeFollowUps);
    connect(dialog, &MeetingDialog::prepSheetRequested, this, &MeetingWindows::openPrepSheet);
    const auto keep = [this, dialog](qint64 meetingId) {
        m_drafts.removeAll(dialog);
        m_meetingDialogs.insert(meetingId, dialog);
        connect(dialog, &QObject::destroyed, this, [this, meetingId] { m_meetingDialogs.remove(meetingId); });
    };
    if (dialog->isDraft())
        connect(dialog, &MeetingDialog::saved, this, keep);
    else
        keep(dialog->meetingId());
}

void MeetingWindows::closeAll()
{
    const auto dialogs = m_meetingDialogs.values() + m_drafts;
    m_meetingDialogs.clear();
    m_drafts.clear();
    for (const QPointer<MeetingDialog>& dialog : dialogs) {
        if (dialog) {
            dialog->close(); // saves pending notes
            delete dialog.data();
        }
    }
}

void MeetingWindows::openPrepSheet(qint64 contactId, qint64 meetingId)
{
    if (!m_session || !contactId)
        return;
    if (!meetingId) {
        try {
            meetingId
                = PrepSheet::nextMeetingOf(m_session->database().connection(), contactId, Clock::currentDateTimeUtc());
        } catch (const DatabaseError& e) {
            // The sheet is still made, without a meeting; the user learns why it has none.
            m_session->reportReadFailure(e.message());
        }
    }
    PrepSheetWindow(m_session, {{contactId, meetingId}}, m_window).exec();
}

void MeetingWindows::printPrepSheets()
{
    if (!m_session)
        return;
    PrepBatchDialog dialog(m_session, m_window);
    connect(&dialog, &PrepBatchDialog::previewRequested, this, [this](const QList<PrepSheetBatch::Sheet>& sheets) {
        QList<PrepSheetWindow::Sheet> list;
        for (const auto& sheet : sheets)
            list.append({sheet.contactId, sheet.meetingId});
        PrepSheetWindow(m_session, list, m_window).exec();
    });
    dialog.exec();
}

void MeetingWindows::writeTo(qint64 contactId)
{
    if (m_session)
        OutreachDialog(m_session, contactId, m_window).exec();
}

void MeetingWindows::proposeFollowUps(qint64 meetingId, const QDate& plannedDay)
{
    if (m_session)
        FollowUpProposalsDialog::offer(m_session, meetingId, plannedDay, m_window);
}

} // namespace Rapport
