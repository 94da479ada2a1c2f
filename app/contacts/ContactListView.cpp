// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListView.h"

#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "DisplayFormat.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Rapport {

namespace {

// The model marks overdue follow-ups with a fixed red; the view swaps in the palette's warning
// colour so the mark stays readable in a dark palette too.
class PaletteAwareDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Qt::ForegroundRole).isValid())
            option->palette.setColor(QPalette::Text, DisplayFormat::warningColor(option->palette));
    }
};

} // namespace

ContactListView::ContactListView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("contactList"));
    setAccessibleName(tr("Contacts"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sortByColumn(ContactListModel::Name, Qt::AscendingOrder);
    setItemDelegate(new PaletteAwareDelegate(this));
    // A column the user resized is theirs: the default widths are no longer fitted to the view.
    // (The last column stretches with the view, a splitter dragged say: that is not the user's choice.)
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        QHeaderView* header = horizontalHeader();
        if (!m_fitting && header->visualIndex(column) != header->count() - 1
            && QApplication::mouseButtons() != Qt::NoButton)
            m_defaultWidths.clear();
    });
}

QList<qint64> ContactListView::selectedContactIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        ids.append(index.data(ContactListModel::ContactIdRole).toLongLong());
    return ids;
}

qint64 ContactListView::currentContactId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ContactListModel::ContactIdRole).toLongLong() : 0;
}

void ContactListView::selectContact(qint64 id)
{
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(ContactListModel::ContactIdRole).toLongLong() == id) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            scrollTo(index);
            return;
        }
    }
}

void ContactListView::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model); // connects the view's own reset handling first
    if (model) {
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ContactListView::rememberSelection),
            connect(model, &QAbstractItemModel::modelReset, this, &ContactListView::restoreSelection),
        };
    }
}

qint64 ContactListView::idAt(int row) const
{
    if (const auto* filter = qobject_cast<const ContactFilterModel*>(model()))
        return filter->contactIdAt(row);
    return model()->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong();
}

int ContactListView::rowOf(qint64 id) const
{
    if (const auto* filter = qobject_cast<const ContactFilterModel*>(model()))
        return filter->rowOfContact(id);
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

void ContactListView::rememberSelection()
{
    m_keptSelection = selectedContactIds();
    m_keptCurrent = currentContactId();
    m_keptColumn = currentIndex().isValid() ? currentIndex().column() : 0;
}

void ContactListView::restoreSelection()
{
    const QList<qint64> kept = std::exchange(m_keptSelection, {});
    const qint64 current = std::exchange(m_keptCurrent, 0);
    if (!model() || !selectionModel() || (kept.isEmpty() && !current))
        return;
    QItemSelection selection;
    const int lastColumn = model()->columnCount() - 1;
    const auto selectRows
        = [&](int first, int last) { selection.select(model()->index(first, 0), model()->index(last, lastColumn)); };
    if (kept.size() <= 8) {
        QList<int> rows;
        for (const qint64 id : kept) {
            if (const int row = rowOf(id); row >= 0)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        for (const int row : std::as_const(rows))
            selectRows(row, row);
    } else { // one pass, whole runs at a time
        const QSet<qint64> wanted(kept.cbegin(), kept.cend());
        int runStart = -1;
        const int rows = model()->rowCount();
        for (int row = 0; row <= rows; ++row) {
            const bool selected = row < rows && wanted.contains(idAt(row));
            if (selected && runStart < 0)
                runStart = row;
            if (!selected && runStart >= 0) {
                selectRows(runStart, row - 1);
                runStart = -1;
            }
        }
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = current ? rowOf(current) : -1; row >= 0)
        selectionModel()->setCurrentIndex(model()->index(row, m_keptColumn), QItemSelectionModel::NoUpdate);
}

void ContactListView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void ContactListView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 24, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        m_placeholder);
}

void ContactListView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const auto widthOf = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + padding; };
    const auto header
        = [this](int column) { return model() ? model()->headerData(column, Qt::Horizontal).toString() : QString(); };
    const int dateWidth = widthOf(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    // A header needs room for its sort arrow too, or "Próximo seguimiento" is cut.
    const auto headerWidth = [&](int column) { return widthOf(header(column)) + metrics.height(); };
    m_defaultWidths.clear();
    m_defaultWidths.insert(ContactListModel::Name, widthOf(QStringLiteral("Alexandra Whitmore")));
    m_defaultWidths.insert(ContactListModel::Organization, widthOf(QStringLiteral("Meridian Therapeutics")));
    m_defaultWidths.insert(ContactListModel::Title, widthOf(QStringLiteral("Senior Policy Advisor")));
    int stageWidth = headerWidth(ContactListModel::Stage);
    for (const Stage stage : allStages()) // the longest name in this language ("Garder le contact")
        stageWidth = qMax(stageWidth, widthOf(stageLabel(stage)));
    m_defaultWidths.insert(ContactListModel::Stage, stageWidth);
    m_defaultWidths.insert(ContactListModel::LastContact, qMax(dateWidth, headerWidth(ContactListModel::LastContact)));
    m_defaultWidths.insert(
        ContactListModel::NextFollowUp, qMax(dateWidth, headerWidth(ContactListModel::NextFollowUp)));
    fitDefaultWidths();
}

void ContactListView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitDefaultWidths();
}

void ContactListView::fitDefaultWidths()
{
    if (m_defaultWidths.isEmpty())
        return;
    const QFontMetrics metrics = fontMetrics();
    const int least = metrics.horizontalAdvance(QStringLiteral("Meridian")); // still tells one from another
    // The last column (tags) stretches over what is left; at least the room for a tag or two.
    const QString tagsTitle
        = model() ? model()->headerData(ContactListModel::Tags, Qt::Horizontal).toString() : QString();
    const int tags = qMax(metrics.horizontalAdvance(QStringLiteral("writing, ph")),
        horizontalHeader()->fontMetrics().horizontalAdvance(tagsTitle) + metrics.height());
    int total = tags;
    for (const int width : std::as_const(m_defaultWidths))
        total += width;
    // Too wide for the view: the organisation and title give way, in equal parts, down to a least
    // width, then the name, down to a usual full name. Only when that makes everything fit: on a
    // narrower view (200% scaling) the list scrolls sideways and every column stays readable.
    const int excess = qMax(0, total + 2 - viewport()->width()); // (2: the header's rounding)
    const int nameFloor = metrics.horizontalAdvance(QStringLiteral("Chloé Marchand")) + 12;
    const auto room = [this](int column, int floor) { return qMax(0, m_defaultWidths.value(column) - floor); };
    QHash<int, int> widths = m_defaultWidths;
    if (excess <= room(ContactListModel::Organization, least) + room(ContactListModel::Title, least)
            + room(ContactListModel::Name, nameFloor)) {
        const auto giveWay = [&](int column, int share, int floor) {
            const int natural = m_defaultWidths.value(column);
            const int width = qMax(qMin(natural, floor), natural - share);
            widths.insert(column, width);
            return natural - width;
        };
        const int half = (excess + 1) / 2;
        const int left = excess - giveWay(ContactListModel::Organization, half, least)
            - giveWay(ContactListModel::Title, half, least);
        if (left > 0)
            giveWay(ContactListModel::Name, left, nameFloor);
    }
    widths.insert(horizontalHeader()->logicalIndex(horizontalHeader()->count() - 1), tags); // then stretched
    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        setColumnWidth(it.key(), it.value());
    m_fitting = false;
}

} // namespace Rapport
