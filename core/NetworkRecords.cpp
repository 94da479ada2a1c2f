#include "NetworkRecords.h"

#include "Clock.h"
#include "SqlStatement.h"

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

qint64 insertReferral(const QSqlDatabase& db, const Referral& r)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO referral (referrer_id, referred_id, kind, relation, date, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    return insert.exec({idOrNull(r.referrerId), r.referredId, r.kind, r.relation, dateOrNull(r.date), r.note})
        .lastInsertId();
}

qint64 insertMeeting(const QSqlDatabase& db, const Meeting& m)
{
    const QString now = isoUtc(Clock::currentDateTimeUtc());
    const QString uuid = m.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m.uuid;
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO interaction (uuid, contact_id, kind, start_at, duration_minutes, place, status, "
                       "notes, reflection, takeaway, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return insert
        .exec({uuid, m.contactId, m.kind, isoUtc(m.start), m.durationMinutes, m.place, m.status, m.notes,
            nullIfEmpty(m.reflection), m.takeaway, now, now})
        .lastInsertId();
}

qint64 insertFollowUp(const QSqlDatabase& db, const FollowUp& f)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO follow_up (contact_id, interaction_id, due, text, done_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariant doneAt = f.doneAt.isValid() ? QVariant(isoUtc(f.doneAt)) : QVariant();
    return insert
        .exec({f.contactId, idOrNull(f.meetingId), f.due.toString(Qt::ISODate), f.text, doneAt,
            isoUtc(Clock::currentDateTimeUtc())})
        .lastInsertId();
}

} // namespace Rapport::NetworkRecords
