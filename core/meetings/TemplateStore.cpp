// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateStore.h"

#include "ReportedRead.h"
#include "TransactionalWrite.h"

namespace Rapport {

TemplateStore::TemplateStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

template <typename Write>
bool TemplateStore::write(Write&& body)
{
    if (writeInTransaction(m_database, &m_lastError, body))
        return true;
    emit writeFailed(m_lastError);
    return false;
}

QList<OutreachTemplate> TemplateStore::templates() const
{
    m_readError.clear();
    return readOrReport([this] { return OutreachTemplates::all(m_database.connection()); },
        [this](const QString& message) {
            m_readError = message;
            emit readFailed(message);
        });
}

std::optional<OutreachTemplate> TemplateStore::outreachTemplate(qint64 id) const
{
    for (const OutreachTemplate& t : templates()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

qint64 TemplateStore::add(const OutreachTemplate& outreach)
{
    OutreachTemplate added = outreach;
    const bool written = write([&](const QSqlDatabase& db) {
        if (added.id)
            OutreachTemplates::restore(db, added);
        else
            OutreachTemplates::save(db, added);
    });
    if (!written)
        return 0;
    emit templateAdded(added);
    return added.id;
}

bool TemplateStore::update(const OutreachTemplate& outreach)
{
    OutreachTemplate changed = outreach;
    if (!changed.id || !write([&](const QSqlDatabase& db) { OutreachTemplates::save(db, changed); }))
        return false;
    emit templateChanged(changed);
    return true;
}

bool TemplateStore::remove(qint64 id)
{
    if (!write([&](const QSqlDatabase& db) { OutreachTemplates::remove(db, id); }))
        return false;
    emit templateRemoved(id);
    return true;
}

} // namespace Rapport
