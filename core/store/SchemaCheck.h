// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Rapport {

// One row of sqlite_schema.
struct SchemaObject {
    QString type; // "table", "index", "view" or "trigger"
    QString name;
    QString table; // tbl_name: the table an index or trigger belongs to
    QString sql;
};

// One difference between a network's schema and the one Rapport makes for its version.
struct SchemaProblem {
    enum class Kind {
        Foreign, // in the file, not made by Rapport
        Altered, // Rapport's name, another definition
        Missing, // made by Rapport, gone from the file
    };
    Kind kind;
    QString type;
    QString name;
    QString expectedSql; // Rapport's definition, for Altered and Missing
};

// A network is a file, and files get shared. SQLite runs the triggers a file holds on every
// write, Rapport's own included, and the views it holds inside Rapport's queries: a file from
// elsewhere could copy or rewrite the user's notes. So before anything is written or upgraded,
// a file's schema is compared with the one Rapport's upgrade ladder makes for the file's own
// version, and any difference is named.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::SchemaCheck)

public:
    // What Schema::upgrade(db, 0, version) makes, run once per version on an in-memory database,
    // so every step of the ladder is covered without a list to keep in step. Thread-safe.
    // Throws DatabaseError.
    static QList<SchemaObject> expected(int version);
    // The file's own objects, without SQLite's internal ones (sqlite_sequence, sqlite_stat1,
    // sqlite_autoindex_…, which hold no code). Throws DatabaseError.
    static QList<SchemaObject> actual(const QSqlDatabase& db);
    static QList<SchemaProblem> compare(const QList<SchemaObject>& expected, const QList<SchemaObject>& actual);
    // actual(db) against expected(version), version being the file's user_version.
    static QList<SchemaProblem> problems(const QSqlDatabase& db, int version);

    // True when there are problems and every one can be put right without losing data: triggers,
    // views and indexes hold no data of their own, tables may.
    static bool repairable(const QList<SchemaProblem>& problems);
    // One line per problem: "this network holds the trigger "x", which Rapport did not create".
    static QStringList lines(const QList<SchemaProblem>& problems);
    // "PATH: line" for each, then what the user can do about it (Database::errorString()).
    static QString message(const QString& path, const QList<SchemaProblem>& problems);
};

} // namespace Rapport
