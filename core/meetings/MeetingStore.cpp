// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingStore.h"

#include "Clock.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ReportedRead.h"
#include "SqlStatement.h"
#include "StageRules.h"
#include "Transaction.h"
#include "TransactionalWrite.h"

namespace Rapport {

namespace {

const QString kSelectMeeting
    = QStringLiteral("SELECT id, uuid, contact_id, kind, start_at, duration_minutes, place, status, notes, "
                     "ifnull(reflection, ''), takeaway FROM interaction ");
const QString kSelectFollowUp = QStringLiteral(
    "SELECT id, contact_id, ifnull(interaction_id, 0), due, text, done_at, kind, uuid FROM follow_up ");

Meeting readMeeting(const SqlStatement& row)
{
    Meeting m;
    m.id = row.value(0).toLongLong();
    m.uuid = row.value(1).toString();
    m.contactId = row.value(2).toLongLong();
    m.kind = MeetingTypes::meetingKind(row.value(3).toString()).value_or(MeetingKind::Other);
    m.start = QDateTime::fromString(row.value(4).toString(), Qt::ISODateWithMs).toLocalTime();
    m.durationMinutes = row.value(5).toInt();
    m.place = row.value(6).toString();
    m.status = MeetingTypes::meetingStatus(row.value(7).toString()).value_or(MeetingStatus::Planned);
    m.notes = row.value(8).toString();
    m.reflection = MeetingTypes::reflection(row.value(9).toString()).value_or(Reflection::None);
    m.takeaway = row.value(10).toString();
    return m;
}

FollowUp readFollowUp(const SqlStatement& row)
{
    FollowUp f;
    f.id = row.value(0).toLongLong();
    f.contactId = row.value(1).toLongLong();
    f.meetingId = row.value(2).toLongLong();
    f.due = QDate::fromString(row.value(3).toString(), Qt::ISODate);
    f.text = row.value(4).toString();
    if (!row.value(5).isNull())
        f.doneAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs);
    f.kind = MeetingTypes::followUpKind(row.value(6).toString()).value_or(FollowUpKind::Plain);
    f.uuid = row.value(7).toString(); // a follow-up removed and brought back keeps its name in backups
    return f;
}

QString isoNow()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

MeetingStore::MeetingStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

template <typename Write>
bool MeetingStore::write(Write&& body)
{
    if (writeInTransaction(m_database, &m_lastError, body))
        return true;
    emit writeFailed(m_lastError);
    return false;
}

template <typename Read>
auto MeetingStore::read(Read&& body) const
{
    m_readError.clear();
    return readOrReport(body, [this](const QString& message) {
        m_readError = message;
        emit readFailed(message);
    });
}

std::optional<Meeting> MeetingStore::meeting(qint64 id) const
{
    return read([&]() -> std::optional<Meeting> {
        SqlStatement row(m_database.connection(), kSelectMeeting + QStringLiteral("WHERE id = ?"));
        if (row.exec({id}).next())
            return readMeeting(row);
        return std::nullopt;
    });
}

QList<Meeting> MeetingStore::meetingsOf(qint64 contactId) const
{
    return read([&] {
        QList<Meeting> meetings;
        SqlStatement rows(
            m_database.connection(), kSelectMeeting + QStringLiteral("WHERE contact_id = ? ORDER BY start_at DESC"));
        rows.exec({contactId});
        while (rows.next())
            meetings.append(readMeeting(rows));
        return meetings;
    });
}

QList<Meeting> MeetingStore::allMeetings() const
{
    return read([this] {
        QList<Meeting> meetings;
        SqlStatement rows(m_database.connection(), kSelectMeeting + QStringLiteral("ORDER BY start_at"));
        rows.exec();
        while (rows.next())
            meetings.append(readMeeting(rows));
        return meetings;
    });
}

std::optional<FollowUp> MeetingStore::followUp(qint64 id) const
{
    return read([&]() -> std::optional<FollowUp> {
        SqlStatement row(m_database.connection(), kSelectFollowUp + QStringLiteral("WHERE id = ?"));
        if (row.exec({id}).next())
            return readFollowUp(row);
        return std::nullopt;
    });
}

QList<FollowUp> MeetingStore::followUpsOf(qint64 contactId) const
{
    return read([&] {
        QList<FollowUp> followUps;
        SqlStatement rows(m_database.connection(),
            kSelectFollowUp + QStringLiteral("WHERE contact_id = ? ORDER BY done_at IS NOT NULL, due, id"));
        rows.exec({contactId});
        while (rows.next())
            followUps.append(readFollowUp(rows));
        return followUps;
    });
}

QList<FollowUp> MeetingStore::allFollowUps() const
{
    return read([this] {
        QList<FollowUp> followUps;
        SqlStatement rows(m_database.connection(), kSelectFollowUp + QStringLiteral("ORDER BY due, id"));
        rows.exec();
        while (rows.next())
            followUps.append(readFollowUp(rows));
        return followUps;
    });
}

StageChange MeetingStore::moveStage(qint64 contactId, MeetingKind kind, std::optional<MeetingStatus> statusBefore,
    std::optional<MeetingStatus> statusAfter) const
{
    const QSqlDatabase db = m_database.connection();
    StageChange change;
    change.contactId = contactId;
    const QVariant key
        = SqlStatement::scalar(db, QStringLiteral("SELECT stage FROM contact WHERE id = ?"), {contactId});
    if (!key.isValid() || !stageFromKey(key.toString(), &change.before))
        throw DatabaseError(tr("the contact no longer exists"));
    // The meeting itself is already written: "other" meetings are counted without it by status.
    const auto count = [&](MeetingStatus status) {
        return SqlStatement::scalar(db,
            QStringLiteral("SELECT count(*) FROM interaction WHERE contact_id = ? AND status = ? "
                           "AND kind NOT IN ('email', 'thank_you', 'other')"),
            {contactId, MeetingTypes::key(status)})
            .toInt();
    };
    // The meeting itself is counted under its new status when it is a conversation.
    const int self = StageRules::isConversation(kind) ? 1 : 0;
    const int planned = count(MeetingStatus::Planned) - (statusAfter == MeetingStatus::Planned ? self : 0);
    const int done = count(MeetingStatus::Held) - (statusAfter == MeetingStatus::Held ? self : 0);
    change.after = StageRules::afterMeeting(
        change.before, statusBefore, statusAfter, planned > 0, done > 0, StageRules::isConversation(kind));
    if (change.changed()) {
        SqlStatement::run(db, QStringLiteral("UPDATE contact SET stage = ?, updated_at = ? WHERE id = ?"),
            {stageKey(change.after), isoNow(), contactId});
    }
    return change;
}

qint64 MeetingStore::addMeeting(const Meeting& meeting, StageChange* stage)
{
    qint64 id = 0;
    StageChange change;
    const bool written = write([&](const QSqlDatabase& db) {
        id = NetworkRecords::insertMeeting(db, meeting);
        change = moveStage(meeting.contactId, meeting.kind, std::nullopt, meeting.status);
    });
    if (!written)
        return 0;
    if (stage)
        *stage = change;
    emit meetingsChanged(meeting.contactId);
    emit contactTouched(meeting.contactId);
    return id;
}

bool MeetingStore::updateMeeting(const Meeting& m, StageChange* stage)
{
    StageChange change;
    const bool written = write([&](const QSqlDatabase& db) {
        std::optional<MeetingStatus> statusBefore;
        std::optional<MeetingKind> kindBefore;
        { // read and finished before the row is written
            SqlStatement before(db, QStringLiteral("SELECT status, kind FROM interaction WHERE id = ?"));
            before.exec({m.id});
            if (!before.next())
                throw DatabaseError(tr("the meeting no longer exists"));
            statusBefore = MeetingTypes::meetingStatus(before.value(0).toString());
            kindBefore = MeetingTypes::meetingKind(before.value(1).toString());
        }
        SqlStatement::run(db,
            QStringLiteral(
                "UPDATE interaction SET kind = ?, start_at = ?, duration_minutes = ?, place = ?, status = ?, "
                "notes = ?, reflection = ?, takeaway = ?, updated_at = ? WHERE id = ?"),
            {MeetingTypes::key(m.kind), m.start.toUTC().toString(Qt::ISODateWithMs), m.durationMinutes, m.place,
                MeetingTypes::key(m.status), m.notes, nullIfEmpty(MeetingTypes::key(m.reflection)), m.takeaway,
                isoNow(), m.id});
        if (statusBefore != m.status)
            change = moveStage(m.contactId, m.kind, statusBefore, m.status);
        else if (!StageRules::isConversation(kindBefore.value_or(MeetingKind::Other))
            && StageRules::isConversation(m.kind))
            // An e-mail corrected to the interview it was: the person is met (or scheduled) as if
            // the interview had just been added. Only forward: the reverse is a correction too,
            // and a stage already reached stays.
            change = moveStage(m.contactId, m.kind, std::nullopt, m.status);
    });
    if (!written)
        return false;
    if (stage)
        *stage = change;
    emit meetingsChanged(m.contactId);
    emit contactTouched(m.contactId);
    return true;
}

bool MeetingStore::saveNotes(qint64 meetingId, const QString& markdown)
{
    qint64 contactId = 0;
    const bool written = write([&](const QSqlDatabase& db) {
        contactId
            = SqlStatement::scalar(db, QStringLiteral("SELECT contact_id FROM interaction WHERE id = ?"), {meetingId})
                  .toLongLong();
        if (!contactId)
            throw DatabaseError(tr("the meeting no longer exists"));
        SqlStatement::run(db, QStringLiteral("UPDATE interaction SET notes = ?, updated_at = ? WHERE id = ?"),
            {markdown, isoNow(), meetingId});
    });
    if (written)
        emit notesSaved(contactId); // the contact's searchable text changed with them
    return written;
}

bool MeetingStore::removeMeeting(qint64 id)
{
    std::optional<Meeting> m = meeting(id);
    if (!m) {
        // Gone already, or unreadable (then readFailed has told the user why).
        m_lastError = tr("the meeting no longer exists");
        return false;
    }
    const bool written = write([&](const QSqlDatabase& db) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM interaction WHERE id = ?"), {id});
        moveStage(m->contactId, m->kind, m->status, std::nullopt);
    });
    if (written) {
        emit meetingsChanged(m->contactId);
        emit followUpsChanged(m->contactId);
        emit contactTouched(m->contactId);
    }
    return written;
}

