// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BackupFormat.h"
#include "ContactImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <map>
#include <memory>

namespace Rapport {

class BoundStatement;

// Merges a checked JSON backup (version 2) into a network, inside the caller's transaction:
// - a row the network lacks is added with its change times, unless the network deleted it after
//   its last change in the file;
// - a row both hold merges field by field: the later change wins (a field never changed dates
//   from its row's creation), and a tie goes to the greater value, so merging either way round
//   ends the same; a field both sides changed is reported with the value kept;
// - a deletion in the file deletes the network's row unless the row changed after it;
// - rows match on UUID, then on natural keys; contacts on UUID only (the duplicate policy says
//   what a known contact does: Skip leaves it, Create adds a copy, Update merges).
// Throws DatabaseError, naming the entry.
class BackupMerge
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::BackupMerge)

public:
    BackupMerge(const QSqlDatabase& db, const ImportOptions& options, ImportReport& report);
    ~BackupMerge();
    // The steps of a merge, in this order, each entry already checked (BackupRestore):
    // what the network holds before anything is written,
    void begin();
    void mergeProfile(const QJsonObject& profile);
    void applyDeletions(const QJsonArray& deletions);
    // then when the file last worked on each contact, from its meetings, follow-ups and links
    // (a contact deleted here comes back if the other copy worked on it since),
    void noteActivity(QLatin1StringView list, const QJsonObject& entry);
    // then each entry, lists in BackupFormat::kEntities order. Errors name the entry.
    void writeEntry(const BackupFormat::Entity& entity, const QJsonObject& object, const QString& name);

    // What a merge did, one line per kind of data it added, updated or deleted something in
    // ("Meetings: 2 added, 1 updated, 0 deleted, 30 left alone"), then each field both copies had
    // changed, with the value kept.
    static QStringList summary(const ImportReport& report);

private:
    struct Located; // a row of the network: its id (0 for tables without one), where clause and name
    QString activityOf(const QString& contactUuid);
    // Names the contact a new one from the file may be, in the report; returns its id, or 0.
    qint64 flagPossibleDuplicate(const QJsonObject& contact);
    void writeRow(const BackupFormat::Entity& entity, const QJsonObject& object, const QString& name);
    bool mergeRow(const BackupFormat::Entity& entity, const Located& row, const QJsonObject& object,
        const QHash<QString, QVariant>& values, const QString& name);
    bool mergeLists(const Located& row, const QJsonObject& object, const QString& name);
    void writeChildren(
        const BackupFormat::Entity& entity, qint64 parent, const QJsonObject& object, bool merge, const QString& name);
    bool resolve(std::span<const BackupFormat::Field> fields, const QJsonObject& object, const QString& name,
        QHash<QString, QVariant>* values);
    bool findRow(
        const BackupFormat::Entity& entity, const QString& uuid, const QHash<QString, QVariant>& values, Located* row);
    void rekey(const QString& table, const Located& row, const QString& uuid);
    QString lastChange(const QString& table, const QString& rowKey, const QString& base);
    void setChangeTime(
        const QString& table, const QString& rowKey, const QString& field, const QString& time, bool byImport);
    static bool setByImport(const QJsonObject& object, const QString& field);
    void writeChangeTimes(const QString& table, const QString& rowKey, const QJsonObject& object);
    qint64 organizationId(const QString& name, bool create);
    qint64 localId(const QString& table, const QString& uuid);
    qint64 insert(const QString& table, const QHash<QString, QVariant>& values);
    bool idIsFree(const QString& table, qint64 id);
    BoundStatement& statement(const QString& sql);
    QVariant scalar(const QString& sql, const QVariantList& values);
    ImportReport::MergeCounts& counts(const char* list);

    QSqlDatabase m_db;
    const ImportOptions& m_options;
    ImportReport& m_report;
    QHash<QString, QHash<QString, qint64>> m_ids; // table -> uuid in the file -> row here
    QSet<QString> m_copied; // "table/uuid" of entries copied under a uuid of their own
    QHash<QString, QString>
        m_fileActivity; // contact uuid -> latest time of its meetings, follow-ups, links in the file
    bool m_anyTombstones = false; // none: a row only in the file needs no look for its deletion
    bool m_startedEmpty = false; // a network without contacts has no one to be a duplicate of
    // Tables empty when the merge began hold only what it wrote, so what it wrote (m_ids,
    // m_takenIds) answers "is this UUID here?" and "is this id free?" without asking SQLite.
    QSet<QString> m_emptyTables;
    QHash<QString, QSet<qint64>> m_takenIds;
    QHash<QString, qint64> m_organizationIds; // by name, while no organisation entry can rename one
    std::map<QString, std::unique_ptr<BoundStatement>> m_statements;
    QHash<QString, BoundStatement*> m_inserts; // by "table(column,column...)"
};

} // namespace Rapport
