// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphLegend.h"

#include "Stage.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Rapport {

namespace {
constexpr qreal kPadding = 12;
constexpr qreal kSwatch = 14;
constexpr qreal kGap = 18;
} // namespace

GraphLegend::GraphLegend(const GraphStyle& style)
    : m_style(style)
{ }

QList<GraphLegend::Entry> GraphLegend::entries() const
{
    QList<Entry> list;
    for (const Stage stage : allStages())
        list.append({m_style.stageFill(stage), m_style.stageBorder(stage), Qt::NoPen, stageLabel(stage)});
    list.append({{}, m_style.referralLine(), Qt::SolidLine, tr("referred you to (arrow)")});
    list.append({{}, m_style.knowsLine(), Qt::DashLine, tr("know each other")});
    list.append({{}, m_style.directLine(), Qt::DotLine, tr("you reached them yourself")});
    list.append({{}, {}, Qt::NoPen, tr("thicker border: stronger relationship")});
    return list;
}

template <typename Place>
qreal GraphLegend::layOut(qreal width, Place place) const
{
    const QFontMetricsF metrics(m_style.detailFont());
    const qreal lineHeight = qMax(kSwatch, metrics.height()) + 6;
    qreal x = kPadding;
    qreal y = kPadding;
    for (const Entry& entry : entries()) {
        const qreal sample = entry.fill.isValid() || entry.line != Qt::NoPen ? kSwatch * 2 + 6 : 0;
        const qreal itemWidth = sample + metrics.horizontalAdvance(entry.text);
        if (x > kPadding && x + itemWidth > width - kPadding) {
            x = kPadding;
            y += lineHeight;
        }
        place(entry, QRectF(x, y, itemWidth, lineHeight), sample);
        x += itemWidth + kGap;
    }
    return y + lineHeight + kPadding;
}

qreal GraphLegend::height(qreal width) const
{
    return layOut(width, [](const Entry&, const QRectF&, qreal) {});
}

void GraphLegend::paint(QPainter* painter, const QRectF& area) const
{
    painter->save();
    painter->translate(area.topLeft());
    painter->fillRect(QRectF(QPointF(0, 0), area.size()), m_style.background());
    painter->setFont(m_style.detailFont());
    layOut(area.width(), [&](const Entry& entry, const QRectF& rect, qreal sample) {
        const qreal middle = rect.center().y();
        if (entry.fill.isValid()) {
            painter->setPen(QPen(entry.border, 1.5));
            painter->setBrush(entry.fill);
            painter->drawRoundedRect(QRectF(rect.left(), middle - kSwatch / 2, kSwatch * 2, kSwatch), 3, 3);
        } else if (entry.line != Qt::NoPen) {
            painter->setPen(QPen(entry.border, 1.6, entry.line));
            painter->drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + kSwatch * 2, middle));
        }
        painter->setPen(m_style.text());
        painter->drawText(QRectF(rect.left() + sample, rect.top(), rect.width() - sample, rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft, entry.text);
    });
    painter->restore();
}

} // namespace Rapport
