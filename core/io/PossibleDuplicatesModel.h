// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Rapport {

// The possible duplicates an import flagged, one row per pair still to review: the import wizard's
// report lists them all, the Possible Duplicates window those whose two contacts both still exist
// and that the user did not keep apart. Rows come and go one by one as that changes.
class PossibleDuplicatesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PairIndexRole = Qt::UserRole }; // the pair's index in the import's pairs

    explicit PossibleDuplicatesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Lists every pair.
    void setPairs(const QList<PossibleDuplicatePair>& pairs);
    const QList<PossibleDuplicatePair>& pairs() const { return m_pairs; }
    // Lists the pairs whose two contacts are among these, and that were not kept apart; the
    // rows that leave are removed and those that come back inserted, the others stay as they are.
    void showExisting(const QSet<qint64>& existing);
    // Takes the pair at this row off the list for good (Keep Both).
    void keepApart(int row);
    // The pair's index at this row, or -1.
    int pairAt(int row) const;
    // The row a pair is listed at, or -1.
    int rowOfPair(int pairIndex) const;
    QList<int> listedPairs() const { return m_listed; }

    // A pair as the lists show it: "New: Sam (line 7) — already here: Sam · other e-mails or phones".
    static QString describe(const PossibleDuplicatePair& pair);

private:
    void showOnly(const QList<int>& listed);

    QList<PossibleDuplicatePair> m_pairs;
    QList<int> m_listed; // indexes into m_pairs, ascending
    QSet<int> m_keptApart;
};

} // namespace Rapport
