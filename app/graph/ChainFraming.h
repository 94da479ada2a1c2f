// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QRectF>

#include <optional>

namespace Rapport {

// Where a chain of nodes (a warm path) goes on screen: pure geometry, so GraphView can try
// zooms and keep the nodes clear of what covers the view (the overview in its corner).
class ChainFraming
{
public:
    // port: where nodes may be drawn, in viewport pixels; blocked: a part of it covered by
    // another widget (empty when none).
    ChainFraming(const QRectF& port, const QRectF& blocked)
        : m_port(port)
        , m_blocked(blocked)
    { }

    // The scene point to put at the centre of viewport so that every node, drawn at zoom, is
    // inside the port and clear of the blocked part; nothing when there is no such point.
    std::optional<QPointF> place(const QList<QRectF>& nodes, qreal zoom, const QRectF& viewport) const;
    // The largest zoom, at most maxZoom and at least minZoom, at which place() finds room for
    // all the nodes; nothing when even minZoom leaves no room.
    std::optional<qreal> largestZoom(const QList<QRectF>& nodes, qreal minZoom, qreal maxZoom) const;
    // Whether nodes, already drawn at these viewport rectangles, are all in the clear.
    bool isClear(const QList<QRectF>& onScreen) const;

private:
    QRectF m_port;
    QRectF m_blocked;
};

} // namespace Rapport
