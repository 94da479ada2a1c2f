// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Finds text a window shows cut off (issue 16): a label, button, combo box (its current text and
// every item it offers), group box title, placeholder, tab, header section or item view cell whose text is wider
// than the room the style leaves it, and that has no tooltip to read it whole. Word-wrapped text
// counts as fitting when its lines fit the height.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Rapport::Test {

struct CutText {
    QString widget; // class and object name, or the nearest named ancestor
    QString text;
    int needed = 0;
    int available = 0;
    bool height = false; // wrapped text: the sizes are heights

    QString describe() const
    {
        return QStringLiteral("%1 '%2' needs %3 px %4, has %5")
            .arg(widget, text)
            .arg(needed)
            .arg(height ? QStringLiteral("high") : QStringLiteral("wide"))
            .arg(available);
    }
};

// The text as drawn: "&&" is a literal '&', a lone '&' marks the mnemonic and takes no room.
inline QString shownText(const QString& text, bool mnemonics)
{
    if (!mnemonics)
        return text;
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}

// The width of the widest line of a text.
inline int textWidth(const QFontMetrics& metrics, const QString& text, bool mnemonics = false)
{
    int widest = 0;
    for (const QString& line : shownText(text, mnemonics).split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

inline QString describeWidget(const QWidget* w)
{
    QString name = w->objectName();
    for (const QWidget* p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            name = QStringLiteral("in ") + p->objectName();
    return QString::fromLatin1(w->metaObject()->className()) + (name.isEmpty() ? QString() : u' ' + name);
}

namespace Detail {

inline void addCut(QList<CutText>& cuts, const QWidget* w, const QString& text, int needed, int available,
    bool height = false, const QString& suffix = {})
{
    cuts.append({describeWidget(w) + suffix, text, needed, available, height});
}

inline void checkLabel(QLabel* label, QList<CutText>& cuts)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->toolTip().isEmpty())
        return;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            addCut(cuts, label, text, needed, label->height(), true);
        return;
    }
    const int margin = label->margin();
    const int available = label->contentsRect().width() - 2 * margin;
    const bool rich
        = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    int needed = 0;
    if (rich) {
        // The label's own hint for rich text, less what it adds around the text.
        needed = label->sizeHint().width() - (label->width() - available);
    } else {
        needed = textWidth(label->fontMetrics(), text, label->buddy() != nullptr);
    }
    if (needed > available + 1)
        addCut(cuts, label, text, needed, available);
}

inline void checkButton(QAbstractButton* button, QList<CutText>& cuts)
{
    const QString text = button->text();
    if (text.isEmpty() || !button->toolTip().isEmpty())
        return;
    QStyle* style = button->style();
    const int iconRoom = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    const int needed = textWidth(button->fontMetrics(), text, true) + iconRoom;
    if (auto* tool = qobject_cast<QToolButton*>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
        if (tool->width() < tool->sizeHint().width())
            addCut(cuts, button, text, tool->sizeHint().width(), tool->width());
        return;
    }
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = text;
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement contents = QStyle::SE_PushButtonContents;
    if (qobject_cast<QCheckBox*>(button))
        contents = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<QRadioButton*>(button))
        contents = QStyle::SE_RadioButtonContents;
    int available = style->subElementRect(contents, &option, button).width();
    if (auto* push = qobject_cast<QPushButton*>(button); push && push->menu())
        available -= style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    if (needed > available + 1)
        addCut(cuts, button, text, needed, available);
}

inline void checkCombo(QComboBox* combo, QList<CutText>& cuts)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.subControls = QStyle::SC_All;
    option.iconSize = combo->iconSize();
    const bool hasIcon = !combo->itemIcon(combo->currentIndex()).isNull();
    const int available
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width()
        - (hasIcon ? combo->iconSize().width() + 4 : 0) - 2;
    const QString current = combo->currentText();
    // A closed combo box shows its own tooltip, not its items'.
    if (!current.isEmpty() && combo->toolTip().isEmpty()) {
        const int needed = textWidth(combo->fontMetrics(), current);
        if (needed > available)
            addCut(cuts, combo, current, needed, available);
    }
    // Sized for its longest item: whichever is chosen shows whole (and the popup, never narrower
    // than the box, too), unless the item has a tooltip. An editable box's text scrolls as typed, so
    // a list widened for its items is enough there.
    int itemRoom = available;
    if (combo->isEditable()) {
        QAbstractItemView* list = combo->view();
        QStyle* style = list->style();
        itemRoom = std::max(itemRoom,
            list->minimumWidth() - 2 * list->frameWidth()
                - style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list)
                - 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1));
    }
    // A box whose tooltip names its current choice (the graph's filters) shows a cut one whole.
    if (!current.isEmpty() && combo->toolTip().contains(current))
        return;
    for (int row = 0; row < combo->count(); ++row) {
        if (row == combo->currentIndex() || !combo->itemData(row, Qt::ToolTipRole).toString().isEmpty())
            continue;
        const int needed = textWidth(combo->fontMetrics(), combo->itemText(row));
        if (needed > itemRoom)
            addCut(cuts, combo, combo->itemText(row), needed, itemRoom, false, QStringLiteral(" (item)"));
    }
}

