// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileStore.h"

#include "ReportedRead.h"
#include "SqlStatement.h"
#include "TransactionalWrite.h"

namespace Rapport {

ProfileStore::ProfileStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

std::optional<Profile> ProfileStore::profile() const
{
    return readOrReport(
        [this]() -> std::optional<Profile> {
            SqlStatement row(m_database.connection(),
                QStringLiteral("SELECT name, field, introduction, goals FROM profile WHERE id = 1"));
            Profile profile;
            if (row.exec().next())
                profile = {
                    row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString()};
            return profile;
        },
        [this](const QString& message) { emit readFailed(message); });
}

bool ProfileStore::save(const Profile& p)
{
    const bool written = writeInTransaction(m_database, &m_lastError, [&](const QSqlDatabase& db) {
        SqlStatement::run(db,
            QStringLiteral("INSERT INTO profile (id, name, field, introduction, goals) VALUES (1, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, field = excluded.field, "
                           "introduction = excluded.introduction, goals = excluded.goals"),
            {p.name.trimmed(), p.field.trimmed(), p.introduction.trimmed(), p.goals.trimmed()});
    });
    if (!written) {
        emit writeFailed(m_lastError);
        return false;
    }
    emit profileChanged();
    return true;
}

} // namespace Rapport
