// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchemaRepair.h"

#include "Backups.h"
#include "DatabaseError.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace Rapport {

namespace {

// Names come from the file: quoted as an SQLite identifier (a name cannot be a bound value).
QString quotedName(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool repair(const QSqlDatabase& db, const QString& path, QString* backupPath, QString* error)
{
    const int applicationId = SqlStatement::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = SqlStatement::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (applicationId != Schema::ApplicationId || version < 1 || version > Schema::CurrentVersion) {
        *error = SchemaRepair::tr("%1: not a Rapport network this version can repair").arg(path);
        return false;
    }
    const QList<SchemaProblem> problems = SchemaCheck::problems(db, version);
    if (problems.isEmpty())
        return true;
    if (!SchemaCheck::repairable(problems)) {
        *error = SchemaCheck::message(path, problems);
        return false;
    }
    // The network as it was, foreign objects and all: what is dropped can be looked at again.
    *backupPath = Backups::take(db, path, QStringLiteral("repair"), error);
    if (backupPath->isEmpty())
        return false;

    Transaction transaction(db);
    // Dropping runs nothing: no trigger fires on DROP. Dropping a view takes its triggers along,
    // hence IF EXISTS.
    for (const SchemaProblem& p : problems) {
        if (p.kind != SchemaProblem::Kind::Missing)
            SqlStatement::run(db, QStringLiteral("DROP %1 IF EXISTS %2").arg(p.type.toUpper(), quotedName(p.name)));
    }
    // Rapport's own definitions, views before the triggers that read them.
    for (const char* type : {"index", "view", "trigger"}) {
        for (const SchemaProblem& p : problems) {
            if (p.kind != SchemaProblem::Kind::Foreign && p.type == QLatin1String(type))
                SqlStatement::run(db, p.expectedSql);
        }
    }
    const QList<SchemaProblem> left = SchemaCheck::problems(db, version);
    if (!left.isEmpty())
        throw DatabaseError(SchemaCheck::lines(left).join(QLatin1Char('\n'))); // rolls back
    transaction.commit();
    return true;
}

} // namespace

bool SchemaRepair::run(const QString& path, QString* backupPath, QString* error)
{
    backupPath->clear();
    if (!QFileInfo(path).isFile()) { // SQLite would make an empty one
        *error = QCoreApplication::translate("Rapport::Database", "%1: no such network file").arg(path);
        return false;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("rapport-repair-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QCoreApplication::translate("Rapport::Database", "%1: cannot open: %2")
                         .arg(path, db.lastError().text());
        } else {
            setDefensive(db);
            try {
                ok = repair(db, path, backupPath, error);
            } catch (const DatabaseError& e) {
                *error = QCoreApplication::translate("Rapport::Database", "%1: %2").arg(path, e.message());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Rapport
