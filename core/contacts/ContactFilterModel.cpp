// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: search, stage and tag filters and sorting for 100k rows share the
// prepared sort keys and the search cache kept here.
#include "ContactFilterModel.h"

#include "ContactListModel.h"
#include "ContactStore.h"
#include "SortText.h"

#include <QCollator>

#include <algorithm>
#include <array>

namespace Rapport {

namespace {
// Results kept for the searches typed on the way to the current one, so erasing is instant.
constexpr int kCachedSearches = 32;
} // namespace

ContactFilterModel::ContactFilterModel(ContactStore* store, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_store(store)
    , m_collator(std::make_unique<QCollator>())
{
    m_collator->setCaseSensitivity(Qt::CaseInsensitive);
    // The FTS matches go stale when a contact is written while a search is active.
    connect(store, &ContactStore::contactAdded, this, &ContactFilterModel::refreshSearch);
    connect(store, &ContactStore::contactChanged, this, &ContactFilterModel::refreshSearch);
    connect(store, &ContactStore::contactRemoved, this, [this] { m_matchCache.clear(); });
    connect(store, &ContactStore::contactsReset, this, &ContactFilterModel::refreshSearch);
}

ContactFilterModel::~ContactFilterModel() = default;

// --- filters -------------------------------------------------------------------------------

void ContactFilterModel::refreshSearch()
{
    m_matchCache.clear();
    if (!m_ftsQuery.isEmpty()) {
        refreshMatches();
        refilter();
    }
}

void ContactFilterModel::refreshMatches()
{
    if (m_ftsQuery.isEmpty()) {
        m_matches.reset();
        return;
    }
    if (const auto cached = m_matchCache.value(m_searchText)) {
        m_matches = cached;
        return;
    }
    std::shared_ptr<Matches> matches = matchesOf(m_store->searchIds(m_searchText));
    if (m_matchCache.size() >= kCachedSearches)
        m_matchCache.clear();
    if (m_store->readError().isEmpty()) // a failed search (the store reported it) is tried again, not kept
        m_matchCache.insert(m_searchText, matches);
    m_matches = std::move(matches);
}

std::shared_ptr<ContactFilterModel::Matches> ContactFilterModel::matchesOf(const QList<qint64>& ids) const
{
    auto matches = std::make_shared<Matches>();
    const qint64 largest = ids.isEmpty() ? 0 : *std::max_element(ids.cbegin(), ids.cend());
    // A bit per id is the fastest test, as long as ids are not far sparser than contacts.
    if (largest < 16 * (qint64(m_facts.size()) + 65536)) {
        matches->bits.assign(size_t(largest) + 1, false);
        for (const qint64 id : ids) {
            if (id >= 0)
                matches->bits[size_t(id)] = true;
        }
    } else {
        matches->sparse = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    return matches;
}

void ContactFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    // Only the searches on the way to this one stay cached: they are what erasing comes back
    // to. An empty box starts afresh.
    for (auto it = m_matchCache.begin(); it != m_matchCache.end();) {
        if (!text.isEmpty() && (text.startsWith(it.key()) || it.key().startsWith(text)))
            ++it;
        else
            it = m_matchCache.erase(it);
    }
    m_searchText = text;
    m_ftsQuery = ContactStore::ftsQuery(text);
    m_ranking = m_ftsQuery.isEmpty() ? SearchRanking() : SearchRanking(text);
    refreshMatches();
    refilter();
}

void ContactFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    refilter();
}

void ContactFilterModel::setTagFilter(const QString& tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    for (RowFacts& facts : m_facts)
        facts.tagPasses = tagPasses(facts.tags);
    refilter();
}

void ContactFilterModel::setIdFilter(std::optional<QSet<qint64>> ids)
{
    m_ids = std::move(ids);
    refilter();
}

bool ContactFilterModel::tagPasses(const QStringList& tags) const
{
    return m_tag.isEmpty() || tags.contains(m_tag, Qt::CaseInsensitive);
}

bool ContactFilterModel::accepts(int sourceRow) const
{
    const RowFacts& facts = m_facts[size_t(sourceRow)];
    if (m_ids && !m_ids->contains(facts.id))
        return false;
    if (!m_ftsQuery.isEmpty() && (!m_matches || !m_matches->contains(facts.id)))
        return false;
    if (m_stage && facts.stage != int(*m_stage))
        return false;
    return facts.tagPasses;
}

// --- what is known of each row -------------------------------------------------------------

ContactFilterModel::RowFacts ContactFilterModel::factsOf(int sourceRow) const
{
    const auto* list = static_cast<const ContactListModel*>(sourceModel());
    RowFacts facts = factsFor(list->summaryAt(sourceRow), m_sortColumn, *m_collator);
    facts.tagPasses = tagPasses(facts.tags);
    return facts;
}

ContactFilterModel::RowFacts ContactFilterModel::factsFor(
    const ContactSummary& summary, int sortColumn, const QCollator& collator)
{
    RowFacts facts;
    facts.id = summary.id;
    facts.stage = int(summary.stage);
    facts.tags = summary.tags;
    facts.searchKey = SearchRanking::rowKey(summary); // here, not per keystroke: read on a worker for 100k rows
    if (sortColumn >= 0) {
        const QVariant key = ContactListModel::sortValueOf(summary, sortColumn);
        switch (key.typeId()) {
        case QMetaType::QString:
            facts.textKey = collator.sortKey(SortText::key(key.toString()));
            break;
        case QMetaType::QDate:
            facts.numberKey = key.toDate().toJulianDay(); // an invalid date is the smallest
            break;
        default:
            facts.numberKey = key.toLongLong();
        }
    }
    return facts;
}

void ContactFilterModel::readAllFacts()
{
    m_facts.clear();
    m_keysInOrder = {};
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_facts.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_facts.push_back(factsOf(row));
}

// --- order ---------------------------------------------------------------------------------

bool ContactFilterModel::lessThan(int leftSourceRow, int rightSourceRow) const
{
    return lessThan(m_facts[size_t(leftSourceRow)], m_facts[size_t(rightSourceRow)], m_sortColumn, m_sortOrder);
}

bool ContactFilterModel::lessThan(const RowFacts& left, const RowFacts& right, int sortColumn, Qt::SortOrder order)
{
    if (sortColumn >= 0) {
        int compared = 0;
        if (left.textKey && right.textKey)
            compared = left.textKey->compare(*right.textKey);
        else
            compared = left.numberKey < right.numberKey ? -1 : left.numberKey > right.numberKey ? 1 : 0;
        if (compared != 0)
            return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    }
    return left.id < right.id; // ties in a stable, predictable order
}

struct ContactFilterModel::PreparedSort {
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<RowFacts> facts;
    std::vector<int> sorted;
};

std::shared_ptr<ContactFilterModel::PreparedSort> ContactFilterModel::prepareSort(
    const QList<ContactSummary>& rows, int column, Qt::SortOrder order)
{
    QCollator collator; // this thread's own: the model's belongs to the UI thread
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto prepared = std::make_shared<PreparedSort>();
    prepared->column = column;
    prepared->order = order;
    prepared->facts.reserve(size_t(rows.size()));
    for (const ContactSummary& summary : rows)
        prepared->facts.push_back(factsFor(summary, column, collator));
    prepared->sorted.resize(prepared->facts.size());
    for (size_t row = 0; row < prepared->sorted.size(); ++row)
        prepared->sorted[row] = int(row);
    const std::vector<RowFacts>& facts = prepared->facts;
    std::sort(prepared->sorted.begin(), prepared->sorted.end(),
        [&](int a, int b) { return lessThan(facts[size_t(a)], facts[size_t(b)], column, order); });
    return prepared;
}

bool ContactFilterModel::takePrepared()
{
    const std::shared_ptr<PreparedSort> prepared = std::exchange(m_prepared, nullptr);
    const auto* list = static_cast<const ContactListModel*>(sourceModel());
    if (!prepared || !list || prepared->column != m_sortColumn || prepared->order != m_sortOrder
        || prepared->facts.size() != size_t(list->rowCount()))
        return false;
    for (size_t row = 0; row < prepared->facts.size(); ++row) {
        if (prepared->facts[row].id != list->summaryAt(int(row)).id)
            return false; // made for other rows
    }
    m_facts = std::move(prepared->facts);
    m_keysInOrder = {};
    for (RowFacts& facts : m_facts)
        facts.tagPasses = tagPasses(facts.tags);
    m_order = std::move(prepared->sorted);
    return true;
}

void ContactFilterModel::sortAll()
{
    m_keysInOrder = {};
    m_order.resize(m_facts.size());
    for (size_t row = 0; row < m_order.size(); ++row)
        m_order[row] = int(row);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
}

void ContactFilterModel::placeInOrder(int sourceRow)
{
    const auto at
        = std::lower_bound(m_order.begin(), m_order.end(), sourceRow, [this](int a, int b) { return lessThan(a, b); });
    m_order.insert(at, sourceRow);
    m_keysInOrder = {};
}

std::vector<int> ContactFilterModel::filteredRows() const
{
    if (!m_ranking.isEmpty())
        return rankedRows();
    std::vector<int> rows;
    rows.reserve(m_order.size());
    for (const int row : m_order) {
        if (accepts(row))
            rows.push_back(row);
    }
    return rows;
}

const ContactFilterModel::KeysInOrder& ContactFilterModel::keysInOrder() const
{
    KeysInOrder& keys = m_keysInOrder;
    if (keys.start.size() == m_order.size() + 1)
        return keys;
    keys.start.reserve(m_order.size() + 1);
    keys.nameLength.reserve(m_order.size());
    keys.nameLetters.reserve(m_order.size());
    keys.start.push_back(0);
    for (const int row : m_order) {
        const SearchRanking::RowKey& key = m_facts[size_t(row)].searchKey;
        keys.text.insert(keys.text.end(), key.text.cbegin(), key.text.cend());
        keys.start.push_back(quint32(keys.text.size()));
        keys.nameLength.push_back(quint32(key.nameLength));
        keys.nameLetters.push_back(SearchRanking::lettersOf(QStringView(key.text).left(key.nameLength)));
    }
    return keys;
}

std::vector<int> ContactFilterModel::rankedRows() const
{
    std::vector<int> rows;
    std::vector<SearchRanking::Tier> tiers;
    rows.reserve(m_order.size());
    tiers.reserve(m_order.size());
    bool unknown = false;
    const KeysInOrder& keys = keysInOrder();
    for (size_t at = 0; at < m_order.size(); ++at) {
        const int row = m_order[at];
        if (!accepts(row))
            continue;
        rows.push_back(row);
        const QStringView key(keys.text.data() + keys.start[at], keys.start[at + 1] - keys.start[at]);
        tiers.push_back(m_ranking.tierOf(key, keys.nameLength[at], keys.nameLetters[at]));
        unknown = unknown || tiers.back() == SearchRanking::Unknown;
    }
    if (unknown && m_matches) { // e-mails or notes: a second question to the index, once per search
        if (!m_matches->outsideNotes)
            m_matches->outsideNotes = matchesOf(m_store->searchIdsOutsideNotes(m_searchText));
        for (size_t i = 0; i < rows.size(); ++i) {
            if (tiers[i] == SearchRanking::Unknown)
                tiers[i] = m_matches->outsideNotes->contains(m_facts[size_t(rows[i])].id) ? SearchRanking::OtherFields
                                                                                          : SearchRanking::Elsewhere;
        }
    }
    // Stable by tier: each tier keeps the chosen sort order.
    std::array<size_t, SearchRanking::kTiers + 1> start {};
    for (const SearchRanking::Tier tier : tiers)
        ++start[size_t(std::min(tier, SearchRanking::Elsewhere)) + 1];
    for (size_t tier = 1; tier < start.size(); ++tier)
        start[tier] += start[tier - 1];
    std::vector<int> ranked(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        ranked[start[size_t(std::min(tiers[i], SearchRanking::Elsewhere))]++] = rows[i];
    return ranked;
}

void ContactFilterModel::rebuildProxyRowOf()
{
    m_proxyRowOf.assign(m_facts.size(), -1);
    for (size_t proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow)
        m_proxyRowOf[size_t(m_rows[proxyRow])] = int(proxyRow);
}

void ContactFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!sourceModel()) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    beginLayoutChange();
    m_sortColumn = column;
    m_sortOrder = order;
    readAllFacts(); // the keys depend on the column
    sortAll();
    endLayoutChange(filteredRows());
}

