// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLayout>
#include <QList>

namespace Rapport {

// Lays widgets out left to right and wraps to a new line when the width runs out, so a row of
// filters or buttons in a long language or at a large scale takes two lines instead of hiding
// its end or forcing its panel wider.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

    // Keeps a widget on the same line as the next one (a label and its field).
    void keepWithNext(QWidget* widget);

private:
    // Places the items (when place is true) and returns the height they need.
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
    QList<QWidget*> m_keptWithNext;
    int m_spacing;
};

} // namespace Rapport
