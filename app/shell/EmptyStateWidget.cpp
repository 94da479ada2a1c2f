// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto* title = new QLabel(tr("Your network starts here"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text
        = new QLabel(tr("Rapport keeps the people you meet through informational interviews, who referred you to whom, "
                        "your meeting notes and your follow-ups, all in one file on this computer.\n\n"
                        "Start by importing your LinkedIn, Google or Outlook contacts, add someone by hand, "
                        "or explore a demo network to see how it all fits together."));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A centred word-wrapped label gets no height-for-width from the layout: give it its height.
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));

    auto* importButton = new QPushButton(tr("Import contacts…"));
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    auto* demoButton = new QPushButton(tr("Open demo network"));
    demoButton->setObjectName(QStringLiteral("emptyDemoButton"));
    auto* newButton = new QPushButton(tr("Add a contact"));
    newButton->setObjectName(QStringLiteral("emptyNewButton"));
    auto* openButton = new QPushButton(tr("Open a network file…"));
    openButton->setObjectName(QStringLiteral("emptyOpenButton"));
    m_networkButtons = {importButton, newButton};
    importButton->setDefault(true);
    for (auto* button : {importButton, demoButton, newButton, openButton})
        button->setMinimumWidth(220);
    connect(openButton, &QPushButton::clicked, this, &EmptyStateWidget::openRequested);
    connect(importButton, &QPushButton::clicked, this, &EmptyStateWidget::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &EmptyStateWidget::demoRequested);
    connect(newButton, &QPushButton::clicked, this, &EmptyStateWidget::newContactRequested);

    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    for (auto* button : {importButton, demoButton, newButton, openButton})
        layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStateWidget::setNetworkOpen(bool open)
{
    for (QWidget* button : std::as_const(m_networkButtons))
        button->setVisible(open);
}

} // namespace Rapport
