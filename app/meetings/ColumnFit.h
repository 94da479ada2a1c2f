// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHeaderView>
#include <QTreeView>

namespace Rapport::ColumnFit {

// Gives a view's text column (a takeaway, a question) the room the other columns leave: it
// stretches, and each other column is as wide as its contents. Long text is elided, with its
// tooltip in full.
inline void stretchTextColumn(QTreeView* view, int textColumn)
{
    QHeaderView* header = view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(
            column, column == textColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

// What a column beside the text column asks for (the view's sizeHintForColumn): its contents, but
// no more than an even share of the room the narrow columns leave to it and the text column, so
// that one long role cannot squeeze the text column to nothing. Never narrower than its title.
// contentsHint(column) is the view's own measure (QTreeView::sizeHintForColumn).
template <typename ContentsHint>
int cappedHint(const QTreeView* view, int column, int textColumn, ContentsHint contentsHint)
{
    const QAbstractItemModel* model = view->model();
    const int hint = contentsHint(column);
    if (column == textColumn || !model || model->columnCount() < 2)
        return hint;
    const int count = model->columnCount();
    const auto wanted = [&](int c) { return qMax(contentsHint(c), view->header()->sectionSizeHint(c)); };
    int room = view->viewport()->width();
    int sharing = 1; // the text column
    for (int other = 0; other < count; ++other) {
        if (other == textColumn)
            continue;
        const int w = other == column ? qMax(hint, view->header()->sectionSizeHint(other)) : wanted(other);
        if (w <= room / count)
            room -= w; // narrow: it gets what it asks for
        else
            ++sharing;
    }
    return qMin(hint, qMax(room / sharing, view->header()->sectionSizeHint(column)));
}

} // namespace Rapport::ColumnFit
