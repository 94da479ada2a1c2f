// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DoneButtonDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

#include <utility>

namespace Rapport {

namespace {
QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

DoneButtonDelegate::DoneButtonDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QSize DoneButtonDelegate::buttonSize(const QStyleOptionViewItem& option, const QString& text) const
{
    QStyleOptionButton button;
    button.text = text;
    button.fontMetrics = option.fontMetrics;
    const QSize textSize = option.fontMetrics.size(Qt::TextShowMnemonic, text);
    return styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, textSize, option.widget);
}

QRect DoneButtonDelegate::buttonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    QRect rect(QPoint(), buttonSize(option, text).boundedTo(option.rect.size()));
    rect.moveCenter(option.rect.center());
    return rect;
}

void DoneButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear(); // the text is the button's
    QStyle* style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    const QRect rect = buttonRect(option, index);
    if (rect.isEmpty())
        return;
    QStyleOptionButton button;
    button.rect = rect;
    button.text = index.data(Qt::DisplayRole).toString();
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    button.state = QStyle::State_Raised | (option.state & (QStyle::State_Enabled | QStyle::State_MouseOver));
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

QSize DoneButtonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize cell = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    return text.isEmpty() ? cell : cell.expandedTo(buttonSize(option, text) + QSize(4, 2));
}

bool DoneButtonDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option, index).contains(mouse->position().toPoint())) {
            if (type == QEvent::MouseButtonPress)
                m_inDoubleClick = false;
            else if (type == QEvent::MouseButtonDblClick)
                m_inDoubleClick = true;
            else if (!std::exchange(m_inDoubleClick, false))
                emit clicked(index);
            return true; // a click on the button is the button's, not a double-click on the line
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Rapport
