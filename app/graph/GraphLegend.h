// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphStyle.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace Rapport {

// The key to the graph's colours and lines, drawn above an exported or printed graph: a picture
// sent to someone else must not rely on colour alone (the window shows the same in its panel).
class GraphLegend
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::GraphLegend)

public:
    explicit GraphLegend(const GraphStyle& style);

    // The height the legend needs across width (in the painter's units).
    qreal height(qreal width) const;
    void paint(QPainter* painter, const QRectF& area) const;

private:
    struct Entry {
        QColor fill;
        QColor border;
        Qt::PenStyle line = Qt::NoPen; // a line sample instead of a box when set
        QString text;
    };
    QList<Entry> entries() const;
    // Lays the entries out left to right, wrapping; calls place(entry, rect) for each.
    template <typename Place>
    qreal layOut(qreal width, Place place) const;

    GraphStyle m_style;
};

} // namespace Rapport
