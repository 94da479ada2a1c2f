// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ElidedTipDelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace Rapport {

bool ElidedTipDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || !index.data(Qt::ToolTipRole).isNull())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The text needs more room than the cell has: the style elides it, so the tooltip shows it whole.
    QStyleOptionViewItem measured = option;
    initStyleOption(&measured, index);
    const QString text = measured.text;
    if (!text.isEmpty() && sizeHint(option, index).width() > option.rect.width()) {
        QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(text), view, option.rect);
        return true;
    }
    QToolTip::hideText();
    return true;
}

} // namespace Rapport
