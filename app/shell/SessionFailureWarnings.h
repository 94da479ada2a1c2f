// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QWidget;

namespace Rapport {

class NetworkSession;

// What the window says when a change to the network could not be saved (the contacts, the
// meetings or the referral links; each write was rolled back) or the network could not be read.
class SessionFailureWarnings
{
public:
    // Warns over window about every failure the session reports from now on.
    static void watch(NetworkSession* session, QWidget* window);
};

} // namespace Rapport
