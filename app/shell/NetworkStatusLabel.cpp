// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkStatusLabel.h"

#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "MainWindow.h"
#include "NetworkSession.h"
#include "ReadFailure.h"

#include <QDir>

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

NetworkStatusLabel::NetworkStatusLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void NetworkStatusLabel::showSession(NetworkSession* session, bool demo)
{
    if (!session) {
        clear();
        return;
    }
    const int total = session->listModel()->rowCount();
    const int shown = session->filterModel()->rowCount();
    const QString loadError = session->listModel()->loadError(); // not "0 contacts"
    const QString contacts = !loadError.isEmpty() ? ReadFailure::inView(loadError)
        : shown != total                          ? MainWindow::tr("%1 of %n contacts shown", nullptr, total).arg(shown)
        : total == 1                              ? MainWindow::tr("1 contact")
                                                  : MainWindow::tr("%n contacts", nullptr, total);
    setText(contacts + QStringLiteral("  ·  ")
        + (demo ? MainWindow::tr("temporary demo network") : QDir::toNativeSeparators(session->path())));
}

} // namespace Rapport
