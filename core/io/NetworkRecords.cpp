// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkRecords.h"

#include "Clock.h"
#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QUuid>

namespace Rapport::NetworkRecords {

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QString referralProblem(const QSqlDatabase& db, const Referral& r)
{
    if (r.referrerId == r.referredId)
        return QCoreApplication::translate("Rapport::NetworkRecords", "a contact cannot refer themselves");
    if (!r.isReferral() && r.referrerId == 0)
        return QCoreApplication::translate("Rapport::NetworkRecords", "a \"knows\" link joins two contacts");
    for (const qint64 id : {r.referrerId, r.referredId}) {
        if (id
            && SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contact WHERE id = ?"), {id}).toInt() == 0)
            return QCoreApplication::translate("Rapport::NetworkRecords", "the contact no longer exists");
    }
    return {};
}

bool sameLinkExists(const QSqlDatabase& db, const Referral& r)
{
    // A "knows" link is undirected: B knows A is the link A knows B. The link itself (when
    // it is being edited) does not count.
    const QString sameLink = r.isReferral()
        ? QStringLiteral("SELECT count(*) FROM referral WHERE ifnull(referrer_id, 0) = ? AND referred_id = ? "
                         "AND kind = 'referral' AND id <> ?")
        : QStringLiteral("SELECT count(*) FROM referral WHERE kind = 'knows' AND ((referrer_id = ? AND "
                         "referred_id = ?) OR (referred_id = ? AND referrer_id = ?)) AND id <> ?");
    const QVariantList values = r.isReferral()
        ? QVariantList {r.referrerId, r.referredId, r.id}
        : QVariantList {r.referrerId, r.referredId, r.referrerId, r.referredId, r.id};
    return SqlStatement::scalar(db, sameLink, values).toInt() > 0;
}

qint64 insertReferral(const QSqlDatabase& db, const Referral& r)
{
    if (const QString problem = referralProblem(db, r); !problem.isEmpty())
        throw DatabaseError(problem);
    if (sameLinkExists(db, r))
        return 0;
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO referral (id, uuid, referrer_id, referred_id, kind, relation, date, note, "
                       "may_use_name, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant mayUseName = r.mayUseName ? QVariant(int(*r.mayUseName)) : QVariant();
    return insert
        .exec({idOrNull(r.id), nullIfEmpty(r.uuid), idOrNull(r.referrerId), r.referredId, MeetingTypes::key(r.kind),
            r.relation, dateOrNull(r.date), r.note, mayUseName, idOrNull(r.importBatchId)})
        .lastInsertId();
}

qint64 insertMeeting(const QSqlDatabase& db, const Meeting& m)
{
    const QString now = isoUtc(Clock::currentDateTimeUtc());
    const QString uuid = m.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m.uuid;
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO interaction (id, uuid, contact_id, kind, start_at, duration_minutes, place, "
                       "status, notes, reflection, takeaway, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return insert
        .exec({idOrNull(m.id), uuid, m.contactId, MeetingTypes::key(m.kind), isoUtc(m.start), m.durationMinutes,
            m.place, MeetingTypes::key(m.status), m.notes, nullIfEmpty(MeetingTypes::key(m.reflection)), m.takeaway,
            now, now})
        .lastInsertId();
}

qint64 insertFollowUp(const QSqlDatabase& db, const FollowUp& f)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO follow_up (id, uuid, contact_id, interaction_id, due, text, done_at, created_at, "
                       "kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant doneAt = f.doneAt.isValid() ? QVariant(isoUtc(f.doneAt)) : QVariant();
    return insert
        .exec({idOrNull(f.id), nullIfEmpty(f.uuid), f.contactId, idOrNull(f.meetingId), f.due.toString(Qt::ISODate),
            f.text, doneAt, isoUtc(Clock::currentDateTimeUtc()), MeetingTypes::key(f.kind)})
        .lastInsertId();
}

} // namespace Rapport::NetworkRecords
