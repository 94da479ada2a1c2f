// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReadOnlyConnection.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace Rapport::ReadOnlyConnection {

namespace {
// Reads only, yet the file's views run inside its queries: the same check as Database::open.
QString schemaProblem(const QSqlDatabase& db, const QString& path)
{
    const int version = SqlStatement::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version > Schema::CurrentVersion)
        return Database::newerVersionMessage(path, version);
    const QList<SchemaProblem> problems = SchemaCheck::problems(db, version);
    return problems.isEmpty() ? QString() : SchemaCheck::message(path, problems);
}
} // namespace

bool run(const QString& path, QString* error, const std::function<void(const QSqlDatabase&)>& body)
{
    static QAtomicInteger<quint64> counter; // several threads may each hold one
    const QString name = QStringLiteral("rapport-read-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            setDefensive(db);
            try {
                const QString problem = schemaProblem(db, path);
                if (problem.isEmpty()) {
                    body(db);
                    ok = true;
                } else {
                    *error = problem;
                }
            } catch (const DatabaseError& e) {
                *error = e.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Rapport::ReadOnlyConnection
