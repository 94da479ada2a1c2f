// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionFailureWarnings.h"

#include "ContactStore.h"
#include "MainWindow.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ReadFailure.h"
#include "ReferralStore.h"

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

void SessionFailureWarnings::watch(NetworkSession* session, QWidget* window)
{
    QObject::connect(session->meetings(), &MeetingStore::writeFailed, window, [window](const QString& message) {
        MessageBoxes::warning(window, MainWindow::tr("Could not save"),
            MainWindow::tr("The change to the meetings could not be saved, and the network was left as it was.\n\n%1")
                .arg(message));
    });
    QObject::connect(session->links(), &ReferralStore::writeFailed, window, [window](const QString& message) {
        MessageBoxes::warning(window, MainWindow::tr("Could not save"),
            MainWindow::tr("The change to the referral links could not be saved, and the network was left as it "
                           "was.\n\n%1")
                .arg(message));
    });
    QObject::connect(session, &NetworkSession::readFailed, window,
        [window, session](const QString& problems) { ReadFailure::show(window, session->path(), problems); });
    QObject::connect(session->store(), &ContactStore::writeFailed, window, [window](const QString& message) {
        MessageBoxes::warning(window, MainWindow::tr("Could not save"),
            MainWindow::tr("The change could not be saved, and the network was left as it was.\n\n%1").arg(message));
    });
}

} // namespace Rapport
