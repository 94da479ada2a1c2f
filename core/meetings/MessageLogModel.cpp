// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageLogModel.h"

#include "DatabaseError.h"
#include "PrepSheetText.h"
#include "SqlStatement.h"

namespace Rapport {

using MessageLogDetail::Row;

namespace {
constexpr int kLineChars = 90; // the first words of a message, on its one line
} // namespace

MessageLogModel::MessageLogModel(QObject* parent)
    : SectionedRowModel(true, 1, parent)
{ }

void MessageLogModel::setContact(const QSqlDatabase& db, qint64 contactId)
{
    if (contactId == m_contactId) {
        syncFlat(read(db));
        return;
    }
    m_contactId = contactId;
    resetFlat(read(db));
}

QList<Row> MessageLogModel::read(const QSqlDatabase& db)
{
    QList<Row> rows;
    m_readError.clear();
    m_total = 0;
    if (!m_contactId)
        return rows;
    try {
        m_total = SqlStatement::scalar(
            db, QStringLiteral("SELECT count(*) FROM message WHERE contact_id = ?"), {m_contactId})
                      .toInt();
        SqlStatement query(db,
            QStringLiteral(
                "SELECT id, sent_at, direction = 'out', channel = 'linkedin_invitation', body IS NOT NULL, "
                "ifnull(body, '') FROM message WHERE contact_id = ? ORDER BY sent_at DESC, id DESC LIMIT ?"));
        query.exec({m_contactId, kMostShown});
        while (query.next()) {
            rows.append(Row {query.value(0).toLongLong(),
                QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs), query.value(2).toBool(),
                query.value(3).toBool(), query.value(4).toBool(), query.value(5).toString()});
        }
    } catch (const DatabaseError& e) {
        m_readError = e.message();
        m_total = 0;
        rows.clear();
    }
    return rows;
}

QVariant MessageLogModel::rowData(const Row& row, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = m_format.dateTime(row.sentAt.toLocalTime());
        const QString firstWords = PrepSheetText::cut(row.text.simplified(), kLineChars);
        if (row.invitation) {
            const QString way = row.out ? tr("Invitation sent") : tr("Invitation received");
            return firstWords.isEmpty() ? tr("%1 · %2").arg(when, way) : tr("%1 · %2: %3").arg(when, way, firstWords);
        }
        if (!row.textKept)
            return row.out ? tr("%1 · You wrote (the text was not kept)").arg(when)
                           : tr("%1 · They wrote (the text was not kept)").arg(when);
        return row.out ? tr("%1 · You wrote: %2").arg(when, firstWords)
                       : tr("%1 · They wrote: %2").arg(when, firstWords);
    }
    case Qt::ToolTipRole:
        return row.text.isEmpty() ? QVariant() : QVariant(m_format.toolTip(row.text));
    case MessageIdRole:
        return row.key;
    case TextRole:
        return row.text;
    default:
        return {};
    }
}

} // namespace Rapport
