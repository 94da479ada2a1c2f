// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphPathBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

GraphPathBar::GraphPathBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("graphPathBar"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("pathText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard); // to copy the chain
    m_text->setAccessibleName(tr("Warm path"));
    auto* clear = new QPushButton(tr("Clear Path"), this);
    clear->setObjectName(QStringLiteral("clearPathButton"));
    connect(clear, &QPushButton::clicked, this, &GraphPathBar::clearRequested);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("pathNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_text);
    texts->addWidget(m_note);
    layout->addLayout(texts, 1);
    layout->addWidget(clear, 0, Qt::AlignTop);
    hide();
}

void GraphPathBar::showText(const QString& text)
{
    m_plain = text;
    m_shown = true;
    // The chain, then what each step is, without the blank lines that part them in plain text.
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    if (!lines.isEmpty())
        lines.first() = QStringLiteral("<b>%1</b>").arg(lines.first());
    m_text->setText(lines.join(QStringLiteral("<br>")));
    show();
}

void GraphPathBar::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void GraphPathBar::hidePath()
{
    setNote({});
    m_shown = false;
    m_plain.clear();
    m_text->clear();
    hide();
}

} // namespace Rapport