// --- telling the view ----------------------------------------------------------------------

ContactFilterModel::Announced ContactFilterModel::refilter()
{
    if (!sourceModel())
        return Announced::Nothing;
    return applyRows(filteredRows());
}

ContactFilterModel::Announced ContactFilterModel::applyRows(std::vector<int> rows)
{
    if (rows == m_rows)
        return Announced::Nothing;
    // Where each visible source row will be.
    std::vector<int> newRowOf(m_facts.size(), -1);
    for (size_t row = 0; row < rows.size(); ++row)
        newRowOf[size_t(rows[row])] = int(row);
    // Rows that stay must keep their order for the change to be rows leaving and arriving.
    bool orderKept = true;
    int last = -1;
    for (const int sourceRow : m_rows) {
        if (const int now = newRowOf[size_t(sourceRow)]; now >= 0) {
            orderKept = orderKept && now > last;
            last = now;
        }
    }
    if (!orderKept) {
        if (rows.size() == m_rows.size()) { // the same people in a new order (an edit moved one)
            beginLayoutChange();
            endLayoutChange(std::move(rows));
            return Announced::Layout;
        }
        beginResetModel();
        m_rows = std::move(rows);
        rebuildProxyRowOf();
        endResetModel();
        return Announced::Reset;
    }
    // Runs of rows leaving (in old rows) and arriving (in new rows).
    using Run = std::pair<int, int>; // first, last
    std::vector<Run> leaving, arriving;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (newRowOf[size_t(m_rows[row])] >= 0)
            continue;
        if (!leaving.empty() && leaving.back().second == int(row) - 1)
            leaving.back().second = int(row);
        else
            leaving.emplace_back(int(row), int(row));
    }
    for (size_t row = 0; row < rows.size(); ++row) {
        if (m_proxyRowOf[size_t(rows[row])] >= 0)
            continue;
        if (!arriving.empty() && arriving.back().second == int(row) - 1)
            arriving.back().second = int(row);
        else
            arriving.emplace_back(int(row), int(row));
    }
    // A keystroke can change the rows in thousands of places: one reset is then far cheaper for
    // the view than thousands of removals, and ContactListView keeps the selection across it.
    constexpr size_t kMostRuns = 32;
    if (leaving.size() + arriving.size() > kMostRuns) {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildProxyRowOf();
        endResetModel();
        return Announced::Reset;
    }
    // Leaving from the bottom up, so the rows above keep their numbers; then arriving from the
    // top down, each at the place it has in the final rows.
    for (auto run = leaving.crbegin(); run != leaving.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
        rebuildProxyRowOf();
        endRemoveRows();
    }
    for (const Run& run : arriving) {
        beginInsertRows({}, run.first, run.second);
        m_rows.insert(m_rows.begin() + run.first, rows.begin() + run.first, rows.begin() + run.second + 1);
        rebuildProxyRowOf();
        endInsertRows();
    }
    Q_ASSERT(m_rows == rows);
    return Announced::Rows;
}

