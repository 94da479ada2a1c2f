#include "ContactListView.h"

#include "ContactListModel.h"

#include <QHeaderView>

namespace Rapport {

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

} // namespace Rapport
