// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphSplitter.h"

#include <QAction>
#include <QSettings>

namespace Rapport {

namespace {
const QString kSizesSetting = QStringLiteral("graph/splitter");
const QString kSideSetting = QStringLiteral("graph/sidePanel");
} // namespace

GraphSplitter::GraphSplitter(QWidget* graph, QWidget* side, QAction* toggle, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_side(side)
    , m_toggle(toggle)
{
    setObjectName(QStringLiteral("graphSplitter"));
    addWidget(graph);
    addWidget(side);
    setStretchFactor(0, 4);
    setStretchFactor(1, 1);
    setCollapsible(0, false);
    setCollapsible(1, false); // folded with its toggle, so the toggle always tells the truth
    connect(toggle, &QAction::toggled, side, &QWidget::setVisible);
    // Only the user's own clicks are remembered, not a fold undone for them (a path to show).
    connect(toggle, &QAction::triggered, this, [](bool shown) { QSettings().setValue(kSideSetting, shown); });
}

void GraphSplitter::showEvent(QShowEvent* event)
{
    QSplitter::showEvent(event);
    if (!m_sized)
        sizeOnce();
}

void GraphSplitter::sizeOnce()
{
    m_sized = true;
    if (!restoreState(QSettings().value(kSizesSetting).toByteArray())) {
        const int side = qMin(320, width() * 3 / 10); // the graph keeps at least 70%
        setSizes({qMax(300, width() - side), side});
    }
    connect(this, &QSplitter::splitterMoved, this, [this] { QSettings().setValue(kSizesSetting, saveState()); });
    const QVariant chosen = QSettings().value(kSideSetting);
    const bool shown = chosen.isValid() ? chosen.toBool() : window()->width() >= kSideMinWindowWidth;
    m_toggle->setChecked(shown);
    m_side->setVisible(shown);
}

} // namespace Rapport
