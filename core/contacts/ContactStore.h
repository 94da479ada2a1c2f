// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "ContactMerge.h"
#include "ContactSnapshot.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace Rapport {

class Database;
class SqlStatement;

// Reads and writes contacts. Every write is one transaction with bound values and, once
// committed, announces exactly which contact changed so models update one row, not all.
// A read that fails returns nothing (an empty list, no contact) and emits readFailed, so the
// caller's empty result is never taken for an empty network.
class ContactStore : public QObject
{
    Q_OBJECT

public:
    explicit ContactStore(Database& database, QObject* parent = nullptr);

    std::optional<Contact> contact(qint64 id) const;
    std::optional<ContactSummary> summary(qint64 id) const;
    QList<ContactSummary> summaries() const;
    // The same read through another connection (a worker's own). Throws DatabaseError.
    static QList<ContactSummary> readSummaries(const QSqlDatabase& db);
    // Every contact's id, name, organisation and title (nothing else), in name order: for pickers.
    QList<ContactSummary> directory() const;
    int count() const;
    QStringList allTags() const;
    // Ids of contacts matching every word typed, as prefixes, across the FTS index.
    QSet<qint64> search(const QString& text) const;
    // The same, as a list in id order (the fastest form for search as you type).
    QList<qint64> searchIds(const QString& text) const;
    // The same, finding the words only in what describes a contact (name, organisation, title,
    // e-mails, tags), not in notes or meetings: for ranking the matches of a search.
    QList<qint64> searchIdsOutsideNotes(const QString& text) const;
    // The FTS5 query for text: each word becomes a quoted prefix term. Empty for blank text.
    static QString ftsQuery(const QString& text);
    // Which of these contacts still exist (one query, however many).
    QSet<qint64> existing(const QList<qint64>& ids) const;
    // The contacts an import created or updated.
    QSet<qint64> contactsOfImport(qint64 batchId) const;
    // The same through another connection (a worker's own). Throws DatabaseError.
    static QSet<qint64> readContactsOfImport(const QSqlDatabase& db, qint64 batchId);

    // Each returns 0/false on failure, with lastError() set and nothing written.
    qint64 addContact(const Contact& contact);
    bool updateContact(const Contact& contact);
    bool removeContact(qint64 id, ContactSnapshot* snapshot = nullptr);
    bool restoreContact(const ContactSnapshot& snapshot);
    // Several at once, in one transaction: all of them go (or come back), or none does. The
    // snapshots come back in deletion order; restoring takes them in reverse, so a link between
    // two of the contacts (kept in the first one's snapshot) finds both ends in place.
    bool removeContacts(const QList<qint64>& ids, QList<ContactSnapshot>* snapshots = nullptr);
    bool restoreContacts(const QList<ContactSnapshot>& snapshots);
    // Merges two contacts into one (ContactMerge), in one transaction: the other one is removed,
    // the kept one changed. Undoing puts both back as they were.
    bool mergeContacts(const MergeChoices& choices, MergeUndo* undo = nullptr);
    bool unmergeContacts(const MergeUndo& undo);

    // For batch writers (import, demo) that hold their own Transaction: inserts without
    // committing or signalling. Throws DatabaseError.
    qint64 insertInTransaction(const Contact& contact) const;
    void updateInTransaction(const Contact& contact) const;

    QString lastError() const { return m_lastError; }
    // Why the last read failed (it returned nothing), or empty when it worked. Views that show the
    // result say so in place of an empty list; readFailed tells the window.
    QString readError() const { return m_readError; }
    QSqlDatabase connection() const;

    // For writers outside this class (import, demo): they call this after their own commit.
    void notifyContactsReset() { emit contactsReset(); }
    // For writers that changed one contact's row or what its summary shows (meetings, follow-ups).
    void notifyContactChanged(qint64 id) { emit contactChanged(id); }

signals:
    void contactAdded(qint64 id);
    void contactChanged(qint64 id);
    void contactRemoved(qint64 id);
    void contactsReset();
    // A write failed and was rolled back; message says why.
    void writeFailed(const QString& message);
    // A read failed: what it returned is not what the network holds; message says why.
    void readFailed(const QString& message) const;

private:
    template <typename Read>
    auto read(Read&& body) const;
    QList<qint64> matchingIds(const QString& match) const; // match: an FTS5 query
    // Inserts when missing, fixes the capitalisation when it differs; inside a transaction.
    qint64 organizationId(const QString& name) const;
    // Tells the models about contacts whose organisation name was re-cased by the last write.
    void announceRecased(qint64 alreadyAnnounced);
    // One signal per contact for a few; a reset for many (a row at a time would be O(n²) in the views).
    void announce(const QList<qint64>& ids, void (ContactStore::*each)(qint64));
    // created: the contact was just inserted, so its lists are part of its creation.
    void writeChildren(const Contact& contact, bool created) const;
    QString uuidOf(qint64 id) const;
    ContactSnapshot takeSnapshot(qint64 id, std::vector<SqlStatement>* prepared) const;
    static QList<ContactSummary> querySummaries(
        const QSqlDatabase& db, const QString& where, const QVariantList& values);

    Database& m_database;
    QString m_lastError;
    mutable QString m_readError;
    mutable QList<qint64> m_recased;
};

} // namespace Rapport
