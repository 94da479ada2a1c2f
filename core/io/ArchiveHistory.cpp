// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveHistory.h"

#include "BulkContactWriter.h"
#include "Clock.h"
#include "Contact.h"
#include "DuplicateIndex.h"
#include "FieldProvenance.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "Stage.h"
#include "Transaction.h"

#include <QHash>
#include <QUuid>

namespace Rapport {

namespace {

using ImportKeys::nameKey;
using ImportKeys::profileKey;

struct Person {
    QString name;
    QString url;
};

// What the archive says of one contact: whether I wrote to them and whether they wrote to me.
struct Exchange {
    bool wroteTo = false;
    bool heardFrom = false;
};

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// "Ana María López": messages.csv does not say where the given name ends, so every split is a
// candidate, the last word as the family name first (the usual case).
QList<std::pair<QString, QString>> nameSplits(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<std::pair<QString, QString>> splits;
    for (qsizetype at = words.size() - 1; at >= 1; --at)
        splits.append({words.mid(0, at).join(QLatin1Char(' ')), words.mid(at).join(QLatin1Char(' '))});
    if (words.size() == 1)
        splits.append({words.first(), QString()});
    return splits;
}

// The members of a message other than its sender: the recipients' URLs, each with its name where
// the TO column lists as many names as there are URLs.
QList<Person> recipientsOf(const ArchiveMessage& m)
{
    QList<Person> people;
    const QStringList names
        = m.recipientUrls.size() <= 1 ? QStringList {m.to.trimmed()} : m.to.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qsizetype count = qMax(m.recipientUrls.size(), qsizetype(m.to.trimmed().isEmpty() ? 0 : 1));
    for (qsizetype i = 0; i < count; ++i) {
        Person p;
        p.url = m.recipientUrls.value(i).trimmed();
        if (names.size() == qMax<qsizetype>(1, m.recipientUrls.size()))
            p.name = names.value(i).trimmed();
        if (!p.url.isEmpty() || !p.name.isEmpty())
            people.append(p);
    }
    return people;
}

class Writer
{
public:
    Writer(const QSqlDatabase& db, const ArchiveHistory::Input& input, ArchiveHistoryReport* report)
        : m_db(db)
        , m_input(input)
        , m_report(*report)
        , m_duplicates(db, 256)
        , m_newContacts(BulkContactWriter::create(db, input.batchId))
        , m_insert(db,
              QStringLiteral("INSERT OR IGNORE INTO message (uuid, contact_id, channel, direction, sent_at, "
                             "conversation_id, sender, subject, body, import_batch_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    { }

    bool isMe(const Person& p) const
    {
        if (!p.url.isEmpty() && !m_input.me.profileKeys.isEmpty())
            return m_input.me.profileKeys.contains(profileKey(p.url));
        return !p.name.isEmpty() && nameKey(p.name, QString()) == m_input.me.nameKey;
    }

    void writeMessages()
    {
        for (const ArchiveMessage& m : m_input.messages) {
            widenRange(m.time);
            const Person sender {m.from.trimmed(), m.senderUrl.trimmed()};
            const bool mine = isMe(sender);
            QList<Person> others;
            if (!mine)
                others.append(sender);
            for (const Person& p : recipientsOf(m)) {
                if (!isMe(p))
                    others.append(p);
            }
            const QString senderKey = sender.url.isEmpty() ? nameKey(sender.name, QString()) : profileKey(sender.url);
            bool logged = false;
            for (const Person& p : std::as_const(others)) {
                // A group message: logged with each member known. I add someone only by writing to them.
                const qint64 id = resolve(p, mine, !mine && sameAs(p, sender));
                if (!id)
                    continue;
                logged = true;
                log(id, QStringLiteral("linkedin_message"), mine, m.time, m.conversationId, senderKey, m.subject,
                    m.content);
                Exchange& exchange = m_exchanges[id];
                if (mine)
                    exchange.wroteTo = true;
                else if (sameAs(p, sender))
                    exchange.heardFrom = true; // only the one who wrote answered
            }
            if (!logged)
                ++m_report.unmatched;
        }
    }

    void writeInvitations()
    {
        for (const ArchiveInvitation& inv : m_input.invitations) {
            widenRange(inv.sentAt);
            const Person other = inv.outgoing ? Person {inv.to.trimmed(), inv.inviteeUrl.trimmed()}
                                              : Person {inv.from.trimmed(), inv.inviterUrl.trimmed()};
            // An invitation with a note is writing to someone; a bare one is a click.
            const bool outreach = inv.outgoing && !inv.message.trimmed().isEmpty();
            const qint64 id = resolve(other, outreach, !inv.outgoing);
            if (!id) {
                ++m_report.unmatched;
                continue;
            }
            const QString senderKey = inv.outgoing
                ? QStringLiteral("me")
                : (other.url.isEmpty() ? nameKey(other.name, QString()) : profileKey(other.url));
            log(id, QStringLiteral("linkedin_invitation"), inv.outgoing, inv.sentAt, QString(), senderKey, QString(),
                inv.message);
            Exchange& exchange = m_exchanges[id];
            if (outreach)
                exchange.wroteTo = true;
            else if (!inv.outgoing)
                exchange.heardFrom = true; // they reached me
        }
    }

    // Forward only: To contact → Reached out → Replied. Scheduled and later are the meetings' to move.
    void moveStages()
    {
        SqlStatement current(m_db, QStringLiteral("SELECT stage FROM contact WHERE id = ?"));
        SqlStatement update(m_db, QStringLiteral("UPDATE contact SET stage = ?, updated_at = ? WHERE id = ?"));
        SqlStatement remember(m_db,
            QStringLiteral("INSERT OR IGNORE INTO import_value_change (batch_id, entity, row_id, field, old_value, "
                           "new_value) VALUES (?, 'contact', ?, 'stage', ?, ?)"));
        const QString now = timeText(Clock::currentDateTimeUtc());
        for (auto it = m_exchanges.cbegin(); it != m_exchanges.cend(); ++it) {
            if (!current.exec({it.key()}).next())
                continue;
            Stage before = Stage::ToContact;
            if (!stageFromKey(current.value(0).toString(), &before))
                continue;
            Stage after = before;
            if (it->heardFrom && (before == Stage::ToContact || before == Stage::ReachedOut))
                after = Stage::Replied;
            else if (it->wroteTo && before == Stage::ToContact)
                after = Stage::ReachedOut;
            if (after == before)
                continue;
            update.exec({stageKey(after), now, it.key()});
            FieldProvenance::markImported(m_db, it.key(), {QStringLiteral("stage")}, m_input.batchId);
            if (!m_added.contains(it.key())) // a contact the batch added goes as a whole on undo
                remember.exec({m_input.batchId, it.key(), stageKey(before), stageKey(after)});
            if (after == Stage::Replied)
                ++m_report.movedToReplied;
            else
                ++m_report.movedToReachedOut;
        }
    }

    const QHash<qint64, Exchange>& exchanges() const { return m_exchanges; }

private:
    static bool sameAs(const Person& a, const Person& b)
    {
        if (!a.url.isEmpty() && !b.url.isEmpty())
            return profileKey(a.url) == profileKey(b.url);
        return nameKey(a.name, QString()) == nameKey(b.name, QString());
    }

    void widenRange(const QDateTime& time)
    {
        if (!time.isValid())
            return;
        if (!m_report.first.isValid() || time < m_report.first)
            m_report.first = time;
        if (!m_report.last.isValid() || time > m_report.last)
            m_report.last = time;
    }

    // The contact this person is, by profile URL, then by name (every split of it, and only when
    // exactly one contact fits); 0 when none. Someone I wrote to is added when there is none;
    // someone who wrote to me is named in the report instead (wroteToMe).
    qint64 resolve(const Person& p, bool mayAdd, bool wroteToMe)
    {
        const QString key = p.url.isEmpty() ? QStringLiteral("name:") + nameKey(p.name, QString())
                                            : QStringLiteral("url:") + profileKey(p.url);
        if (const auto known = m_resolved.constFind(key); known != m_resolved.cend()) {
            if (known.value() || !mayAdd)
                return known.value();
        }
        qint64 id = 0;
        const auto splits = nameSplits(p.name);
        QSet<qint64> found; // a profile URL matches whatever the split; a name must fit one contact only
        for (const auto& [first, last] : splits) {
            Contact probe;
            probe.firstName = first;
            probe.lastName = last;
            probe.linkedinUrl = p.url;
            if (const qint64 match = m_duplicates.find(probe))
                found.insert(match);
        }
        if (splits.isEmpty() && !p.url.isEmpty()) { // a URL without a name
            Contact probe;
            probe.linkedinUrl = p.url;
            if (const qint64 match = m_duplicates.find(probe))
                found.insert(match);
        }
        if (found.size() == 1)
            id = *found.cbegin();
        if (!id && mayAdd && !splits.isEmpty())
            id = add(p, splits.first());
        if (!id && wroteToMe && !m_inboundNamed.contains(key)) {
            m_inboundNamed.insert(key);
            m_report.inboundOnly.append(p.url.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.url));
        }
        m_resolved.insert(key, id);
        return id;
    }

    qint64 add(const Person& p, const std::pair<QString, QString>& name)
    {
        Contact c;
        c.firstName = name.first;
        c.lastName = name.second;
        c.linkedinUrl = p.url;
        c.stage = Stage::ToContact; // moveStages() moves it, as it would anyone
        c.source = QStringLiteral("linkedin-archive");
        const qint64 id = m_newContacts->insert(c);
        m_duplicates.add(c, id);
        m_added.insert(id);
        ++m_report.peopleAdded;
        return id;
    }

    void log(qint64 contactId, const QString& channel, bool outgoing, const QDateTime& time,
        const QString& conversation, const QString& sender, const QString& subject, const QString& body)
    {
        // Line breaks as the notes and the activity keep them: CRLF from Windows exports becomes LF.
        const QString text = QString(body).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        m_insert.exec({QUuid::createUuid().toString(QUuid::WithoutBraces), contactId, channel,
            outgoing ? QStringLiteral("out") : QStringLiteral("in"), timeText(time), conversation, sender,
            m_input.keepText ? subject : QString(), m_input.keepText ? QVariant(text) : QVariant(), m_input.batchId});
        if (m_insert.numRowsAffected() > 0) {
            ++(channel == QLatin1String("linkedin_invitation") ? m_report.invitationsAdded : m_report.messagesAdded);
            m_touched.insert(contactId);
            return;
        }
        ++m_report.messagesKnown;
    }

public:
    const QSet<qint64>& touched() const { return m_touched; }
    const QSet<qint64>& added() const { return m_added; }

private:
    const QSqlDatabase m_db;
    const ArchiveHistory::Input& m_input;
    ArchiveHistoryReport& m_report;
    DuplicateIndex m_duplicates;
    const std::unique_ptr<BulkContactWriter> m_newContacts;
    SqlStatement m_insert;
    QHash<QString, qint64> m_resolved;
    QSet<QString> m_inboundNamed;
    QHash<qint64, Exchange> m_exchanges;
    QSet<qint64> m_touched;
    QSet<qint64> m_added;
};

// The search index of the contacts whose messages or stage changed, in one statement rather than a
// trigger per message (each of which would gather all of that contact's messages again).
void reindex(const QSqlDatabase& db, const QSet<qint64>& ids)
{
    SqlStatement::run(db, QStringLiteral("CREATE TEMP TABLE archive_touched (id INTEGER PRIMARY KEY)"));
    SqlStatement add(db, QStringLiteral("INSERT OR IGNORE INTO temp.archive_touched (id) VALUES (?)"));
    for (const qint64 id : ids)
        add.exec({id});
    SqlStatement::run(
        db, QStringLiteral("DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM temp.archive_touched)"));
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                       "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document "
                       "WHERE id IN (SELECT id FROM temp.archive_touched)"));
    SqlStatement::run(db, QStringLiteral("DROP TABLE temp.archive_touched"));
}

} // namespace

