// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphSidePanel.h"

#include "GraphStyle.h"
#include "ReferralGraph.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapport {

namespace {

enum ReachColumn { ReachPerson, ReachDirect, ReachTotal };

} // namespace

GraphSidePanel::GraphSidePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);

    m_pathBox = new QGroupBox(tr("Warm path"), this);
    m_pathBox->setObjectName(QStringLiteral("pathBox"));
    auto* pathLayout = new QVBoxLayout(m_pathBox);
    // A read-only text box rather than a label: it wraps reliably and can be copied from.
    m_pathText = new QPlainTextEdit(m_pathBox);
    m_pathText->setObjectName(QStringLiteral("pathText"));
    m_pathText->setReadOnly(true);
    m_pathText->setMinimumHeight(130);
    m_pathText->setAccessibleName(tr("Warm path"));
    auto* clear = new QPushButton(tr("Clear Path"), m_pathBox);
    connect(clear, &QPushButton::clicked, this, &GraphSidePanel::clearPathRequested);
    pathLayout->addWidget(m_pathText);
    pathLayout->addWidget(clear, 0, Qt::AlignRight);
    m_pathBox->hide();

    auto* reachTitle = new QLabel(tr("<b>Who opened doors</b>"), this);
    reachTitle->setWordWrap(true); // a longer title in other languages wraps rather than being cut
    m_reach = new QTreeWidget(this);
    m_reach->setObjectName(QStringLiteral("reachList"));
    m_reach->setRootIsDecorated(false);
    m_reach->setUniformRowHeights(true);
    m_reach->setHeaderLabels({tr("Person"), tr("Led to"), tr("In all")});
    m_reach->headerItem()->setToolTip(ReachDirect, tr("People they referred you to themselves"));
    m_reach->headerItem()->setToolTip(ReachTotal, tr("Everyone you reached through them, down every chain"));
    m_reach->header()->setSectionResizeMode(ReachPerson, QHeaderView::Stretch);
    m_reach->header()->setSectionResizeMode(ReachDirect, QHeaderView::ResizeToContents);
    m_reach->header()->setSectionResizeMode(ReachTotal, QHeaderView::ResizeToContents);
    m_reach->header()->setStretchLastSection(false);
    m_reach->setSortingEnabled(true);
    m_reach->setAccessibleName(tr("Who opened doors: how many people each contact led you to"));
    reachTitle->setBuddy(m_reach);
    connect(m_reach, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { emit contactChosen(item->data(ReachPerson, Qt::UserRole).toLongLong()); });
    connect(m_reach, &QTreeWidget::itemClicked, m_reach, &QTreeWidget::itemActivated);

    // The legend: stage names next to their colours, so colour is never the only clue.
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    m_legend->setWordWrap(true);
    refreshLegend();

    layout->addWidget(m_pathBox);
    layout->addWidget(reachTitle);
    layout->addWidget(m_reach, 1);
    layout->addWidget(m_legend);
    setMinimumWidth(160);
}

void GraphSidePanel::showPathText(const QString& text)
{
    m_pathBox->show();
    m_pathText->setPlainText(text);
}

void GraphSidePanel::hidePath()
{
    m_pathBox->hide();
}

QString GraphSidePanel::pathText() const
{
    return m_pathBox->isVisible() ? m_pathText->toPlainText() : QString();
}

void GraphSidePanel::renameContact(qint64 contactId, const QString& name)
{
    for (int i = 0; i < m_reach->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_reach->topLevelItem(i);
        if (item->data(ReachPerson, Qt::UserRole).toLongLong() == contactId)
            item->setText(ReachPerson, name);
    }
}

void GraphSidePanel::clearReach()
{
    m_reach->clear();
}

void GraphSidePanel::setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach)
{
    m_reach->setSortingEnabled(false);
    m_reach->clear();
    // The doors that opened most: in a huge network, a list of everyone who referred anyone
    // would be tens of thousands of rows built on the UI thread, and nobody reads past the top.
    constexpr qsizetype kShown = 300;
    QList<std::pair<qint64, Reach>> doors;
    doors.reserve(reach.size());
    for (auto it = reach.cbegin(); it != reach.cend(); ++it)
        doors.append({it.key(), it.value()});
    const auto widest = [](const auto& a, const auto& b) {
        return a.second.total != b.second.total ? a.second.total > b.second.total : a.first < b.first;
    };
    if (doors.size() > kShown) {
        std::partial_sort(doors.begin(), doors.begin() + kShown, doors.end(), widest);
        doors.resize(kShown);
    }
    for (const auto& [id, door] : std::as_const(doors)) {
        auto* item = new QTreeWidgetItem(m_reach);
        item->setText(ReachPerson, graph.nameOf(id));
        item->setData(ReachPerson, Qt::UserRole, id);
        item->setData(ReachDirect, Qt::DisplayRole, door.direct);
        item->setData(ReachTotal, Qt::DisplayRole, door.total);
        item->setTextAlignment(ReachDirect, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ReachTotal, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_reach->setSortingEnabled(true);
    m_reach->sortByColumn(ReachTotal, Qt::DescendingOrder);
}

void GraphSidePanel::refreshLegend()
{
    const GraphStyle style(palette(), font());
    QString html = tr("<b>Stages</b>") + QStringLiteral("<br>");
    for (const Stage stage : allStages()) {
        html += QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2<br>")
                    .arg(style.stageBorder(stage).name(), stageLabel(stage).toHtmlEscaped());
    }
    html += tr("Thicker border: stronger relationship.<br>Arrow: referred you to. Dashed: know each other. Dotted: you "
               "reached them yourself.");
    m_legend->setText(html);
}

void GraphSidePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // light ↔ dark: colours come from the palette
        refreshLegend();
}

} // namespace Rapport
