// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChainFraming.h"

namespace Rapport {

namespace {

constexpr qreal kGap = 8; // between a node and the blocked part

QRectF boundsOf(const QList<QRectF>& nodes)
{
    QRectF bounds;
    for (const QRectF& node : nodes)
        bounds |= node;
    return bounds;
}

} // namespace

bool ChainFraming::isClear(const QList<QRectF>& onScreen) const
{
    const QRectF covered = m_blocked.isEmpty() ? QRectF() : m_blocked.adjusted(-kGap, -kGap, kGap, kGap);
    const QRectF port = m_port.adjusted(-0.5, -0.5, 0.5, 0.5); // rounding
    for (const QRectF& node : onScreen) {
        if (!port.contains(node) || (!covered.isEmpty() && covered.intersects(node)))
            return false;
    }
    return true;
}

std::optional<QPointF> ChainFraming::place(const QList<QRectF>& nodes, qreal zoom, const QRectF& viewport) const
{
    const QRectF bounds = boundsOf(nodes);
    if (bounds.isEmpty() || zoom <= 0)
        return std::nullopt;
    const QSizeF size = bounds.size() * zoom;
    // Beside the blocked corner, or above it, the whole strip is clear; the full port is tried
    // first (centred, then pushed into each corner), since a chain often misses the corner.
    QList<QRectF> areas {m_port};
    if (!m_blocked.isEmpty()) {
        areas.append(QRectF(m_port.topLeft(), QPointF(m_blocked.left() - kGap, m_port.bottom())));
        areas.append(QRectF(m_port.topLeft(), QPointF(m_port.right(), m_blocked.top() - kGap)));
    }
    QList<QPointF> corners; // where the bounds' top left goes on screen
    for (const QRectF& area : std::as_const(areas)) {
        if (size.width() > area.width() + 1e-6 || size.height() > area.height() + 1e-6)
            continue;
        corners.append(area.center() - QPointF(size.width() / 2, size.height() / 2));
    }
    if (size.width() <= m_port.width() && size.height() <= m_port.height()) {
        const QPointF slack(m_port.width() - size.width(), m_port.height() - size.height());
        for (const QPointF& at : {QPointF(0, 0), QPointF(0, slack.y()), QPointF(slack.x(), 0)})
            corners.append(m_port.topLeft() + at);
    }
    for (const QPointF& topLeft : std::as_const(corners)) {
        QList<QRectF> onScreen;
        onScreen.reserve(nodes.size());
        for (const QRectF& node : nodes)
            onScreen.append(QRectF(topLeft + (node.topLeft() - bounds.topLeft()) * zoom, node.size() * zoom));
        if (isClear(onScreen))
            return bounds.topLeft() + (viewport.center() - topLeft) / zoom;
    }
    return std::nullopt;
}

std::optional<qreal> ChainFraming::largestZoom(const QList<QRectF>& nodes, qreal minZoom, qreal maxZoom) const
{
    const QRectF bounds = boundsOf(nodes);
    if (bounds.isEmpty() || m_port.isEmpty())
        return std::nullopt;
    qreal zoom = qMin(maxZoom, qMin(m_port.width() / bounds.width(), m_port.height() / bounds.height()));
    // A few steps down from the zoom at which the chain would fill the port.
    for (; zoom >= minZoom - 1e-9; zoom *= 0.96) {
        if (place(nodes, zoom, m_port))
            return zoom;
    }
    if (place(nodes, minZoom, m_port))
        return minZoom;
    return std::nullopt;
}

} // namespace Rapport
