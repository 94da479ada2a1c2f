#include "ReadOnlyConnection.h"

#include "DatabaseError.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace Rapport::ReadOnlyConnection {

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
            try {
                body(db);
                ok = true;
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
