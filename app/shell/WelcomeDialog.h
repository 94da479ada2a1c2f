// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Rapport {

class NetworkSession;

// The first run of a new network: a short welcome that asks for My Profile (name, field and the
// 30-second introduction), which the prep sheets and outreach templates fill themselves from.
// Offered once per network whose profile is empty; "Skip" is remembered for that network.
// Everything it asks for can be changed later in Edit ▸ My Profile.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the welcome over parent (window-modal, without waiting) when session is a network
    // with an empty profile whose welcome was not skipped; returns it, or null when not offered.
    static WelcomeDialog* offer(NetworkSession* session, QWidget* parent);
    // Whether offer() would show the welcome for this network.
    static bool wanted(NetworkSession* session);

    void accept() override;
    void reject() override;

private:
    WelcomeDialog(NetworkSession* session, QWidget* parent);

    NetworkSession* m_session;
    QLineEdit* m_name;
    QLineEdit* m_field;
    QPlainTextEdit* m_introduction;
};

} // namespace Rapport
