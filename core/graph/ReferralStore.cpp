// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferralStore.h"

#include "Database.h"
#include "DatabaseError.h"
#include "ReferralGraph.h"
#include "ReportedRead.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "TransactionalWrite.h"

namespace Rapport {

namespace {

const QString kSelectLink
    = QStringLiteral("SELECT id, ifnull(referrer_id, 0), referred_id, kind, relation, date, note, may_use_name, "
                     "ifnull(import_batch_id, 0), uuid FROM referral ");

Referral readLink(const SqlStatement& row)
{
    Referral link;
    link.id = row.value(0).toLongLong();
    link.referrerId = row.value(1).toLongLong();
    link.referredId = row.value(2).toLongLong();
    link.kind = MeetingTypes::linkKind(row.value(3).toString()).value_or(LinkKind::Referral);
    link.relation = row.value(4).toString();
    link.date = QDate::fromString(row.value(5).toString(), Qt::ISODate);
    link.note = row.value(6).toString();
    if (!row.value(7).isNull())
        link.mayUseName = row.value(7).toInt() != 0;
    link.importBatchId = row.value(8).toLongLong();
    link.uuid = row.value(9).toString(); // a link removed and brought back keeps its name in backups
    return link;
}

} // namespace

ReferralStore::ReferralStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

template <typename Read>
auto ReferralStore::read(Read&& body) const
{
    m_readError.clear();
    return readOrReport(body, [this](const QString& message) {
        m_readError = message;
        emit readFailed(message);
    });
}

QList<Referral> ReferralStore::linksOf(qint64 contactId) const
{
    return read([&] {
        QList<Referral> links;
        SqlStatement rows(m_database.connection(),
            kSelectLink + QStringLiteral("WHERE referrer_id = ? OR referred_id = ? ORDER BY id"));
        rows.exec({contactId, contactId});
        while (rows.next())
            links.append(readLink(rows));
        return links;
    });
}

std::optional<Referral> ReferralStore::link(qint64 id) const
{
    return read([&]() -> std::optional<Referral> {
        SqlStatement row(m_database.connection(), kSelectLink + QStringLiteral("WHERE id = ?"));
        if (row.exec({id}).next())
            return readLink(row);
        return std::nullopt;
    });
}

template <typename Write>
bool ReferralStore::write(Write&& body)
{
    if (writeInTransaction(m_database, &m_lastError, body))
        return true;
    emit writeFailed(m_lastError);
    return false;
}

qint64 ReferralStore::add(const Referral& link)
{
    qint64 id = 0;
    const bool written = write([&](const QSqlDatabase& db) {
        id = NetworkRecords::insertReferral(db, link);
        if (!id)
            throw DatabaseError(
                link.isReferral() ? tr("this referral is already recorded") : tr("these two already know each other"));
    });
    if (written)
        emit linksChanged();
    return written ? id : 0;
}

bool ReferralStore::update(const Referral& link)
{
    const bool written = write([&](const QSqlDatabase& db) {
        if (const QString problem = NetworkRecords::referralProblem(db, link); !problem.isEmpty())
            throw DatabaseError(problem);
        if (NetworkRecords::sameLinkExists(db, link))
            throw DatabaseError(
                link.isReferral() ? tr("this referral is already recorded") : tr("these two already know each other"));
        SqlStatement::run(db,
            QStringLiteral("UPDATE referral SET referrer_id = ?, referred_id = ?, kind = ?, relation = ?, date = ?, "
                           "note = ?, may_use_name = ? WHERE id = ?"),
            {link.referrerId ? QVariant(link.referrerId) : QVariant(), link.referredId, MeetingTypes::key(link.kind),
                link.relation, dateOrNull(link.date), link.note,
                link.mayUseName ? QVariant(int(*link.mayUseName)) : QVariant(), link.id});
    });
    if (written)
        emit linksChanged();
    return written;
}

bool ReferralStore::remove(qint64 id)
{
    const bool written = write([&](const QSqlDatabase& db) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM referral WHERE id = ?"), {id});
    });
    if (written)
        emit linksChanged();
    return written;
}

QHash<qint64, QPointF> ReferralStore::pinnedPositions(const QString& layout) const
{
    return read([&] { return ReferralGraph::loadPinnedPositions(m_database.connection(), layout); });
}

bool ReferralStore::setPinnedPositions(const QString& layout, const QHash<qint64, std::optional<QPointF>>& positions)
{
    const bool written = write([&](const QSqlDatabase& db) {
        SqlStatement pin(db,
            QStringLiteral("INSERT INTO node_position (contact_id, layout, x, y) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (contact_id, layout) DO UPDATE SET x = excluded.x, y = excluded.y"));
        SqlStatement unpin(db, QStringLiteral("DELETE FROM node_position WHERE contact_id = ? AND layout = ?"));
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (it.value())
                pin.exec({it.key(), layout, it.value()->x(), it.value()->y()});
            else
                unpin.exec({it.key(), layout});
        }
    });
    if (written)
        emit positionsChanged();
    return written;
}

} // namespace Rapport
