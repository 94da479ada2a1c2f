// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProfileStore.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Rapport {

class NetworkSession;

// The user's own profile: name, field, 30-second introduction and what they are exploring.
// Templates and prep sheets fill themselves from it. Saving can be undone (Edit ▸ Undo).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(NetworkSession* session, QWidget* parent = nullptr);
    void accept() override;

private:
    NetworkSession* m_session;
    Profile m_before;
    QLineEdit* m_name;
    QLineEdit* m_field;
    QPlainTextEdit* m_introduction;
    QPlainTextEdit* m_goals;
};

} // namespace Rapport
