// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Rapport {

class Database;

// The user's own profile: name, field, 30-second introduction and what they are exploring.
// Templates and prep sheets fill themselves from it.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Database& database, QWidget* parent = nullptr);
    void accept() override;

private:
    Database& m_database;
    QLineEdit* m_name;
    QLineEdit* m_field;
    QPlainTextEdit* m_introduction;
    QPlainTextEdit* m_goals;
};

} // namespace Rapport
