#pragma once

#include "Stage.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Rapport {

class ContactStore;

// Sorting and filtering for the contact list: the search box (through the FTS index),
// a stage and a tag. Search results are refreshed when contacts change.
class ContactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContactFilterModel(ContactStore* store, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setStageFilter(std::optional<Stage> stage);
    void setTagFilter(const QString& tag); // empty for all
    // Only these contacts (e.g. those an import just added); nullopt for all.
    void setIdFilter(std::optional<QSet<qint64>> ids);
    bool hasIdFilter() const { return m_ids.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refreshMatches();

    ContactStore* m_store;
    QString m_searchText;
    bool m_searching = false;
    QSet<qint64> m_matches;
    std::optional<Stage> m_stage;
    QString m_tag;
    std::optional<QSet<qint64>> m_ids;
};

} // namespace Rapport
