// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphSidePanel.h"

#include "ElidedTipDelegate.h"
#include "GraphStyle.h"
#include "ReachModel.h"
#include "ReferralGraph.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapport {

GraphSidePanel::GraphSidePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphSidePanel"));
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
    m_reachModel = new ReachModel(this);
    m_reachSorted = new QSortFilterProxyModel(this);
    m_reachSorted->setSourceModel(m_reachModel);
    m_reach = new QTreeView(this);
    m_reach->setObjectName(QStringLiteral("reachList"));
    m_reach->setRootIsDecorated(false);
    m_reach->setUniformRowHeights(true);
    m_reach->setModel(m_reachSorted);
    m_reach->setItemDelegate(new ElidedTipDelegate(m_reach)); // the panel is narrow: a cut name shows whole on hover
    m_reach->header()->setSectionResizeMode(ReachModel::Person, QHeaderView::Stretch);
    m_reach->header()->setSectionResizeMode(ReachModel::Direct, QHeaderView::ResizeToContents);
    m_reach->header()->setSectionResizeMode(ReachModel::Total, QHeaderView::ResizeToContents);
    m_reach->header()->setStretchLastSection(false);
    m_reach->setSortingEnabled(true);
    m_reach->sortByColumn(ReachModel::Total, Qt::DescendingOrder);
    m_reach->setAccessibleName(tr("Who opened doors: how many people each contact led you to"));
    reachTitle->setBuddy(m_reach);
    const auto choose = [this](const QModelIndex& index) {
        emit contactChosen(index.siblingAtColumn(ReachModel::Person).data(ReachModel::ContactIdRole).toLongLong());
    };
    connect(m_reach, &QTreeView::activated, this, choose);
    connect(m_reach, &QTreeView::clicked, this, choose);

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
    emit pathShown();
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
    m_reachModel->renameContact(contactId, name);
}

void GraphSidePanel::clearReach()
{
    m_reachModel->clear();
}

void GraphSidePanel::setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach)
{
    m_reachModel->setReach(graph, reach);
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
