// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace Rapport {

// A note under Referred by when the name typed is nobody's or several people's: what is wrong,
// and a button for each way on ("Add Jane Doe", or one per Jane Doe in the network).
class ReferrerNote : public QWidget
{
    Q_OBJECT

public:
    struct Choice {
        QString text;
        QString toolTip;
        std::function<void()> chosen;
    };

    explicit ReferrerNote(QWidget* parent = nullptr);

    // Shows the note; the same note again is left as it is (a click on its button moves the
    // focus, and the field asks again as it loses it).
    void ask(const QString& message, const QList<Choice>& choices);
    void dismiss();
    // Puts the focus on the first choice, so Enter or Space takes it.
    void focusFirstChoice();
    // Tab goes from the field the note is about to its choices, then on as before.
    void followInTabOrder(QWidget* field);

private:
    QLabel* m_message;
    QVBoxLayout* m_choices;
    QStringList m_shown; // the message and the choices' texts, while shown
};

} // namespace Rapport
