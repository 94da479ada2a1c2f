// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferrerNote.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

ReferrerNote::ReferrerNote(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("referrerNote"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("referrerNoteText"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name must not widen the editor
    layout->addWidget(m_message);
    m_choices = new QVBoxLayout;
    m_choices->setSpacing(4);
    layout->addLayout(m_choices);
    hide();
}

void ReferrerNote::ask(const QString& message, const QList<Choice>& choices)
{
    QStringList shown {message};
    for (const Choice& choice : choices)
        shown.append(choice.text);
    if (!isHidden() && shown == m_shown)
        return;
    dismiss();
    m_shown = shown;
    m_message->setText(message);
    for (const Choice& choice : choices) {
        // Elided: the button must not widen the panel for a long name.
        const QString text = fontMetrics().elidedText(choice.text, Qt::ElideMiddle, 320);
        // A name's "&" is shown, not taken for a shortcut.
        auto* button = new QPushButton(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        button->setObjectName(QStringLiteral("referrerChoiceButton"));
        button->setAutoDefault(true); // Enter takes the choice that has the focus
        button->setToolTip(text == choice.text ? choice.toolTip : choice.text);
        connect(button, &QPushButton::clicked, this, [this, chosen = choice.chosen] {
            dismiss();
            chosen();
        });
        m_choices->addWidget(button, 0, Qt::AlignLeft);
    }
    show();
}

void ReferrerNote::dismiss()
{
    m_shown.clear();
    while (QLayoutItem* item = m_choices->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater(); // it may be the button being clicked
        delete item;
    }
    hide();
}

void ReferrerNote::focusFirstChoice()
{
    if (QLayoutItem* first = m_choices->itemAt(0))
        first->widget()->setFocus();
}

void ReferrerNote::followInTabOrder(QWidget* field)
{
    QWidget* previous = field;
    for (int i = 0; i < m_choices->count(); ++i) {
        QWidget* choice = m_choices->itemAt(i)->widget();
        QWidget::setTabOrder(previous, choice);
        previous = choice;
    }
}

} // namespace Rapport
