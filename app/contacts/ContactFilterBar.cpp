// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace Rapport {

ContactFilterBar::ContactFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, organizations, e-mails, tags, notes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &ContactFilterBar::searchChanged);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_stage->addItem(tr("All stages"));
    for (Stage stage : allStages())
        m_stage->addItem(stageLabel(stage), int(stage));
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this](int index) {
        emit stageChanged(index <= 0 ? std::nullopt : std::optional<Stage>(Stage(m_stage->itemData(index).toInt())));
    });

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->addItem(tr("All tags"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
        [this](int index) { emit tagChanged(index <= 0 ? QString() : m_tag->itemText(index)); });

    layout->addWidget(m_search, 1);
    layout->addWidget(m_stage);
    layout->addWidget(m_tag);
}

void ContactFilterBar::setTags(const QStringList& tags)
{
    const QString current = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    m_tag->addItems(tags);
    const int index = current.isEmpty() ? 0 : m_tag->findText(current);
    m_tag->setCurrentIndex(qMax(0, index));
    if (!current.isEmpty() && index < 0)
        emit tagChanged(QString());
}

void ContactFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactFilterBar::clearFilters()
{
    m_search->clear();
    m_stage->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
}

bool ContactFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
        emit firstMatchWanted();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rapport
