// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BulkContactWriter.h"

#include "Clock.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include <QHash>
#include <QRandomGenerator>

namespace Rapport {

namespace {

const char* const kInsertContact = "INSERT INTO contact (uuid, first_name, last_name, organization_id, title, "
                                   "linkedin_url, location, stage, strength, connected_on, notes, source, "
                                   "import_batch_id, created_by_import, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, 'to_contact', 0, ?, ?, ?, ?, 1, ?, ?)";
const char* const kInsertEmail = "INSERT INTO contact_email (contact_id, position, label, address) VALUES (?, ?, ?, ?)";
const char* const kInsertPhone = "INSERT INTO contact_phone (contact_id, position, label, number) VALUES (?, ?, ?, ?)";
const char* const kInsertTag = "INSERT OR IGNORE INTO contact_tag (contact_id, tag, position) VALUES (?, ?, ?)";
const char* const kFindOrganization = "SELECT id FROM organization WHERE name = ?";
const char* const kInsertOrganization = "INSERT INTO organization (name) VALUES (?)";

QString nowText()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The raw-handle writer: the hot path of every large import.
class SqliteWriter final : public BulkContactWriter
{
public:
    SqliteWriter(sqlite3* db, qint64 batchId)
        : m_batchId(batchId)
        , m_now(nowText())
        , m_contact(db, kInsertContact)
        , m_email(db, kInsertEmail)
        , m_phone(db, kInsertPhone)
        , m_tag(db, kInsertTag)
        , m_findOrganization(db, kFindOrganization)
        , m_insertOrganization(db, kInsertOrganization)
    { }

    qint64 insert(const Contact& c) override
    {
        const qint64 orgId = organizationId(c.organization);
        m_contact.bind(1, c.uuid.isEmpty() ? timeOrderedUuid() : c.uuid);
        m_contact.bind(2, c.firstName);
        m_contact.bind(3, c.lastName);
        if (orgId)
            m_contact.bind(4, orgId);
        else
            m_contact.bindNull(4);
        m_contact.bind(5, c.title);
        m_contact.bind(6, c.linkedinUrl);
        m_contact.bind(7, c.location);
        if (c.connectedOn.isValid())
            m_contact.bind(8, c.connectedOn.toString(Qt::ISODate));
        else
            m_contact.bindNull(8);
        m_contact.bind(9, c.notes);
        m_contact.bind(10, c.source);
        m_contact.bind(11, m_batchId);
        m_contact.bind(12, m_now);
        m_contact.bind(13, m_now);
        m_contact.run();
        const qint64 id = m_contact.lastInsertId();
        writeValues(m_email, id, c.emails);
        writeValues(m_phone, id, c.phones);
        qint64 position = 0;
        for (const QString& tag : c.tags) {
            m_tag.bind(1, id);
            m_tag.bind(2, tag);
            m_tag.bind(3, position++);
            m_tag.run();
        }
        return id;
    }

private:
    static void writeValues(SqliteStatement& statement, qint64 id, const QList<LabeledValue>& values)
    {
        qint64 position = 0;
        for (const LabeledValue& v : values) {
            statement.bind(1, id);
            statement.bind(2, position++);
            statement.bind(3, v.label);
            statement.bind(4, v.value);
            statement.run();
        }
    }

    qint64 organizationId(const QString& name)
    {
        if (name.isEmpty())
            return 0;
        const QString key = name.toCaseFolded();
        if (const auto it = m_organizations.constFind(key); it != m_organizations.cend())
            return it.value();
        m_findOrganization.bind(1, name);
        qint64 id = m_findOrganization.run() ? m_findOrganization.columnInt64(0) : 0;
        if (!id) {
            m_insertOrganization.bind(1, name);
            m_insertOrganization.run();
            id = m_insertOrganization.lastInsertId();
        }
        m_organizations.insert(key, id);
        return id;
    }

    qint64 m_batchId;
    QString m_now;
    SqliteStatement m_contact, m_email, m_phone, m_tag, m_findOrganization, m_insertOrganization;
    QHash<QString, qint64> m_organizations;
};

// The portable writer, for a Qt whose SQLite is not the one we link.
class QtSqlWriter final : public BulkContactWriter
{
public:
    QtSqlWriter(const QSqlDatabase& db, qint64 batchId)
        : m_batchId(batchId)
        , m_now(nowText())
        , m_contact(db, QString::fromLatin1(kInsertContact))
        , m_email(db, QString::fromLatin1(kInsertEmail))
        , m_phone(db, QString::fromLatin1(kInsertPhone))
        , m_tag(db, QString::fromLatin1(kInsertTag))
        , m_findOrganization(db, QString::fromLatin1(kFindOrganization))
        , m_insertOrganization(db, QString::fromLatin1(kInsertOrganization))
    { }

    qint64 insert(const Contact& c) override
    {
        qint64 orgId = 0;
        if (!c.organization.isEmpty()) {
            const QString key = c.organization.toCaseFolded();
            orgId = m_organizations.value(key);
            if (!orgId) {
                if (m_findOrganization.exec({c.organization}).next())
                    orgId = m_findOrganization.value(0).toLongLong();
                else
                    orgId = m_insertOrganization.exec({c.organization}).lastInsertId();
                m_findOrganization.query().finish();
                m_organizations.insert(key, orgId);
            }
        }
        const qint64 id = m_contact
                              .exec({c.uuid.isEmpty() ? timeOrderedUuid() : c.uuid, c.firstName, c.lastName,
                                  orgId ? QVariant(orgId) : QVariant(), c.title, c.linkedinUrl, c.location,
                                  dateOrNull(c.connectedOn), c.notes, c.source, m_batchId, m_now, m_now})
                              .lastInsertId();
        int position = 0;
        for (const auto& e : c.emails)
            m_email.exec({id, position++, e.label, e.value});
        position = 0;
        for (const auto& p : c.phones)
            m_phone.exec({id, position++, p.label, p.value});
        position = 0;
        for (const auto& t : c.tags)
            m_tag.exec({id, t, position++});
        return id;
    }

private:
    qint64 m_batchId;
    QString m_now;
    SqlStatement m_contact, m_email, m_phone, m_tag, m_findOrganization, m_insertOrganization;
    QHash<QString, qint64> m_organizations;
};

} // namespace

std::unique_ptr<BulkContactWriter> BulkContactWriter::create(const QSqlDatabase& db, qint64 batchId)
{
    if (sqlite3* handle = sqliteHandle(db))
        return std::make_unique<SqliteWriter>(handle, batchId);
    return std::make_unique<QtSqlWriter>(db, batchId);
}

QString BulkContactWriter::timeOrderedUuid()
{
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator* random = QRandomGenerator::global();
    const quint64 high = (millis << 16) | 0x7000 | (random->generate() & 0x0FFF); // version 7
    const quint64 low = (random->generate64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // variant 10
    // Written digit by digit: this runs once per imported row.
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString uuid(36, Qt::Uninitialized);
    QChar* out = uuid.data();
    const auto put = [&out](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            *out++ = QChar(hex[(value >> shift) & 0xF]);
    };
    put(high >> 32, 8);
    *out++ = QLatin1Char('-');
    put(high >> 16, 4);
    *out++ = QLatin1Char('-');
    put(high, 4);
    *out++ = QLatin1Char('-');
    put(low >> 48, 4);
    *out++ = QLatin1Char('-');
    put(low, 12);
    return uuid;
}

} // namespace Rapport
