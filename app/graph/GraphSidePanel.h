// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphPaths.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Rapport {

class ReachModel;
class ReferralGraph;

// Beside the graph: "Who opened doors" (how many people each contact
// led the user to) and the legend of stage colours.
class GraphSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GraphSidePanel(QWidget* parent = nullptr);

    void setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach);
    void clearReach();
    void renameContact(qint64 contactId, const QString& name);
    ReachModel* reachModel() const { return m_reachModel; }

signals:
    // The user clicked its × to fold it away.
    void hideRequested();
    // The user picked someone in "Who opened doors".
    void contactChosen(qint64 contactId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshLegend();
    void updateMinimumWidth();

    ReachModel* m_reachModel;
    QSortFilterProxyModel* m_reachSorted;
    QTreeView* m_reach;
    QLabel* m_legend;
};

} // namespace Rapport