void ContactFilterModel::beginLayoutChange()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the selection, the current row) follow their contact, by id.
    m_layoutPersistent = persistentIndexList();
    m_layoutPersistentIds.clear();
    for (const QModelIndex& index : std::as_const(m_layoutPersistent))
        m_layoutPersistentIds.append(m_facts[size_t(m_rows[size_t(index.row())])].id);
    m_layoutChanging = true;
}

void ContactFilterModel::endLayoutChange(std::vector<int> rows)
{
    m_rows = std::move(rows);
    rebuildProxyRowOf();
    QModelIndexList from, to;
    if (!m_layoutPersistent.isEmpty()) {
        QHash<qint64, int> newRowOf;
        for (const qint64 id : std::as_const(m_layoutPersistentIds))
            newRowOf.insert(id, -1);
        for (size_t proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow) {
            const auto it = newRowOf.find(m_facts[size_t(m_rows[proxyRow])].id);
            if (it != newRowOf.end())
                *it = int(proxyRow);
        }
        for (qsizetype i = 0; i < m_layoutPersistent.size(); ++i) {
            const QModelIndex& old = m_layoutPersistent.at(i);
            const int row = newRowOf.value(m_layoutPersistentIds.at(i), -1);
            from.append(old);
            to.append(row < 0 ? QModelIndex() : index(row, old.column()));
        }
        changePersistentIndexList(from, to);
    }
    m_layoutPersistent.clear();
    m_layoutPersistentIds.clear();
    m_layoutChanging = false;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- following the source ------------------------------------------------------------------

void ContactFilterModel::setSourceModel(QAbstractItemModel* source)
{
    Q_ASSERT(!source || qobject_cast<ContactListModel*>(source)); // it reads the list's rows directly
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::dataChanged, this, &ContactFilterModel::onSourceDataChanged),
            connect(source, &QAbstractItemModel::rowsInserted, this, &ContactFilterModel::onSourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ContactFilterModel::onSourceRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::rowsRemoved, this, &ContactFilterModel::onSourceRowsRemoved),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this, &ContactFilterModel::onSourceReset),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginLayoutChange(); }),
            connect(source, &QAbstractItemModel::layoutChanged, this,
                [this] {
                    readAllFacts();
                    sortAll();
                    endLayoutChange(filteredRows());
                }),
        };
    }
    readAllFacts();
    sortAll();
    m_rows = filteredRows();
    rebuildProxyRowOf();
    endResetModel();
}

