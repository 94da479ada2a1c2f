// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlaceholderTreeView.h"

#include "ColumnFit.h"

#include <QPainter>

namespace Rapport {

PlaceholderTreeView::PlaceholderTreeView(QWidget* parent)
    : QTreeView(parent)
{ }

void PlaceholderTreeView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    setAccessibleDescription(text);
    viewport()->update();
}

QString PlaceholderTreeView::shownPlaceholder() const
{
    return model() && model()->rowCount(rootIndex()) == 0 ? m_placeholder : QString();
}

void PlaceholderTreeView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    const QString text = shownPlaceholder();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().averageCharWidth();
    painter.drawText(viewport()->rect().adjusted(margin, margin / 2, -margin, 0),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

void PlaceholderTreeView::setTextColumn(int column)
{
    m_textColumn = column;
    ColumnFit::stretchTextColumn(this, column);
}

int PlaceholderTreeView::sizeHintForColumn(int column) const
{
    const auto contents = [this](int c) { return QTreeView::sizeHintForColumn(c); };
    return m_textColumn < 0 ? contents(column) : ColumnFit::cappedHint(this, column, m_textColumn, contents);
}

} // namespace Rapport
