// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>

#include <optional>

namespace Rapport::MessageBoxes {

// Asks a yes/no question. Tests answer through setNextAnswer() instead of a modal dialog.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
// The same with buttons that say what they do ("Restart Now", "Later"); each keeps the role and
// the answer of its standard button.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    const QList<std::pair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton defaultButton);
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);

// The next question() returns this without showing anything; warning() and information()
// are swallowed (and remembered in lastMessage()) while an answer is queued or in test mode.
void setNextAnswer(QMessageBox::StandardButton answer);
void setTestMode(bool enabled);
QString lastMessage();

} // namespace Rapport::MessageBoxes
