// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FlowLayout.h"

#include <QWidget>

namespace Rapport {

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

void FlowLayout::keepWithNext(QWidget* widget)
{
    m_keptWithNext.append(widget);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest group that must stay on one line.
    QSize size;
    int group = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        group += item->sizeHint().width();
        size = size.expandedTo(QSize(group, item->sizeHint().height()));
        group = m_keptWithNext.contains(item->widget()) ? group + m_spacing : 0;
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed {
        QLayoutItem* item;
        QPoint at;
        int line;
    };
    QList<Placed> placed;
    QList<int> lineHeights {0};
    int x = area.x();
    for (int i = 0; i < m_items.size(); ++i) {
        QLayoutItem* item = m_items.at(i);
        if (item->isEmpty())
            continue;
        // The width this item needs on its line, with any items kept with it.
        int needed = item->sizeHint().width();
        for (int j = i; j + 1 < m_items.size() && m_keptWithNext.contains(m_items.at(j)->widget()); ++j)
            needed += m_spacing + m_items.at(j + 1)->sizeHint().width();
        const bool keptFromBefore = i > 0 && m_keptWithNext.contains(m_items.at(i - 1)->widget());
        if (!keptFromBefore && x > area.x() && x + needed > area.right() + 1) {
            x = area.x();
            lineHeights.append(0);
        }
        placed.append({item, QPoint(x, 0), int(lineHeights.size() - 1)});
        x += item->sizeHint().width() + m_spacing;
        lineHeights.last() = qMax(lineHeights.last(), item->sizeHint().height());
    }
    // Each item centred on its line, so a label sits level with its field.
    QList<int> lineTops;
    int y = area.y();
    for (const int height : std::as_const(lineHeights)) {
        lineTops.append(y);
        y += height + m_spacing;
    }
    if (place) {
        for (const Placed& p : std::as_const(placed)) {
            const QSize hint = p.item->sizeHint();
            const int top = lineTops.at(p.line) + (lineHeights.at(p.line) - hint.height()) / 2;
            p.item->setGeometry(QRect(QPoint(p.at.x(), top), QSize(qMin(hint.width(), area.width()), hint.height())));
        }
    }
    return y - m_spacing - rect.y() + contentsMargins().bottom();
}

} // namespace Rapport
