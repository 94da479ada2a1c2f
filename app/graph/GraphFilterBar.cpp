// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphFilterBar.h"

#include "FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace Rapport {

GraphFilterBar::GraphFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphFilterBar"));
    setAccessibleName(tr("Graph filters"));
    const auto combo = [this](const char* name, const QString& accessibleName) {
        auto* box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setAccessibleName(accessibleName);
        // As wide as the longest choice in the current language ("All organisations",
        // "Toutes les organisations"...), up to a limit: a long organisation name is cut,
        // and the tooltip says it whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 34);
        connect(box, &QComboBox::currentIndexChanged, box, [box] { showChoiceInTooltip(box); });
        return box;
    };
    m_tagFilter = combo("graphTagFilter", tr("Tag"));
    m_stageFilter = combo("graphStageFilter", tr("Stage"));
    m_organizationFilter = combo("graphOrganizationFilter", tr("Organisation"));
    m_stageFilter->addItem(tr("All stages"));
    for (const Stage stage : allStages())
        m_stageFilter->addItem(stageLabel(stage), stageKey(stage));
    m_hops = new QSpinBox(this);
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(0, 6);
    m_hops->setSpecialValueText(tr("everyone"));
    m_hops->setSuffix(tr(" steps"));
    m_hops->setAccessibleName(tr("Only people within this many links of the selected contact"));
    m_hops->setToolTip(m_hops->accessibleName());
    auto* hopsLabel = new QLabel(tr("Near:"), this);
    hopsLabel->setBuddy(m_hops);
    m_showUnreferred = new QCheckBox(tr("Unlinked"), this);
    m_showUnreferred->setObjectName(QStringLiteral("graphShowUnreferred"));
    m_showUnreferred->setToolTip(
        tr("Show contacts nobody referred and who know no one in the network, hanging off you"));

    for (QComboBox* box : {m_tagFilter, m_stageFilter, m_organizationFilter})
        connect(box, &QComboBox::activated, this, &GraphFilterBar::filterChanged);
    connect(m_hops, &QSpinBox::valueChanged, this, &GraphFilterBar::hopsChanged);
    connect(m_showUnreferred, &QCheckBox::clicked, this, [this] {
        m_unreferredChosen = true;
        emit filterChanged();
    });

    auto* layout = new FlowLayout(this);
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_tagFilter, m_stageFilter, m_organizationFilter, hopsLabel, m_hops, m_showUnreferred})
        layout->addWidget(widget);
    layout->keepWithNext(hopsLabel);
    showChoiceInTooltip(m_stageFilter);
}

void GraphFilterBar::showChoiceInTooltip(QComboBox* box)
{
    box->setToolTip(tr("%1: %2", "filter name: its current choice").arg(box->accessibleName(), box->currentText()));
}

GraphFilter GraphFilterBar::filter(qint64 focusId) const
{
    GraphFilter filter;
    filter.tag = m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentText() : QString();
    Stage stage;
    if (m_stageFilter->currentIndex() > 0 && stageFromKey(m_stageFilter->currentData().toString(), &stage))
        filter.stage = stage;
    filter.organization = m_organizationFilter->currentIndex() > 0 ? m_organizationFilter->currentText() : QString();
    filter.focusId = focusId;
    filter.hops = m_hops->value();
    filter.showUnreferred = m_showUnreferred->isChecked();
    return filter;
}

bool GraphFilterBar::followsSelection() const
{
    return m_hops->value() > 0;
}

bool GraphFilterBar::filtersContacts() const
{
    return m_tagFilter->currentIndex() > 0 || m_stageFilter->currentIndex() > 0
        || m_organizationFilter->currentIndex() > 0;
}

QString GraphFilterBar::summary(const VisibleGraph& visible)
{
    QString summary = tr("%n people", nullptr, int(visible.nodes.size() - 1));
    if (visible.hiddenUnreferred > 0)
        summary += QLatin1Char(' ') + tr("(%n unlinked not shown)", nullptr, visible.hiddenUnreferred);
    if (visible.unlinkedOff > 0) {
        summary += QLatin1Char(' ')
            + tr("(%n with no links not shown: tick Unlinked to see them)", nullptr, visible.unlinkedOff);
    }
    if (visible.hiddenLinked > 0) {
        summary += QLatin1Char(' ')
            + tr("(%n more, further from you, not shown: filter by tag, stage or organisation, or show the "
                 "people near one contact)",
                nullptr, visible.hiddenLinked);
    }
    return summary;
}

void GraphFilterBar::setUnreferredDefault(bool show)
{
    if (!m_unreferredChosen)
        m_showUnreferred->setChecked(show);
}

void GraphFilterBar::setChoices(const QStringList& tags, const QStringList& organizations)
{
    const auto refill = [](QComboBox* box, const QString& all, const QStringList& items) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        box->addItems(items);
        box->setCurrentIndex(qMax(0, box->findText(current)));
        showChoiceInTooltip(box);
    };
    refill(m_tagFilter, tr("All tags"), tags);
    refill(m_organizationFilter, tr("All organisations"), organizations);
}

} // namespace Rapport
