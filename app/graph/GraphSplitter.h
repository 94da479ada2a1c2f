// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSplitter>

class QAction;

namespace Rapport {

// The graph beside its side panel. The graph keeps most of the width; the side panel folds
// away with a checkable action, whose choice is remembered, and starts folded on a window
// narrower than kSideMinWindowWidth until the user chooses. The sizes are remembered too.
class GraphSplitter : public QSplitter
{
    Q_OBJECT

public:
    GraphSplitter(QWidget* graph, QWidget* side, QAction* toggle, QWidget* parent = nullptr);

    static constexpr int kSideMinWindowWidth = 1600; // logical pixels

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Once there is a window to measure: the side panel's default and the sizes.
    void sizeOnce();

    QWidget* m_side;
    QAction* m_toggle;
    bool m_sized = false;
};

} // namespace Rapport