void ContactFilterModel::onSourceReset()
{
    m_pendingRemoval.reset();
    m_layoutChanging = false;
    m_layoutPersistent.clear();
    m_layoutPersistentIds.clear();
    if (!takePrepared()) {
        readAllFacts();
        sortAll();
    }
    m_rows = filteredRows();
    rebuildProxyRowOf();
    endResetModel();
}

void ContactFilterModel::onSourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        RowFacts facts = factsOf(row);
        const RowFacts& old = m_facts[size_t(row)];
        const bool keyChanged = facts.numberKey != old.numberKey || facts.textKey.has_value() != old.textKey.has_value()
            || (facts.textKey && facts.textKey->compare(*old.textKey) != 0);
        m_facts[size_t(row)] = std::move(facts);
        m_keysInOrder = {};
        if (keyChanged) {
            m_order.erase(std::find(m_order.begin(), m_order.end(), row));
            placeInOrder(row);
        }
    }
    if (const Announced announced = refilter(); announced == Announced::Layout || announced == Announced::Reset)
        return; // the view repaints every row after these
    // Rows that were and still are visible changed in place (a reset already said it all).
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (const int proxyRow = m_proxyRowOf[size_t(row)]; proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

void ContactFilterModel::onSourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // Rows after the new ones moved down in the source; the proxy's own rows stay as they are.
    for (int& row : m_order) {
        if (row >= first)
            row += count;
    }
    for (int& row : m_rows) {
        if (row >= first)
            row += count;
    }
    std::vector<RowFacts> added;
    for (int row = first; row <= last; ++row)
        added.push_back(factsOf(row));
    m_facts.insert(
        m_facts.begin() + first, std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    for (int row = first; row <= last; ++row)
        placeInOrder(row);
    rebuildProxyRowOf();
    refilter();
}

void ContactFilterModel::onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (const int proxyRow = m_proxyRowOf[size_t(row)]; proxyRow >= 0)
            proxyRows.push_back(proxyRow);
    }
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    if (proxyRows.back() - proxyRows.front() + 1 == int(proxyRows.size())) {
        beginRemoveRows({}, proxyRows.front(), proxyRows.back());
        m_pendingRemoval = std::make_pair(proxyRows.front(), proxyRows.back());
    } else {
        beginLayoutChange();
    }
}

