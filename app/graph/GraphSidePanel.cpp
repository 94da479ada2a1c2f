// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphSidePanel.h"

#include "ElidedTipDelegate.h"
#include "GraphStyle.h"
#include "ReachModel.h"
#include "ReferralGraph.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapport {

GraphSidePanel::GraphSidePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphSidePanel"));
    // Scrolled when the window is too short for all of it (200% scaling): squeezed below their
    // minimum heights, the list and the legend would overlap.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("graphSideScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 6, 6);

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
    m_reach->header()->setSectionResizeMode(ReachModel::Direct, QHeaderView::Fixed);
    m_reach->header()->setSectionResizeMode(ReachModel::Total, QHeaderView::Fixed);
    m_reach->header()->setStretchLastSection(false);
    connect(m_reach->header(), &QHeaderView::sortIndicatorChanged, this, &GraphSidePanel::updateMinimumWidth);
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

    // Its own way to fold it away: on a narrow window the tool bar's Side Panel button may be
    // behind the » of the bar.
    auto* hide = new QToolButton(this);
    hide->setObjectName(QStringLiteral("hideSidePanelButton"));
    hide->setText(QStringLiteral("×"));
    hide->setAutoRaise(true);
    hide->setToolTip(tr("Hide the side panel (View ▸ Show Side Panel)"));
    hide->setAccessibleName(tr("Hide the side panel"));
    connect(hide, &QToolButton::clicked, this, &GraphSidePanel::hideRequested);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(reachTitle, 1);
    titleRow->addWidget(hide, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(m_reach, 1);
    layout->addWidget(m_legend);
    updateMinimumWidth();
}

void GraphSidePanel::updateMinimumWidth()
{
    // Room for a usual full name ("Ingrid Sørensen") beside the two counts, in this font and
    // language; a longer name is cut and shown whole on hover (ElidedTipDelegate).
    const QFontMetrics metrics = m_reach->fontMetrics();
    const int name = metrics.averageCharWidth() * 15;
    // The counts' columns as wide as their titles (the header keeps room for the sort arrow in
    // every column, which took a third of the panel): the arrow's room only where it is.
    QHeaderView* header = m_reach->header();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    int counts = 0;
    for (const int column : {int(ReachModel::Direct), int(ReachModel::Total)}) {
        const QString title = m_reachSorted->headerData(column, Qt::Horizontal).toString();
        const int text
            = qMax(header->fontMetrics().horizontalAdvance(title), metrics.horizontalAdvance(QStringLiteral("000")));
        const int width = text + 4 * margin + (header->sortIndicatorSection() == column ? arrow + margin : 0);
        header->resizeSection(column, width);
        counts += width;
    }
    const int bars = 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent); // the list's and the panel's
    setMinimumWidth(name + counts + bars + 2 * m_reach->frameWidth() + 12);
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
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateMinimumWidth();
}

} // namespace Rapport
