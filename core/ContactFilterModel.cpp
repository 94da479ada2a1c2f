#include "ContactFilterModel.h"

#include "ContactListModel.h"
#include "ContactStore.h"

namespace Rapport {

ContactFilterModel::ContactFilterModel(ContactStore* store, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(ContactListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    // The FTS match set goes stale when a contact is written while a search is active.
    const auto refresh = [this] {
        if (m_searching) {
            refreshMatches();
            invalidateFilter();
        }
    };
    connect(store, &ContactStore::contactAdded, this, refresh);
    connect(store, &ContactStore::contactChanged, this, refresh);
    connect(store, &ContactStore::contactsReset, this, refresh);
}

void ContactFilterModel::refreshMatches()
{
    m_matches = m_store->search(m_searchText);
}

void ContactFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searching = !ContactStore::ftsQuery(text).isEmpty();
    if (m_searching)
        refreshMatches();
    else
        m_matches.clear();
    invalidateFilter();
}

void ContactFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void ContactFilterModel::setTagFilter(const QString& tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void ContactFilterModel::setIdFilter(std::optional<QSet<qint64>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool ContactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_ids && !m_ids->contains(index.data(ContactListModel::ContactIdRole).toLongLong()))
        return false;
    if (m_searching && !m_matches.contains(index.data(ContactListModel::ContactIdRole).toLongLong()))
        return false;
    if (m_stage && index.data(ContactListModel::StageRole).toInt() != int(*m_stage))
        return false;
    if (!m_tag.isEmpty() && !index.data(ContactListModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Rapport
