// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SearchRanking.h"
#include "Stage.h"

#include <QAbstractProxyModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class QCollator;

namespace Rapport {

class ContactStore;
struct ContactSummary;

// Sorting and filtering for the contact list: the search box (through the FTS index), a stage,
// a tag and a set of ids. Search results are refreshed when contacts change. While the search
// box has text, the best matches come first (SearchRanking: the name typed in full, then names
// that start with it, ... then notes), each group in the chosen sort order.
//
// Built for search as you type over 100k contacts. It keeps every source row in sort order,
// with sort keys computed once per row (not a locale-aware comparison of QVariants on every
// step, as QSortFilterProxyModel does), and each row's id, stage and tag test cached. A
// keystroke is then one FTS query plus one pass over that order. The view hears what changed:
// rows removed and inserted when they are a few runs, a reset when the rows change in
// thousands of places (a run at a time would cost more than the search; ContactListView keeps
// the selection across it by contact id), and a layout change only when the order changes.
class ContactFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ContactFilterModel(ContactStore* store, QObject* parent = nullptr);
    ~ContactFilterModel() override;

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setStageFilter(std::optional<Stage> stage);
    void setTagFilter(const QString& tag); // empty for all
    // Only these contacts (e.g. those an import just added); nullopt for all.
    void setIdFilter(std::optional<QSet<qint64>> ids);
    bool hasIdFilter() const { return m_ids.has_value(); }

    // The contact on a row, and the row of a contact (-1 when hidden): for keeping selections.
    qint64 contactIdAt(int row) const;
    int rowOfContact(qint64 id) const;

    // Sort keys and order for rows read on a worker, so that a reset of 100k rows does not
    // compute them on the UI thread. prepareSort is safe on any thread; the model uses what it
    // is given at its source's next reset, when it was made for those rows in the current order.
    struct PreparedSort;
    static std::shared_ptr<PreparedSort> prepareSort(
        const QList<ContactSummary>& rows, int column, Qt::SortOrder order);
    void usePreparedSort(std::shared_ptr<PreparedSort> prepared) { m_prepared = std::move(prepared); }

    void setSourceModel(QAbstractItemModel* source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;

public slots:
    // Searchable text changed outside the contact rows (meeting notes): search again.
    void refreshSearch();

private:
    // The contacts a search matched: a bit per id, or a set when ids are too sparse for bits.
    struct Matches {
        std::vector<bool> bits;
        QSet<qint64> sparse;
        // Those found without their notes, asked of the index only when ranking needs it.
        mutable std::shared_ptr<const Matches> outsideNotes;
        bool contains(qint64 id) const
        {
            return bits.empty() ? sparse.contains(id) : id >= 0 && size_t(id) < bits.size() && bits[size_t(id)];
        }
    };
    enum class Announced { Nothing, Rows, Layout, Reset };

    // What the filters and the sort need of one source row, read once when the row changes.
    struct RowFacts {
        qint64 id = 0;
        int stage = 0;
        QStringList tags;
        bool tagPasses = true;
        std::optional<QCollatorSortKey> textKey;
        qint64 numberKey = 0;
        SearchRanking::RowKey searchKey;
    };

    RowFacts factsOf(int sourceRow) const;
    static RowFacts factsFor(const ContactSummary& summary, int sortColumn, const QCollator& collator);
    void readAllFacts();
    bool takePrepared(); // m_facts and m_order from m_prepared, when it fits the source's rows
    bool tagPasses(const QStringList& tags) const;
    static bool lessThan(const RowFacts& left, const RowFacts& right, int sortColumn, Qt::SortOrder order);
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    bool accepts(int sourceRow) const;
    void sortAll();
    void placeInOrder(int sourceRow); // inserts one row into m_order at its sorted position
    std::vector<int> filteredRows() const;
    std::vector<int> rankedRows() const; // filteredRows() while searching
    std::shared_ptr<Matches> matchesOf(const QList<qint64>& ids) const;
    void rebuildProxyRowOf();

    // Recomputes the visible rows and tells the view how they changed.
    Announced refilter();
    Announced applyRows(std::vector<int> rows);
    void beginLayoutChange();
    void endLayoutChange(std::vector<int> rows);
    void refreshMatches();

    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void onSourceReset();

    ContactStore* m_store;
    QString m_searchText;
    QString m_ftsQuery; // empty when not searching
    std::shared_ptr<const Matches> m_matches;
    SearchRanking m_ranking; // empty when not searching
    QHash<QString, std::shared_ptr<const Matches>> m_matchCache; // typed text -> matches
    std::optional<Stage> m_stage;
    QString m_tag;
    std::optional<QSet<qint64>> m_ids;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::unique_ptr<class QCollator> m_collator;

    std::shared_ptr<PreparedSort> m_prepared; // for the next source reset
    std::vector<RowFacts> m_facts; // by source row
    std::vector<int> m_order; // every source row, in sort order
    // The rows' search keys one after the other in sort order, so that ranking 100k matches reads
    // memory in a line instead of jumping to a string per row. Made when first needed after a
    // change of rows or order (cleared then), not per keystroke.
    struct KeysInOrder {
        std::vector<QChar> text;
        std::vector<quint32> start; // of each row's key, and one past the last
        std::vector<quint32> nameLength;
        std::vector<quint32> nameLetters; // SearchRanking::lettersOf each name
    };
    mutable KeysInOrder m_keysInOrder;
    const KeysInOrder& keysInOrder() const;
    std::vector<int> m_rows; // proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row, or -1
    QModelIndexList m_layoutPersistent; // between beginLayoutChange and endLayoutChange
    QList<qint64> m_layoutPersistentIds;
    std::optional<std::pair<int, int>> m_pendingRemoval; // proxy rows announced by rowsAboutToBeRemoved
    bool m_layoutChanging = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Rapport