inline void checkPlaceholder(QLineEdit* edit, QList<CutText>& cuts)
{
    const QString text = edit->placeholderText();
    if (text.isEmpty() || !edit->text().isEmpty() || !edit->toolTip().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    int available = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width()
        - edit->textMargins().left() - edit->textMargins().right() - 2 * 2; // QLineEdit's own margin
    for (const QWidget* side : edit->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (side->isVisible())
            available -= side->width(); // clear button, icons
    const int needed = textWidth(edit->fontMetrics(), text);
    if (needed > available)
        addCut(cuts, edit, text, needed, available, false, QStringLiteral(" (placeholder)"));
}

inline void checkTabs(QTabBar* bar, QList<CutText>& cuts)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i) || !bar->tabToolTip(i).isEmpty() || bar->tabText(i).isEmpty())
            continue;
        QStyleOptionTab option;
        option.initFrom(bar);
        option.rect = bar->tabRect(i);
        option.text = bar->tabText(i);
        option.icon = bar->tabIcon(i);
        option.iconSize = bar->iconSize();
        option.shape = bar->shape();
        if (QWidget* left = bar->tabButton(i, QTabBar::LeftSide))
            option.leftButtonSize = left->size();
        if (QWidget* right = bar->tabButton(i, QTabBar::RightSide))
            option.rightButtonSize = right->size();
        const QRect textRect = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
        const bool vertical = bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast
            || bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
        const int available = vertical ? textRect.height() : textRect.width();
        const int needed = textWidth(bar->fontMetrics(), option.text, true);
        if (needed > available + 1)
            addCut(cuts, bar, option.text, needed, available, false, QStringLiteral(" (tab)"));
    }
}

inline void checkHeader(QHeaderView* header, QList<CutText>& cuts)
{
    QAbstractItemModel* model = header->model();
    if (!model || !header->isVisible())
        return;
    const bool horizontal = header->orientation() == Qt::Horizontal;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = model->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
        if (text.isEmpty() || !header->toolTip().isEmpty()
            || !model->headerData(logical, header->orientation(), Qt::ToolTipRole).toString().isEmpty())
            continue;
        const int position = header->sectionViewportPosition(logical);
        const int size = header->sectionSize(logical);
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect
            = horizontal ? QRect(position, 0, size, header->height()) : QRect(0, position, header->width(), size);
        option.section = logical;
        option.text = text;
        option.orientation = header->orientation();
        option.textAlignment
            = Qt::Alignment(model->headerData(logical, header->orientation(), Qt::TextAlignmentRole).toInt());
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                      : QStyleOptionHeader::SortUp;
        const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int available = horizontal ? label.width() : label.width();
        const int needed = textWidth(header->fontMetrics(), text);
        if (needed > available + 1)
            addCut(cuts, header, text, needed, available, false, QStringLiteral(" (header)"));
    }
}

// Whether the view's delegate shows a tooltip for a cell (a delegate may show one only where it elides).
inline bool delegateShowsTip(QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString sentinel = QStringLiteral("\u2063no tip\u2063");
    const QPoint at = option.rect.center();
    QToolTip::showText(view->viewport()->mapToGlobal(at), sentinel, view->viewport());
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    view->itemDelegateForIndex(index)->helpEvent(&event, view, option, index);
    const QString shown = QToolTip::text();
    QToolTip::hideText();
    return !shown.isEmpty() && shown != sentinel;
}

inline bool wrapsWords(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->wordWrap();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->wordWrap();
    if (auto* list = qobject_cast<QListView*>(view))
        return list->wordWrap();
    return false;
}

