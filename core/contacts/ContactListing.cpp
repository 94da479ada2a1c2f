// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListing.h"

#include "ContactLoader.h"
#include "ContactStore.h"
#include "LastContact.h"
#include "SearchRanking.h"
#include "SortText.h"
#include "SqlStatement.h"

#include <QCollator>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace Rapport {

namespace {

// The local day of each contact's last contact (LastContact).
QHash<qint64, QDate> lastContacts(const QSqlDatabase& db)
{
    QHash<qint64, QDate> days;
    SqlStatement query(db,
        QStringLiteral("SELECT id, last FROM (SELECT c.id AS id, %1 AS last FROM contact c) WHERE last IS NOT NULL")
            .arg(LastContact::sql(QStringLiteral("c.id"))));
    query.exec();
    while (query.next())
        days.insert(query.value(0).toLongLong(),
            QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toLocalTime().date());
    return days;
}

QJsonArray values(const QList<LabeledValue>& list)
{
    QJsonArray array;
    for (const LabeledValue& v : list)
        array.append(v.value);
    return array;
}

QJsonValue isoDateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject objectOf(const Contact& c, const QHash<qint64, QDate>& last)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("emails"), values(c.emails)},
        {QStringLiteral("phones"), values(c.phones)},
        {QStringLiteral("organization"), c.organization},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("linkedinUrl"), c.linkedinUrl},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("stage"), stageKey(c.stage)},
        {QStringLiteral("strength"), c.strength},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("connectedOn"), isoDateOrNull(c.connectedOn)},
        {QStringLiteral("lastContact"), isoDateOrNull(last.value(c.id))},
    };
}

// Each row's rank for a search, as the window's list ranks it (ContactFilterModel::rankedRows).
QList<SearchRanking::Tier> tiersOf(const ContactStore& store, const QString& search, const QList<ContactSummary>& rows)
{
    const SearchRanking ranking(search);
    QList<SearchRanking::Tier> tiers;
    tiers.reserve(rows.size());
    for (const ContactSummary& row : rows)
        tiers.append(ranking.tierOf(SearchRanking::rowKey(row)));
    if (!tiers.contains(SearchRanking::Unknown))
        return tiers;
    // Found in the e-mails or the notes: only the index tells which.
    const QList<qint64> found = store.searchIdsOutsideNotes(search);
    const QSet<qint64> outsideNotes(found.cbegin(), found.cend());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (tiers.at(i) == SearchRanking::Unknown)
            tiers[i] = outsideNotes.contains(rows.at(i).id) ? SearchRanking::OtherFields : SearchRanking::Elsewhere;
    }
    return tiers;
}

} // namespace

QJsonArray ContactListing::json(const QSqlDatabase& db, const QSet<qint64>* only)
{
    const QHash<qint64, QDate> last = lastContacts(db);
    QJsonArray array;
    for (const Contact& c : ContactLoader::load(db)) {
        if (!only || only->contains(c.id))
            array.append(objectOf(c, last));
    }
    return array;
}

QJsonArray ContactListing::json(const QSqlDatabase& db, const QList<qint64>& ids)
{
    const QHash<qint64, QDate> last = lastContacts(db);
    const QList<Contact> contacts = ContactLoader::load(db);
    QHash<qint64, qsizetype> at;
    at.reserve(contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i)
        at.insert(contacts.at(i).id, i);
    QJsonArray array;
    for (const qint64 id : ids) {
        if (const auto found = at.constFind(id); found != at.cend())
            array.append(objectOf(contacts.at(*found), last));
    }
    return array;
}

QList<ContactSummary> ContactListing::rows(const ContactStore& store, const QString& search)
{
    const bool searching = !ContactStore::ftsQuery(search).isEmpty();
    const QSet<qint64> matches = searching ? store.search(search) : QSet<qint64>();
    if (!store.readError().isEmpty())
        return {};
    QList<ContactSummary> rows = store.summaries();
    if (!store.readError().isEmpty())
        return {};
    if (searching)
        rows.removeIf([&matches](const ContactSummary& s) { return !matches.contains(s.id); });
    const QList<SearchRanking::Tier> tiers
        = searching ? tiersOf(store, search, rows) : QList<SearchRanking::Tier>(rows.size(), SearchRanking::Unknown);
    if (!store.readError().isEmpty())
        return {};
    QCollator collator;
    struct Keyed {
        SearchRanking::Tier tier;
        QCollatorSortKey name;
        qsizetype row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keyed.push_back({tiers.at(i), collator.sortKey(SortText::key(rows.at(i).name)), i});
    std::stable_sort(keyed.begin(), keyed.end(),
        [](const Keyed& a, const Keyed& b) { return a.tier != b.tier ? a.tier < b.tier : a.name.compare(b.name) < 0; });
    QList<ContactSummary> sorted;
    sorted.reserve(rows.size());
    for (const Keyed& k : keyed)
        sorted.append(rows.at(k.row));
    return sorted;
}

} // namespace Rapport