ArchiveIdentity ArchiveHistory::identify(
    const QList<ArchiveMessage>& messages, const QString& firstName, const QString& lastName)
{
    ArchiveIdentity me;
    me.nameKey = nameKey(firstName, lastName);
    for (const ArchiveMessage& m : messages) {
        const bool sent = m.folder.compare(QLatin1String("SENT"), Qt::CaseInsensitive) == 0;
        const bool myName = !me.nameKey.isEmpty() && nameKey(m.from, QString()) == me.nameKey;
        if ((sent || myName) && !m.senderUrl.trimmed().isEmpty())
            me.profileKeys.insert(profileKey(m.senderUrl));
        if (sent && me.nameKey.isEmpty())
            me.nameKey = nameKey(m.from, QString());
    }
    return me;
}

void ArchiveHistory::write(const QSqlDatabase& db, const Input& input, ArchiveHistoryReport* report)
{
    report->messagesRead = int(input.messages.size() + input.invitations.size());
    if (!input.me.isKnown() && !input.messages.isEmpty()) {
        report->problems.append(tr("messages.csv: no Profile.csv and no message in SENT say who you are, so the "
                                   "messages were left out"));
        return;
    }
    Schema::dropFtsTriggers(db);
    Writer writer(db, input, report);
    writer.writeMessages();
    writer.writeInvitations();
    writer.moveStages();
    QSet<qint64> reindexed = writer.touched();
    for (auto it = writer.exchanges().cbegin(); it != writer.exchanges().cend(); ++it)
        reindexed.insert(it.key());
    reindexed.unite(writer.added());
    reindex(db, reindexed);
    Schema::createFtsTriggers(db);
}

int ArchiveHistory::textsKept(const QSqlDatabase& db)
{
    return SqlStatement::scalar(
        db, QStringLiteral("SELECT count(*) FROM message WHERE body IS NOT NULL OR subject <> ''"))
        .toInt();
}

int ArchiveHistory::forgetTexts(const QSqlDatabase& db)
{
    Transaction transaction(db);
    QSet<qint64> contacts;
    SqlStatement touched(
        db, QStringLiteral("SELECT DISTINCT contact_id FROM message WHERE body IS NOT NULL OR subject <> ''"));
    touched.exec();
    while (touched.next())
        contacts.insert(touched.value(0).toLongLong());
    const int count = textsKept(db);
    Schema::dropFtsTriggers(db);
    SqlStatement::run(
        db, QStringLiteral("UPDATE message SET body = NULL, subject = '' WHERE body IS NOT NULL OR subject <> ''"));
    reindex(db, contacts);
    Schema::createFtsTriggers(db);
    transaction.commit();
    return count;
}

} // namespace Rapport