QList<QVariantList> MeetingStore::checklistOf(qint64 meetingId) const
{
    return read([&] {
        QList<QVariantList> rows;
        SqlStatement query(m_database.connection(),
            QStringLiteral("SELECT question_id, asked, answer, on_sheet, position FROM interaction_question "
                           "WHERE interaction_id = ?"));
        query.exec({meetingId});
        while (query.next())
            rows.append({query.value(0), query.value(1), query.value(2), query.value(3), query.value(4)});
        return rows;
    });
}

bool MeetingStore::restoreChecklist(qint64 meetingId, const QList<QVariantList>& rows)
{
    return write([&](const QSqlDatabase& db) {
        SqlStatement insert(db,
            // An upsert, not INSERT OR REPLACE: putting a tick or an answer back is an update, and
            // is recorded as a change (schema 7) so that a backup merge sees the undone value as new.
            QStringLiteral("INSERT INTO interaction_question (interaction_id, question_id, asked, answer, on_sheet, "
                           "position) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interaction_id, question_id) DO UPDATE "
                           "SET asked = excluded.asked, answer = excluded.answer, on_sheet = excluded.on_sheet, "
                           "position = excluded.position"));
        for (const QVariantList& row : rows)
            insert.exec(QVariantList {meetingId} + row);
    });
}

