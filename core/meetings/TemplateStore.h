// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutreachTemplates.h"

#include <QObject>

#include <optional>

namespace Rapport {

class Database;

// Reads and writes the outreach templates. Every write is one transaction and is announced once
// committed; a read that fails returns nothing and emits readFailed (see ContactStore). The SQL
// itself lives in OutreachTemplates.
class TemplateStore : public QObject
{
    Q_OBJECT

public:
    explicit TemplateStore(Database& database, QObject* parent = nullptr);

    // In the list's order.
    QList<OutreachTemplate> templates() const;
    std::optional<OutreachTemplate> outreachTemplate(qint64 id) const;
    QString readError() const { return m_readError; }

    // Each returns 0/false on failure with lastError() set and nothing written. add() puts a
    // template with an id back with that id and position (Undo).
    qint64 add(const OutreachTemplate& outreach);
    bool update(const OutreachTemplate& outreach);
    bool remove(qint64 id);

    QString lastError() const { return m_lastError; }

signals:
    void templateAdded(const Rapport::OutreachTemplate& outreach);
    void templateChanged(const Rapport::OutreachTemplate& outreach);
    void templateRemoved(qint64 id);
    void writeFailed(const QString& message);
    void readFailed(const QString& message) const;

private:
    template <typename Write>
    bool write(Write&& body);

    Database& m_database;
    QString m_lastError;
    mutable QString m_readError;
};

} // namespace Rapport
