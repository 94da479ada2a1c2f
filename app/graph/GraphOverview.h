// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QPainter;

namespace Rapport {

// The mini-map in a corner of the graph: the whole scene in small, with a frame around the
// part the view shows. Clicking or dragging in it moves the view there. The picture is drawn
// once per change of the scene, not on every scroll, so a large network stays smooth.
class GraphOverview : public QWidget
{
    Q_OBJECT

public:
    explicit GraphOverview(QGraphicsView* view, QWidget* parent = nullptr);

    // The scene changed (or was replaced): redraw the picture a moment later, once.
    void sceneChanged();
    // Where a point of the scene is drawn in this widget, and the reverse.
    QPointF toMap(const QPointF& scenePoint) const;
    QPointF toScene(const QPointF& mapPoint) const;
    // The frame around the part of the scene the view shows, in this widget's coordinates.
    QRectF visibleFrame() const;
    // Keeps the picture's aspect ratio within the largest size allowed.
    QSize sizeHint() const override;
    // The most room the overview may take (a part of the view it sits on).
    void setLimit(const QSize& limit) { m_limit = limit; }

signals:
    // The user clicked or dragged to this point of the scene.
    void moveRequested(QPointF scenePoint);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void render();
    void drawMap(QPainter& painter, const QGraphicsScene& scene) const;
    QRectF mapRect() const;
    void moveViewTo(const QPointF& mapPoint);

    QGraphicsView* m_view;
    QPixmap m_picture;
    QTimer m_renderLater;
    QSize m_limit {220, 160};
};

} // namespace Rapport
