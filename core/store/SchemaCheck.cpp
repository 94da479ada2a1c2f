// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchemaCheck.h"

#include "DatabaseError.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace Rapport {

namespace {

// Objects are matched by type and name; SQLite compares names without regard to ASCII case.
QString key(const SchemaObject& object)
{
    return object.type + QLatin1Char(' ') + object.name.toLower();
}

// FTS5 makes and words the tables behind a virtual table itself ('contact_fts_data'…), and
// another SQLite version may word them differently: they are expected by name, not by their text.
// They hold no code, and a DEFENSIVE connection cannot write them directly.
QStringList virtualTableNames(const QList<SchemaObject>& objects)
{
    QStringList names;
    for (const SchemaObject& object : objects) {
        if (object.type == QLatin1String("table")
            && object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            names.append(object.name.toLower() + QLatin1Char('_'));
    }
    return names;
}

bool isShadowTable(const SchemaObject& object, const QStringList& virtualTablePrefixes)
{
    if (object.type != QLatin1String("table"))
        return false;
    const QString name = object.name.toLower();
    return std::any_of(virtualTablePrefixes.cbegin(), virtualTablePrefixes.cend(),
        [&name](const QString& prefix) { return name.startsWith(prefix); });
}

QList<SchemaObject> buildExpected(int version)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("rapport-expected-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<SchemaObject> objects;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            try {
                Transaction transaction(db);
                Schema::upgrade(db, 0, version);
                transaction.commit();
                objects = SchemaCheck::actual(db);
            } catch (const DatabaseError& e) {
                error = e.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw DatabaseError(error);
    return objects;
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return SchemaCheck::tr("table", "an SQLite object");
    if (type == QLatin1String("index"))
        return SchemaCheck::tr("index", "an SQLite object");
    if (type == QLatin1String("view"))
        return SchemaCheck::tr("view", "an SQLite object");
    if (type == QLatin1String("trigger"))
        return SchemaCheck::tr("trigger", "an SQLite object");
    return type;
}

} // namespace

QList<SchemaObject> SchemaCheck::expected(int version)
{
    // The ladder takes a few milliseconds; every connection to a network checks, the read-only
    // workers too, so each version is built once per process.
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    const QMutexLocker lock(&mutex);
    const auto found = cache.constFind(version);
    if (found != cache.constEnd())
        return *found;
    return *cache.insert(version, buildExpected(version));
}

QList<SchemaObject> SchemaCheck::actual(const QSqlDatabase& db)
{
    // SQLite's own tables (sqlite_sequence, sqlite_stat1…) and the automatic indexes of UNIQUE and
    // PRIMARY KEY constraints (no SQL text: they follow from their table, which is compared) hold no
    // code. Only those are left out: anything else named sqlite_… is compared like the rest.
    SqlStatement query(db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                       "WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\') "
                       "AND NOT (type = 'index' AND sql IS NULL) ORDER BY rowid"));
    query.exec();
    QList<SchemaObject> objects;
    while (query.next()) {
        objects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()});
    }
    return objects;
}

QList<SchemaProblem> SchemaCheck::compare(const QList<SchemaObject>& expected, const QList<SchemaObject>& actual)
{
    QHash<QString, const SchemaObject*> wanted;
    for (const SchemaObject& object : expected)
        wanted.insert(key(object), &object);
    const QStringList virtualTables = virtualTableNames(expected);

    // The SQL text is compared exactly. SQLite keeps each definition as it was written (only the
    // words before the name are normalised), Rapport writes every one from the ladder's own
    // strings (the import's dropped and recreated triggers and indexes included), and those
    // strings have not changed since they shipped: a file Rapport made matches byte for byte.
    // Loosening the comparison (white space, quotes) would need an SQL tokenizer to stay exact
    // inside string literals, and would buy nothing for files Rapport made.
    QList<SchemaProblem> problems;
    QSet<QString> seen;
    for (const SchemaObject& object : actual) {
        const QString k = key(object);
        seen.insert(k);
        const SchemaObject* mine = wanted.value(k);
        if (!mine) {
            problems.append({SchemaProblem::Kind::Foreign, object.type, object.name, {}});
            continue;
        }
        if (isShadowTable(*mine, virtualTables))
            continue;
        if (object.sql != mine->sql || object.table.compare(mine->table, Qt::CaseInsensitive) != 0)
            problems.append({SchemaProblem::Kind::Altered, object.type, object.name, mine->sql});
    }
    for (const SchemaObject& object : expected) {
        if (!seen.contains(key(object)))
            problems.append({SchemaProblem::Kind::Missing, object.type, object.name, object.sql});
    }
    return problems;
}

QList<SchemaProblem> SchemaCheck::problems(const QSqlDatabase& db, int version)
{
    return compare(expected(version), actual(db));
}

bool SchemaCheck::repairable(const QList<SchemaProblem>& problems)
{
    return !problems.isEmpty() && std::none_of(problems.cbegin(), problems.cend(), [](const SchemaProblem& p) {
        return p.type != QLatin1String("index") && p.type != QLatin1String("view")
            && p.type != QLatin1String("trigger");
    });
}

QStringList SchemaCheck::lines(const QList<SchemaProblem>& problems)
{
    QStringList lines;
    for (const SchemaProblem& p : problems) {
        switch (p.kind) {
        case SchemaProblem::Kind::Foreign:
            lines.append(
                tr("this network holds the %1 \"%2\", which Rapport did not create").arg(typeName(p.type), p.name));
            break;
        case SchemaProblem::Kind::Altered:
            lines.append(
                tr("the %1 \"%2\" in this network is not the one Rapport created").arg(typeName(p.type), p.name));
            break;
        case SchemaProblem::Kind::Missing:
            lines.append(
                tr("the %1 \"%2\" that Rapport created is missing from this network").arg(typeName(p.type), p.name));
            break;
        }
    }
    return lines;
}

QString SchemaCheck::message(const QString& path, const QList<SchemaProblem>& problems)
{
    const QString advice = repairable(problems)
        ? tr("Rapport runs nothing it did not create, so it does not use this network as it is. Open it in the "
             "Rapport window to repair it; a copy is kept as a backup first.")
        : tr("Rapport does not remove or rebuild tables, as they may hold data you want, so it cannot use this "
             "network as it is. Open a backup of it instead, or ask whoever changed the file.");
    // "FILE: what is wrong", one line each, as the command line reports every problem in a file.
    QString text;
    for (const QString& line : lines(problems))
        text += path + QStringLiteral(": ") + line + QLatin1Char('\n');
    return text + advice;
}

} // namespace Rapport
