// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FoldedNameCompleter.h"

#include "SearchRanking.h"

#include <QIdentityProxyModel>

namespace Rapport {

namespace {

constexpr int kFoldedRole = Qt::UserRole + 611;

// The names, each with its folded form under kFoldedRole for the completer to match against. The
// completer reads every row at each keystroke: the folded forms are made once, and again only
// when the names change.
class FoldedNamesModel : public QIdentityProxyModel
{
public:
    explicit FoldedNamesModel(QObject* parent)
        : QIdentityProxyModel(parent)
    {
        const auto forget = [this] { m_folded.clear(); };
        connect(this, &QAbstractItemModel::modelReset, this, forget);
        connect(this, &QAbstractItemModel::rowsInserted, this, forget);
        connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(this, &QAbstractItemModel::rowsMoved, this, forget);
        connect(this, &QAbstractItemModel::layoutChanged, this, forget);
        connect(this, &QAbstractItemModel::dataChanged, this, forget);
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != kFoldedRole || index.parent().isValid())
            return QIdentityProxyModel::data(index, role);
        if (m_folded.size() != rowCount()) {
            m_folded.clear();
            m_folded.reserve(rowCount());
            for (int row = 0; row < rowCount(); ++row)
                m_folded.append(SearchRanking::fold(
                    QIdentityProxyModel::data(this->index(row, index.column()), Qt::DisplayRole).toString()));
        }
        return m_folded.value(index.row());
    }

private:
    mutable QStringList m_folded; // per row, of the completion column
};

} // namespace

FoldedNameCompleter::FoldedNameCompleter(QAbstractItemModel* names, QObject* parent)
    : QCompleter(parent)
{
    auto* folded = new FoldedNamesModel(this);
    folded->setSourceModel(names);
    setModel(folded);
    setCompletionRole(kFoldedRole);
    setCaseSensitivity(Qt::CaseSensitive); // both sides are folded already
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList FoldedNameCompleter::splitPath(const QString& path) const
{
    return {SearchRanking::fold(path)};
}

QString FoldedNameCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace Rapport
