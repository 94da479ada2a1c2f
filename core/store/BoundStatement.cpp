// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BoundStatement.h"

#include <QStringEncoder>

namespace Rapport {

BoundStatement::BoundStatement(const QSqlDatabase& db, const QString& sql)
{
    if (sqlite3* handle = sqliteHandle(db))
        m_direct.emplace(handle, sql.toUtf8().constData());
    else
        m_query.emplace(db, sql);
}

BoundStatement& BoundStatement::exec(const QVariantList& values)
{
    if (m_query) {
        m_query->exec(values);
        return *this;
    }
    // Text is converted here, into one buffer for the whole row, rather than copied as UTF-16 per
    // value and converted again inside SQLite (which was a tenth of a restore's time).
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    qsizetype needed = 0;
    for (const QVariant& value : values) {
        if (value.metaType() == QMetaType::fromType<QString>())
            needed += toUtf8.requiredSpace(static_cast<const QString*>(value.constData())->size());
    }
    m_utf8.resize(needed); // bound in place below, so never resized while they are
    char* out = m_utf8.data();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        if (value.metaType() == QMetaType::fromType<QString>()) {
            char* const start = out;
            out = toUtf8.appendToBuffer(out, *static_cast<const QString*>(value.constData()));
            m_direct->bindUtf8InPlace(index, QByteArrayView(start, out - start)); // a null QString binds ''
            continue;
        }
        switch (value.metaType().id()) {
        case QMetaType::UnknownType:
            m_direct->bindNull(index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            m_direct->bind(index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            m_direct->bind(index, value.toDouble());
            break;
        default:
            m_direct->bind(index, value.toString()); // a null QString binds '', as SqlStatement's rule says
        }
    }
    m_onRow = false;
    m_rowWaiting = m_direct->run();
    return *this;
}

bool BoundStatement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowWaiting) {
        m_rowWaiting = false;
        m_onRow = true;
    } else {
        m_onRow = m_onRow && m_direct->next();
    }
    return m_onRow;
}

QVariant BoundStatement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    return m_onRow ? m_direct->columnValue(column) : QVariant();
}

qint64 BoundStatement::lastInsertId() const
{
    return m_query ? m_query->lastInsertId() : m_direct->lastInsertId();
}

void BoundStatement::finish()
{
    if (m_query) {
        m_query->query().finish();
        return;
    }
    m_direct->reset(); // a statement left on a row would hold its read open
    m_rowWaiting = false;
    m_onRow = false;
}

} // namespace Rapport