bool MeetingStore::setStage(qint64 contactId, Stage stage)
{
    const bool written = write([&](const QSqlDatabase& db) {
        SqlStatement::run(db, QStringLiteral("UPDATE contact SET stage = ?, updated_at = ? WHERE id = ?"),
            {stageKey(stage), isoNow(), contactId});
    });
    if (written)
        emit contactTouched(contactId);
    return written;
}

qint64 MeetingStore::addFollowUp(const FollowUp& followUp)
{
    qint64 id = 0;
    const bool written = write([&](const QSqlDatabase& db) {
        if (followUp.text.trimmed().isEmpty())
            throw DatabaseError(tr("a follow-up needs a text"));
        if (!followUp.due.isValid())
            throw DatabaseError(tr("a follow-up needs a due date"));
        id = NetworkRecords::insertFollowUp(db, followUp);
    });
    if (!written)
        return 0;
    emit followUpsChanged(followUp.contactId);
    emit contactTouched(followUp.contactId);
    return id;
}

bool MeetingStore::updateFollowUp(const FollowUp& f)
{
    const bool written = write([&](const QSqlDatabase& db) {
        if (f.text.trimmed().isEmpty())
            throw DatabaseError(tr("a follow-up needs a text"));
        SqlStatement::run(db,
            QStringLiteral("UPDATE follow_up SET due = ?, text = ?, done_at = ?, kind = ?, interaction_id = ? "
                           "WHERE id = ?"),
            {f.due.toString(Qt::ISODate), f.text,
                f.doneAt.isValid() ? QVariant(f.doneAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
                MeetingTypes::key(f.kind), f.meetingId ? QVariant(f.meetingId) : QVariant(), f.id});
    });
    if (written) {
        emit followUpsChanged(f.contactId);
        emit contactTouched(f.contactId);
    }
    return written;
}

bool MeetingStore::setFollowUpDone(qint64 id, bool done)
{
    std::optional<FollowUp> f = followUp(id);
    if (!f) {
        // Gone already, or unreadable (then readFailed has told the user why).
        m_lastError = tr("the follow-up no longer exists");
        return false;
    }
    f->doneAt = done ? Clock::currentDateTimeUtc() : QDateTime();
    return updateFollowUp(*f);
}

bool MeetingStore::removeFollowUp(qint64 id)
{
    const std::optional<FollowUp> f = followUp(id);
    if (!f) {
        // Gone already, or unreadable (then readFailed has told the user why).
        m_lastError = tr("the follow-up no longer exists");
        return false;
    }
    const bool written = write([&](const QSqlDatabase& db) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM follow_up WHERE id = ?"), {id});
    });
    if (written) {
        emit followUpsChanged(f->contactId);
        emit contactTouched(f->contactId);
    }
    return written;
}

} // namespace Rapport
