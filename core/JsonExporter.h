#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace Rapport {

// The full JSON backup of a network, in the shape DESIGN.md fixes as a contract:
// { contacts, referrals, meetings, followUps }. Throws DatabaseError.
class JsonExporter
{
public:
    static QJsonObject build(const QSqlDatabase& db);
    static QByteArray toJson(const QSqlDatabase& db);
    // The "contacts" array alone; only the given ids when `only` is set (for `list --json`).
    static QJsonArray contacts(const QSqlDatabase& db, const QSet<qint64>* only = nullptr);
};

} // namespace Rapport