inline bool hidden(QAbstractItemView* view, const QModelIndex& index)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->isRowHidden(index.row()) || table->isColumnHidden(index.column());
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->isRowHidden(index.row(), index.parent()) || tree->isColumnHidden(index.column());
    if (auto* list = qobject_cast<QListView*>(view))
        return list->isRowHidden(index.row()) || index.column() != list->modelColumn();
    return false;
}

inline void checkCells(QAbstractItemView* view, QList<CutText>& cuts)
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QRect viewport = view->viewport()->rect();
    const bool wrap = wrapsWords(view);
    auto* tree = qobject_cast<QTreeView*>(view);
    int visited = 0;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent) && visited < 4000; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                ++visited;
                if (hidden(view, index))
                    break;
                const QRect rect = view->visualRect(index);
                if (!rect.isValid() || rect.bottom() < 0 || rect.top() >= viewport.height())
                    continue;
                if (view->indexWidget(index))
                    continue; // checked as the widget it is
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty() || !index.data(Qt::ToolTipRole).toString().isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.state &= ~QStyle::State_HasFocus;
                option.font = view->font();
                option.fontMetrics = QFontMetrics(option.font);
                const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
                option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(small, small);
                option.decorationPosition = QStyleOptionViewItem::Left;
                option.decorationAlignment = Qt::AlignCenter;
                option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                option.textElideMode = view->textElideMode();
                option.rect = rect;
                if (wrap)
                    option.features |= QStyleOptionViewItem::WrapText;
                const QSize hint = view->itemDelegateForIndex(index)->sizeHint(option, index);
                const bool wide = hint.width() > rect.width() + 1;
                const bool high = wrap && hint.height() > rect.height() + 1;
                if ((wide || high) && !delegateShowsTip(view, option, index))
                    addCut(cuts, view, text, high ? hint.height() : hint.width(), high ? rect.height() : rect.width(),
                        high, QStringLiteral(" (cell %1,%2)").arg(row).arg(column));
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (tree && model->hasChildren(first) && tree->isExpanded(first))
                walk(first);
        }
    };
    walk(view->rootIndex());
}

// How much of a widget's width its ancestors leave visible: a layout with too little room lets its
// widgets run past the window's edge. Inside a scroll area the rest can be scrolled to.
inline int visibleWidth(QWidget* w)
{
    QRect r = w->rect();
    for (QWidget* child = w; !child->isWindow(); child = child->parentWidget()) {
        QWidget* parent = child->parentWidget();
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget()); area && area->viewport() == parent)
            return w->width();
        r.translate(child->pos());
        r &= parent->rect();
    }
    return r.width();
}

inline void checkClipped(QWidget* w, const QString& text, QList<CutText>& cuts)
{
    if (text.isEmpty() || !w->toolTip().isEmpty())
        return;
    const int shown = visibleWidth(w);
    if (shown < w->width() - 1)
        addCut(cuts, w, text, w->width(), shown, false, QStringLiteral(" (clipped)"));
}

} // namespace Detail

// The texts cut off in a window's visible widgets (not in other windows it opened).
inline QList<CutText> cutTexts(QWidget* window)
{
    QList<CutText> cuts;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(window) || w->window() != window || !w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            Detail::checkLabel(label, cuts);
            Detail::checkClipped(label, label->text(), cuts);
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            Detail::checkButton(button, cuts);
            Detail::checkClipped(button, button->text(), cuts);
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            // A group box's minimum holds its title: a box narrower than that cuts it.
            if (!box->title().isEmpty() && box->toolTip().isEmpty() && box->width() < box->minimumSizeHint().width())
                cuts.append({describeWidget(box) + QStringLiteral(" (title)"), box->title(),
                    box->minimumSizeHint().width(), box->width(), false});
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            Detail::checkCombo(combo, cuts);
            Detail::checkClipped(combo, combo->currentText(), cuts);
        } else if (auto* edit = qobject_cast<QLineEdit*>(w))
            Detail::checkPlaceholder(edit, cuts);
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            Detail::checkTabs(tabs, cuts);
        else if (auto* header = qobject_cast<QHeaderView*>(w))
            Detail::checkHeader(header, cuts);
        else if (auto* view = qobject_cast<QAbstractItemView*>(w))
            Detail::checkCells(view, cuts);
    }
    return cuts;
}

} // namespace Rapport::Test
