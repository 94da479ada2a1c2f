#include "BoundStatement.h"

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
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
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
