// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: every read and write of a contact, each one transaction with its own
// fine-grained signal, so that the list and the graph update one row.
#include "ContactStore.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "ContactLoader.h"
#include "Database.h"
#include "DatabaseError.h"
#include "LastContact.h"
#include "ReportedRead.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "Transaction.h"

#include <QCollator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <memory>
#include <utility>

namespace Rapport {

namespace {

// Tags travel through SQL group_concat joined by the ASCII unit separator, which no tag holds.
const QChar kTagSeparator(0x1f);

QString isoNow()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate localDateOf(const QString& isoDateTime)
{
    if (isoDateTime.isEmpty())
        return {};
    return QDateTime::fromString(isoDateTime, Qt::ISODateWithMs).toLocalTime().date();
}

// Which rows of which table belong to a contact, parents first, for snapshots.
struct OwnedRows {
    const char* table;
    const char* where;
    int idCount; // how many times the contact id is bound in where
};

constexpr OwnedRows kOwnedRows[] = {
    {"contact", "id = ?", 1},
    {"contact_email", "contact_id = ?", 1},
    {"contact_phone", "contact_id = ?", 1},
    {"contact_tag", "contact_id = ?", 1},
    {"node_position", "contact_id = ?", 1},
    {"referral", "referrer_id = ? OR referred_id = ?", 2},
    {"interaction", "contact_id = ?", 1},
    {"interaction_question", "interaction_id IN (SELECT id FROM interaction WHERE contact_id = ?)", 1},
    {"follow_up", "contact_id = ?", 1},
};

const QString kSummarySelect
    = QStringLiteral("SELECT c.id, c.first_name, c.last_name, ifnull(o.name, ''), c.title, c.stage, %1, "
                     "(SELECT min(due) FROM follow_up f WHERE f.contact_id = c.id AND f.done_at IS NULL), "
                     "(SELECT group_concat(tag, char(31)) FROM "
                     "  (SELECT tag FROM contact_tag t WHERE t.contact_id = c.id ORDER BY t.position)), "
                     "c.organization_id "
                     "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ")
          .arg(LastContact::sql(QStringLiteral("c.id")));

} // namespace

ContactStore::ContactStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

QSqlDatabase ContactStore::connection() const
{
    return m_database.connection();
}

QList<ContactSummary> ContactStore::querySummaries(
    const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<ContactSummary> result;
    const auto fill = [&result](ContactSummary& s, const QString& first, const QString& last, const QString& stage,
                          const QString& lastContact, const QString& nextFollowUp, const QString& tags) {
        s.name = contactDisplayName(first, last, s.organization);
        stageFromKey(stage, &s.stage);
        if (!lastContact.isEmpty())
            s.lastContact = localDateOf(lastContact);
        if (!nextFollowUp.isEmpty())
            s.nextFollowUp = QDate::fromString(nextFollowUp, Qt::ISODate);
        if (!tags.isEmpty())
            s.tags = tags.split(kTagSeparator);
        result.append(std::move(s));
    };
    // Opening a network reads every contact's summary: through the raw handle when there is
    // one, as QSqlQuery's QVariant per value costs three times the query itself at 100k rows.
    sqlite3* handle = values.size() <= 1 ? sqliteHandle(db) : nullptr;
    if (handle) {
        SqliteStatement query(handle, (kSummarySelect + where).toUtf8().constData());
        if (!values.isEmpty())
            query.bind(1, values.first().toLongLong());
        QHash<qint64, QString> organizations; // one shared string per organisation
        for (bool row = query.run(); row; row = query.next()) {
            ContactSummary s;
            s.id = query.columnInt64(0);
            const qint64 organizationId = query.columnInt64(9);
            auto organization = organizations.find(organizationId);
            if (organization == organizations.end())
                organization = organizations.insert(organizationId, query.columnText(3));
            s.organization = *organization;
            s.title = query.columnText(4);
            fill(s, query.columnText(1), query.columnText(2), query.columnText(5), query.columnText(6),
                query.columnText(7), query.columnText(8));
        }
        return result;
    }
    SqlStatement query(db, kSummarySelect + where);
    query.exec(values);
    while (query.next()) {
        ContactSummary s;
        s.id = query.value(0).toLongLong();
        s.organization = query.value(3).toString();
        s.title = query.value(4).toString();
        fill(s, query.value(1).toString(), query.value(2).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toString(), query.value(8).toString());
    }
    return result;
}

template <typename Read>
auto ContactStore::read(Read&& body) const
{
    m_readError.clear();
    return readOrReport(body, [this](const QString& message) {
        m_readError = message;
        emit readFailed(message);
    });
}

QList<ContactSummary> ContactStore::summaries() const
{
    return read([this] { return readSummaries(connection()); });
}

QList<ContactSummary> ContactStore::readSummaries(const QSqlDatabase& db)
{
    return querySummaries(db, QStringLiteral("ORDER BY c.id"), {});
}

QList<ContactSummary> ContactStore::directory() const
{
    const QList<ContactSummary> people = read([this] {
        QList<ContactSummary> rows;
        SqlStatement query(connection(),
            QStringLiteral("SELECT c.id, c.first_name, c.last_name, ifnull(o.name, ''), c.title FROM contact c "
                           "LEFT JOIN organization o ON o.id = c.organization_id"));
        query.exec();
        while (query.next()) {
            ContactSummary person;
            person.id = query.value(0).toLongLong();
            person.organization = query.value(3).toString();
            person.name = contactDisplayName(query.value(1).toString(), query.value(2).toString(), person.organization);
            person.title = query.value(4).toString();
            rows.append(person);
        }
        return rows;
    });
    // Sort keys once per name: comparing with the collator directly redoes that work n log n times.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i)
        keys.append({collator.sortKey(people.at(i).name), i});
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    QList<ContactSummary> sorted;
    sorted.reserve(people.size());
    for (const auto& key : std::as_const(keys))
        sorted.append(people.at(key.second));
    return sorted;
}

std::optional<ContactSummary> ContactStore::summary(qint64 id) const
{
    return read([&]() -> std::optional<ContactSummary> {
        const auto rows = querySummaries(connection(), QStringLiteral("WHERE c.id = ?"), {id});
        if (rows.isEmpty())
            return std::nullopt;
        return rows.first();
    });
}

int ContactStore::count() const
{
    return read(
        [this] { return SqlStatement::scalar(connection(), QStringLiteral("SELECT count(*) FROM contact")).toInt(); });
}

std::optional<Contact> ContactStore::contact(qint64 id) const
{
    return read([&]() -> std::optional<Contact> {
        const QList<Contact> found = ContactLoader::load(connection(), QStringLiteral("WHERE c.id = ?"), {id});
        if (found.isEmpty())
            return std::nullopt;
        return found.first();
    });
}

QStringList ContactStore::allTags() const
{
    return read([this] {
        QStringList tags;
        SqlStatement query(connection(),
            QStringLiteral("SELECT tag FROM contact_tag GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE"));
        query.exec();
        while (query.next())
            tags.append(query.value(0).toString());
        return tags;
    });
}

QSet<qint64> ContactStore::existing(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    return read([&] {
        QStringList list;
        list.reserve(ids.size());
        for (const qint64 id : ids)
            list.append(QString::number(id));
        // The ids travel as one bound JSON array: no SQL is built from values.
        SqlStatement query(
            connection(), QStringLiteral("SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))"));
        query.exec({QStringLiteral("[%1]").arg(list.join(QLatin1Char(',')))});
        QSet<qint64> found;
        while (query.next())
            found.insert(query.value(0).toLongLong());
        return found;
    });
}

QSet<qint64> ContactStore::contactsOfImport(qint64 batchId) const
{
    return read([&] { return readContactsOfImport(connection(), batchId); });
}

QSet<qint64> ContactStore::readContactsOfImport(const QSqlDatabase& db, qint64 batchId)
{
    QSet<qint64> ids;
    SqlStatement query(db,
        QStringLiteral("SELECT id FROM contact WHERE import_batch_id = ? "
                       "UNION SELECT contact_id FROM import_batch_change WHERE batch_id = ?"));
    query.exec({batchId, batchId});
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QString ContactStore::ftsQuery(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression wordCharacter(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList terms;
    for (const QString& word : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (!word.contains(wordCharacter))
            continue; // FTS5 rejects a term with no token in it
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QSet<qint64> ContactStore::search(const QString& text) const
{
    const QList<qint64> ids = searchIds(text);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QList<qint64> ContactStore::searchIds(const QString& text) const
{
    // ftsQuery() quotes every word, so FTS5 can parse whatever was typed: a failure here is the
    // network's (the search index is missing or damaged), not the user's.
    return matchingIds(ftsQuery(text));
}

QList<qint64> ContactStore::searchIdsOutsideNotes(const QString& text) const
{
    const QString terms = ftsQuery(text);
    if (terms.isEmpty())
        return {};
    return matchingIds(QStringLiteral("{name organization title emails tags} : (") + terms + QLatin1Char(')'));
}

QList<qint64> ContactStore::matchingIds(const QString& match) const
{
    static const char* const sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?";
    return read([&] {
        QList<qint64> ids;
        if (match.isEmpty())
            return ids;
        // Search as you type: a short prefix can match every contact, and QSqlQuery's per-row
        // QVariant work would then cost more than the search itself.
        if (sqlite3* handle = sqliteHandle(connection())) {
            SqliteStatement query(handle, sql);
            query.bind(1, match);
            for (bool row = query.run(); row; row = query.next())
                ids.append(query.columnInt64(0));
            return ids;
        }
        SqlStatement query(connection(), QString::fromLatin1(sql));
        query.exec({match});
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    });
}

qint64 ContactStore::organizationId(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    SqlStatement existing(connection(), QStringLiteral("SELECT id, name FROM organization WHERE name = ?"));
    if (existing.exec({trimmed}).next()) {
        const qint64 id = existing.value(0).toLongLong();
        // Names match case-insensitively; a different spelling of the case is the user fixing it.
        if (existing.value(1).toString() != trimmed) {
            SqlStatement::run(
                connection(), QStringLiteral("UPDATE organization SET name = ? WHERE id = ?"), {trimmed, id});
            SqlStatement colleagues(connection(), QStringLiteral("SELECT id FROM contact WHERE organization_id = ?"));
            colleagues.exec({id});
            while (colleagues.next())
                m_recased.append(colleagues.value(0).toLongLong());
        }
        return id;
    }
    SqlStatement insert(connection(), QStringLiteral("INSERT INTO organization (name) VALUES (?)"));
    return insert.exec({trimmed}).lastInsertId();
}

namespace {

// A contact's list as stored, one "label<US>value" (or tag) per item, in order.
QStringList storedList(const QSqlDatabase& db, const QString& sql, qint64 contactId)
{
    QStringList items;
    SqlStatement query(db, sql);
    query.exec({contactId});
    while (query.next())
        items.append(query.value(0).toString());
    return items;
}

QStringList listItems(const QList<LabeledValue>& values)
{
    QStringList items;
    for (const auto& v : values) {
        if (!v.value.trimmed().isEmpty())
            items.append(v.label.trimmed() + QChar(0x1F) + v.value.trimmed());
    }
    return items;
}

} // namespace

void ContactStore::writeChildren(const Contact& c, bool created) const
{
    // Only a list that differs is rewritten, and only then is it recorded as changed, so that
    // saving a contact's title does not make its e-mails look newer than another copy's.
    const auto db = connection();
    const QStringList emails = listItems(c.emails);
    const QStringList phones = listItems(c.phones);
    const QStringList tags = normalizedTags(c.tags);
    const auto changed = [&](const char* field, const QString& sql, const QStringList& items) {
        if (created)
            return true;
        if (storedList(db, sql, c.id) == items)
            return false;
        ChangeLog::touch(
            db, QStringLiteral("contact"), c.uuid.isEmpty() ? uuidOf(c.id) : c.uuid, QString::fromLatin1(field));
        return true;
    };
    if (changed("emails",
            QStringLiteral("SELECT label || char(31) || address FROM contact_email WHERE contact_id = ? "
                           "ORDER BY position, id"),
            emails)) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM contact_email WHERE contact_id = ?"), {c.id});
        SqlStatement email(
            db, QStringLiteral("INSERT INTO contact_email (contact_id, position, label, address) VALUES (?, ?, ?, ?)"));
        for (qsizetype i = 0; i < emails.size(); ++i)
            email.exec({c.id, int(i), emails.at(i).section(QChar(0x1F), 0, 0), emails.at(i).section(QChar(0x1F), 1)});
    }
    if (changed("phones",
            QStringLiteral("SELECT label || char(31) || number FROM contact_phone WHERE contact_id = ? "
                           "ORDER BY position, id"),
            phones)) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM contact_phone WHERE contact_id = ?"), {c.id});
        SqlStatement phone(
            db, QStringLiteral("INSERT INTO contact_phone (contact_id, position, label, number) VALUES (?, ?, ?, ?)"));
        for (qsizetype i = 0; i < phones.size(); ++i)
            phone.exec({c.id, int(i), phones.at(i).section(QChar(0x1F), 0, 0), phones.at(i).section(QChar(0x1F), 1)});
    }
    if (changed(
            "tags", QStringLiteral("SELECT tag FROM contact_tag WHERE contact_id = ? ORDER BY position, tag"), tags)) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM contact_tag WHERE contact_id = ?"), {c.id});
        SqlStatement tag(db, QStringLiteral("INSERT INTO contact_tag (contact_id, tag, position) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < tags.size(); ++i)
            tag.exec({c.id, tags.at(i), int(i)});
    }
}

QString ContactStore::uuidOf(qint64 id) const
{
    return SqlStatement::scalar(connection(), QStringLiteral("SELECT uuid FROM contact WHERE id = ?"), {id}).toString();
}

qint64 ContactStore::insertInTransaction(const Contact& input) const
{
    Contact c = input;
    if (c.uuid.isEmpty())
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoNow();
    const qint64 orgId = organizationId(c.organization);
    SqlStatement insert(connection(),
        QStringLiteral("INSERT INTO contact (uuid, first_name, last_name, organization_id, title, linkedin_url, "
                       "location, stage, strength, check_in_days, connected_on, notes, source, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.exec({c.uuid, c.firstName.trimmed(), c.lastName.trimmed(), orgId ? QVariant(orgId) : QVariant(),
        c.title.trimmed(), c.linkedinUrl.trimmed(), c.location.trimmed(), stageKey(c.stage), c.strength,
        qMax(1, c.checkInDays), dateOrNull(c.connectedOn), c.notes, c.source, now, now});
    c.id = insert.lastInsertId();
    writeChildren(c, true);
    return c.id;
}

qint64 ContactStore::addContact(const Contact& contact)
{
    try {
        Transaction transaction(connection());
        m_recased.clear();
        const qint64 id = insertInTransaction(contact);
        transaction.commit();
        m_lastError.clear();
        emit contactAdded(id);
        announceRecased(id);
        return id;
    } catch (const DatabaseError& e) {
        m_lastError = e.message();
        emit writeFailed(m_lastError);
        return 0;
    }
}

void ContactStore::updateInTransaction(const Contact& c) const
{
    const qint64 orgId = organizationId(c.organization);
    SqlStatement update(connection(),
        QStringLiteral("UPDATE contact SET first_name = ?, last_name = ?, organization_id = ?, title = ?, "
                       "linkedin_url = ?, location = ?, stage = ?, strength = ?, check_in_days = ?, connected_on = ?, "
                       "notes = ?, source = ?, updated_at = ? WHERE id = ?"));
    update.exec({c.firstName.trimmed(), c.lastName.trimmed(), orgId ? QVariant(orgId) : QVariant(), c.title.trimmed(),
        c.linkedinUrl.trimmed(), c.location.trimmed(), stageKey(c.stage), c.strength, qMax(1, c.checkInDays),
        dateOrNull(c.connectedOn), c.notes, c.source, isoNow(), c.id});
    if (update.numRowsAffected() != 1)
        throw DatabaseError(tr("The contact no longer exists."));
    writeChildren(c, false);
}

bool ContactStore::updateContact(const Contact& c)
{
    try {
        Transaction transaction(connection());
        m_recased.clear();
        updateInTransaction(c);
        transaction.commit();
        m_lastError.clear();
        emit contactChanged(c.id);
        announceRecased(c.id);
        return true;
    } catch (const DatabaseError& e) {
        m_lastError = e.message();
        emit writeFailed(m_lastError);
        return false;
    }
}

void ContactStore::announceRecased(qint64 alreadyAnnounced)
{
    const QList<qint64> ids = std::exchange(m_recased, {});
    for (qint64 id : ids) {
        if (id != alreadyAnnounced)
            emit contactChanged(id);
    }
}

ContactSnapshot ContactStore::takeSnapshot(qint64 id, std::vector<SqlStatement>* prepared) const
{
    // One prepared statement per table, reused across a batch: preparing them again for each of
    // thousands of contacts cost more than reading the rows.
    if (prepared->empty()) {
        prepared->reserve(std::size(kOwnedRows)); // never moved once prepared
        for (const auto& owned : kOwnedRows) {
            prepared->emplace_back(connection(),
                QStringLiteral("SELECT * FROM %1 WHERE %2")
                    .arg(QString::fromLatin1(owned.table), QString::fromLatin1(owned.where)));
        }
    }
    ContactSnapshot snapshot;
    snapshot.contactId = id;
    for (size_t table = 0; table < std::size(kOwnedRows); ++table) {
        const OwnedRows& owned = kOwnedRows[table];
        SqlStatement& query = (*prepared)[table];
        TableRows rows;
        rows.table = QString::fromLatin1(owned.table);
        query.exec(owned.idCount == 2 ? QVariantList {id, id} : QVariantList {id});
        const QSqlRecord record = query.query().record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        while (query.next()) {
            QVariantList values;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                values.append(value.isNull() ? QVariant() : value); // SQL NULL stays NULL on restore
            }
            rows.rows.append(values);
        }
        snapshot.tables.append(rows);
    }
    return snapshot;
}

bool ContactStore::removeContact(qint64 id, ContactSnapshot* snapshot)
{
    QList<ContactSnapshot> taken;
    if (!removeContacts({id}, snapshot ? &taken : nullptr))
        return false;
    if (snapshot)
        *snapshot = taken.first(); // only a delete that happened replaces the caller's snapshot
    return true;
}

bool ContactStore::restoreContact(const ContactSnapshot& snapshot)
{
    return restoreContacts({snapshot});
}

bool ContactStore::removeContacts(const QList<qint64>& ids, QList<ContactSnapshot>* snapshots)
{
    try {
        Transaction transaction(connection());
        QList<ContactSnapshot> taken;
        std::vector<SqlStatement> snapshotQueries;
        SqlStatement remove(connection(), QStringLiteral("DELETE FROM contact WHERE id = ?"));
        for (const qint64 id : ids) {
            if (snapshots)
                taken.append(takeSnapshot(id, &snapshotQueries)); // before the delete cascades to its rows
            if (remove.exec({id}).numRowsAffected() != 1)
                throw DatabaseError(tr("The contact no longer exists."));
        }
        transaction.commit();
        if (snapshots)
            *snapshots = std::move(taken);
        m_lastError.clear();
        announce(ids, &ContactStore::contactRemoved);
        return true;
    } catch (const DatabaseError& e) {
        m_lastError = e.message();
        emit writeFailed(m_lastError);
        return false;
    }
}

bool ContactStore::restoreContacts(const QList<ContactSnapshot>& snapshots)
{
    try {
        Transaction transaction(connection());
        QList<qint64> ids;
        QHash<QString, std::shared_ptr<SqlStatement>> inserts; // prepared once per table for the batch
        for (auto snapshot = snapshots.crbegin(); snapshot != snapshots.crend(); ++snapshot) {
            for (const TableRows& rows : snapshot->tables) {
                if (rows.rows.isEmpty())
                    continue;
                QStringList placeholders;
                for (int i = 0; i < rows.columns.size(); ++i)
                    placeholders.append(QStringLiteral("?"));
                // Table and column names come from our own schema, never from user input.
                const QString sql
                    = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(rows.table, rows.columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')));
                std::shared_ptr<SqlStatement>& insert = inserts[sql];
                if (!insert)
                    insert = std::make_shared<SqlStatement>(connection(), sql);
                for (const QVariantList& values : rows.rows)
                    insert->exec(values);
            }
            ids.prepend(snapshot->contactId);
        }
        transaction.commit();
        m_lastError.clear();
        announce(ids, &ContactStore::contactAdded);
        return true;
    } catch (const DatabaseError& e) {
        m_lastError = e.message();
        emit writeFailed(m_lastError);
        return false;
    }
}

bool ContactStore::mergeContacts(const MergeChoices& choices, MergeUndo* undo)
{
    if (!ContactMerge::merge(m_database, choices, undo, &m_lastError)) {
        emit writeFailed(m_lastError);
        return false;
    }
    emit contactRemoved(choices.otherId);
    emit contactChanged(choices.keptId);
    return true;
}

bool ContactStore::unmergeContacts(const MergeUndo& undo)
{
    if (!ContactMerge::undo(m_database, undo, &m_lastError)) {
        emit writeFailed(m_lastError);
        return false;
    }
    emit contactAdded(undo.otherId);
    emit contactChanged(undo.keptId);
    return true;
}

void ContactStore::announce(const QList<qint64>& ids, void (ContactStore::*each)(qint64))
{
    constexpr qsizetype kOneByOneUpTo = 32;
    if (ids.size() > kOneByOneUpTo) {
        emit contactsReset();
        return;
    }
    for (const qint64 id : ids)
        emit(this->*each)(id);
}

} // namespace Rapport
