#pragma once

#include "NetworkRecords.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <optional>

namespace Rapport {

class Database;

// Reads and writes referral and "knows" links, and the graph positions the user pinned.
// Every write is one transaction and is announced once committed.
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

    QString lastError() const { return m_lastError; }

signals:
    void linksChanged();
    void positionsChanged();
    void writeFailed(const QString& message);

private:
    template <typename Write>
    bool write(Write&& body);

    Database& m_database;
    QString m_lastError;
};

} // namespace Rapport
