// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBoxes.h"

#include <QPushButton>

namespace Rapport::MessageBoxes {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
bool g_testMode = false;
QString g_lastMessage;

QMessageBox* plainTextBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons)
{
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText); // names and file paths are user data, never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}
} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_testMode)
        return defaultButton;
    auto* box = plainTextBox(parent, QMessageBox::Question, title, text, buttons);
    box->setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box->exec());
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    const QList<std::pair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_testMode)
        return defaultButton;
    auto* box = plainTextBox(parent, QMessageBox::Question, title, text, QMessageBox::NoButton);
    for (const auto& [button, label] : buttons)
        box->addButton(button)->setText(label);
    box->setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box->exec());
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (g_testMode)
        return;
    plainTextBox(parent, QMessageBox::Warning, title, text, QMessageBox::Ok)->exec();
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (g_testMode)
        return;
    plainTextBox(parent, QMessageBox::Information, title, text, QMessageBox::Ok)->exec();
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setTestMode(bool enabled)
{
    g_testMode = enabled;
}

QString lastMessage()
{
    return g_lastMessage;
}

} // namespace Rapport::MessageBoxes
