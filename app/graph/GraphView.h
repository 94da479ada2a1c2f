// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsView>

#include <optional>

namespace Rapport {

class GraphOverview;

// Shows the referral graph: wheel and keyboard zoom within sensible limits, drag the
// background to pan, drag a node to move it. By keyboard, the arrows move from person to
// person, Enter opens the selected one and the Menu key opens its menu. When part of the
// graph is off screen, an overview in the corner shows where the view is.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget* parent = nullptr);

    // Shows scene (replacing the one shown) and keeps the overview drawing it.
    void showScene(QGraphicsScene* scene);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    // The whole graph, but never magnified beyond its natural size. It may go below the
    // legible zoom (the user asked to see everything): isLegible() then says so. Until the
    // user moves or zooms, a resize fits again.
    void fitAll();
    void centreOn(const QPointF& point);
    // Scrolls just enough to show a node with some room around it.
    void reveal(const QRectF& sceneRect);
    // Brings a chain of nodes (a path, its end last) into view, clear of the overview: where it
    // already fits at a legible zoom, the view only scrolls if it must; else the zoom changes to
    // show all of it, never below the legible zoom nor (to fit) above natural size. When it
    // cannot be legible whole, as much of it as fits legibly, ending at its last node.
    // Until the user moves or zooms, a resize (the editor opening beside) frames it again.
    // Returns how many nodes, counted from the end, are in view.
    qsizetype showChain(const QList<QRectF>& chain);
    // Where the overview is, or goes when it appears, in viewport coordinates; empty when the
    // user turned it off or the view is too small for it.
    QRect overviewArea();
    // The first view of a graph: all of it if it fits at a legible zoom, else a legible part
    // that starts at anchor (Me): the top-left corner of a left-to-right tree, or Me in the middle.
    // Until the user moves or zooms, a resize of the window shows the start again.
    void showStart(const QPointF& anchor, bool anchorAtLeft);
    qreal zoom() const { return transform().m11(); }
    // The zoom at which the smallest node label is kLegiblePixels high on screen.
    qreal legibleZoom() const;
    bool isLegible() const { return zoom() >= legibleZoom() - 1e-6; }
    // True when every part of the scene is inside the viewport.
    bool showsWholeScene() const;
    GraphOverview* overview() const { return m_overview; }
    // Whether the overview appears when part of the graph is off screen (the user's choice).
    void setOverviewEnabled(bool enabled);
    bool isOverviewEnabled() const { return m_overviewEnabled; }

    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 4.0;
    static constexpr qreal kLegiblePixels = 9;
    static constexpr qreal kChainMargin = 12; // on screen, round a path shown by showChain()

signals:
    // The zoom or the visible part changed.
    void viewChanged();
    // A chain asked for with showChain() was framed (again, after a resize): how many of its nodes,
    // counted from its end, are in view.
    void chainFramed(qsizetype inView, qsizetype total);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void zoomBy(qreal factor);
    // Arrow keys walk from person to person; false when there is no one that way.
    bool stepSelection(int key);
    void placeOverview();
    // The scrolled area: the graph, and room past its bottom-right corner for the overview.
    void makeRoomForOverview();
    void applyStart();
    // Shows the scene point at the centre, scrolling beyond the graph's edge if needed (so that a
    // node in the overview's corner can be brought out from under it).
    void centreBeyondEdges(const QPointF& point);
    qsizetype frameChain(const QList<QRectF>& chain);
    qsizetype placeChain(const QList<QRectF>& chain);
    // The user moved or zoomed: a resize leaves the view where it is.
    void forgetStart();

    GraphOverview* m_overview;
    bool m_overviewEnabled = true;
    struct Start {
        QPointF anchor;
        bool anchorAtLeft = false;
    };
    std::optional<Start> m_start; // the first view, kept while the user has not moved
    bool m_keepFitted = false; // after Fit, kept fitted while the user has not moved
    std::optional<QList<QRectF>> m_chain; // a path shown, framed again while the user has not moved
};

} // namespace Rapport
