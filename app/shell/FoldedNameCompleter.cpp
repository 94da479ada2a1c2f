// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FoldedNameCompleter.h"

#include "SearchRanking.h"

#include <QIdentityProxyModel>

namespace Rapport {

namespace {

constexpr int kFoldedRole = Qt::UserRole + 611;

// The names, each with its folded form under kFoldedRole for the completer to match against.
class FoldedNamesModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == kFoldedRole)
            return SearchRanking::fold(QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
        return QIdentityProxyModel::data(index, role);
    }
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