void ContactFilterModel::onSourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto dropAndShift = [first, last, count](std::vector<int>& rows) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [first, last](int row) { return row >= first && row <= last; }),
            rows.end());
        for (int& row : rows) {
            if (row > last)
                row -= count;
        }
    };
    dropAndShift(m_order);
    m_keysInOrder = {};
    dropAndShift(m_rows);
    m_facts.erase(m_facts.begin() + first, m_facts.begin() + last + 1);
    rebuildProxyRowOf();
    if (m_pendingRemoval) {
        m_pendingRemoval.reset();
        endRemoveRows();
    } else if (m_layoutChanging) {
        // beginLayoutChange() read the ids while the rows were still there; map them afresh.
        std::vector<int> rows = m_rows;
        endLayoutChange(std::move(rows));
    }
}

// --- the proxy's shape ---------------------------------------------------------------------

qint64 ContactFilterModel::contactIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_facts[size_t(m_rows[size_t(row)])].id : 0;
}

int ContactFilterModel::rowOfContact(qint64 id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_facts[size_t(m_rows[row])].id == id)
            return int(row);
    }
    return -1;
}

QModelIndex ContactFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ContactFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int ContactFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ContactFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex ContactFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ContactFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return {};
    const int proxyRow = m_proxyRowOf[size_t(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QModelIndex ContactFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

} // namespace Rapport
