// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsView>

namespace Rapport {

// Shows the referral graph: wheel and keyboard zoom within sensible limits, drag the
// background to pan, drag a node to move it. By keyboard, the arrows move from person to
// person, Enter opens the selected one and the Menu key opens its menu.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget* parent = nullptr);

    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    // The whole graph, but never magnified beyond its natural size.
    void fitAll();
    void centreOn(const QPointF& point);
    // The first view of a graph: all of it if it fits legibly, else a legible part that
    // starts at anchor (Me), at the left edge or in the middle.
    void showStart(const QPointF& anchor, bool anchorAtLeft);
    qreal zoom() const { return transform().m11(); }

    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 4.0;
    static constexpr qreal kLegibleZoom = 0.6; // labels are drawn from 0.45 up

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void zoomBy(qreal factor);
    // Arrow keys walk from person to person; false when there is no one that way.
    bool stepSelection(int key);
};

} // namespace Rapport
