// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <optional>

namespace Rapport {

class Database;

// Reads and writes referral and "knows" links, and the graph positions the user pinned.
// Every write is one transaction and is announced once committed. A read that fails returns
// nothing and emits readFailed (see ContactStore).
class ReferralStore : public QObject
{
    Q_OBJECT

public:
    explicit ReferralStore(Database& database, QObject* parent = nullptr);

    // Every link that touches a contact, oldest first.
    QList<Referral> linksOf(qint64 contactId) const;
    std::optional<Referral> link(qint64 id) const;

    // Each returns 0/false on failure with lastError() set and nothing written. add() keeps a
    // non-zero id (Undo puts a removed link back as it was).
    qint64 add(const Referral& link);
    bool update(const Referral& link);
    bool remove(qint64 id);

    // Node positions the user dragged into place in one layout ("layered" or "force"); they
    // survive re-layout and reopening.
    QHash<qint64, QPointF> pinnedPositions(const QString& layout) const;
    // Pins each contact at its position, or unpins it for std::nullopt.
    bool setPinnedPositions(const QString& layout, const QHash<qint64, std::optional<QPointF>>& positions);

    // For writers outside this class that changed links (a merge of two contacts): after their commit.
    void notifyLinksChanged() { emit linksChanged(); }

    QString lastError() const { return m_lastError; }
    // Why the last read failed (it returned nothing), or empty when it worked. Views that show the
    // result say so in place of an empty list; readFailed tells the window.
    QString readError() const { return m_readError; }

signals:
    void linksChanged();
    void positionsChanged();
    void writeFailed(const QString& message);
    // A read failed: what it returned is not what the network holds; message says why.
    void readFailed(const QString& message) const;

private:
    template <typename Write>
    bool write(Write&& body);
    template <typename Read>
    auto read(Read&& body) const;

    Database& m_database;
    QString m_lastError;
    mutable QString m_readError;
};

} // namespace Rapport
