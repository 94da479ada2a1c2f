// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HelpWindows.h"

#include "Database.h"
#include "GuideWindow.h"
#include "MainWindow.h"
#include "MessageBoxes.h"

#include <QCoreApplication>

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

HelpWindows::HelpWindows(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

void HelpWindows::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(m_window);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpWindows::showAbout(const QString& networkPath)
{
    MessageBoxes::information(m_window, MainWindow::tr("About Rapport"),
        MainWindow::tr("Rapport %1\n\nBuild a professional network through informational interviews: keep contacts, "
                       "referrals, meeting notes and follow-ups in one local file.")
                .arg(QCoreApplication::applicationVersion())
            + QStringLiteral("\n\n")
            + MainWindow::tr(
                "Your network stays on this computer, in %1. Rapport never sends anything over the network.")
                  .arg(networkPath.isEmpty() ? Database::defaultPath() : networkPath)
            + QStringLiteral("\n\n")
            + MainWindow::tr("Built with Qt %1, SQLite and Graphviz.").arg(QString::fromLatin1(qVersion()))
            + QStringLiteral("\n\n")
            + MainWindow::tr("Rapport is free software: you can share and change it under the GNU General Public "
                             "License, version 3 or later. It comes with no warranty."));
}

} // namespace Rapport
