// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphPaths.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Rapport {

class ReachModel;
class ReferralGraph;

// Beside the graph: the warm path asked for, "Who opened doors" (how many people each contact
// led the user to) and the legend of stage colours.
class GraphSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GraphSidePanel(QWidget* parent = nullptr);

    // Shows the path box with this text; hidePath() closes it.
    void showPathText(const QString& text);
    void hidePath();
    // The path box's text, or empty while it is closed.
    QString pathText() const;
    void setReach(const ReferralGraph& graph, const QHash<qint64, Reach>& reach);
    void clearReach();
    void renameContact(qint64 contactId, const QString& name);
    ReachModel* reachModel() const { return m_reachModel; }

signals:
    // A path (or why there is none) is shown: the panel must be in view to be read.
    void pathShown();
    void clearPathRequested();
    // The user picked someone in "Who opened doors".
    void contactChosen(qint64 contactId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshLegend();
    void updateMinimumWidth();

    QWidget* m_pathBox;
    QPlainTextEdit* m_pathText;
    ReachModel* m_reachModel;
    QSortFilterProxyModel* m_reachSorted;
    QTreeView* m_reach;
    QLabel* m_legend;
};

} // namespace Rapport
