// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Rapport {

// Draws a push button in a cell whose text it is ("Done" on the Today page) and says when it is
// clicked; a cell with no text has no button. One delegate, not a widget per row: the rows come
// and go with the model, and the view stays a plain view. The keyboard reaches the same action
// through the view (TodayPanel: Space on the line).
class DoneButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DoneButtonDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where the button of a cell is drawn (and can be clicked).
    QRect buttonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

signals:
    void clicked(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    QSize buttonSize(const QStyleOptionViewItem& option, const QString& text) const;

    // A double-click on Done is one Done: its second release is not a click. The first one has
    // already taken the line away, and the next line's button is now under the mouse.
    bool m_inDoubleClick = false;
};

} // namespace Rapport
