// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SectionedRowModel.h"
#include "ViewTextFormat.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Rapport {

namespace MessageLogDetail {
struct Row {
    qint64 key = 0; // the message's id
    QDateTime sentAt;
    bool out = false; // from the user
    bool invitation = false;
    bool textKept = true; // false: dates and directions only
    QString text;
    bool operator==(const Row&) const = default;
};
} // namespace MessageLogDetail

// One contact's LinkedIn messages and invitations from the archive, newest first, one line each
// ("date · You wrote: the first words…", the whole text in the tooltip), for the contact's page.
// Read-only: the log comes from imports.
class MessageLogModel : public SectionedRowModel<MessageLogDetail::Row>
{
    Q_OBJECT

public:
    enum Role { MessageIdRole = Qt::UserRole, TextRole };
    static constexpr int kMostShown = 200; // the newest; the count says how many there are in all

    explicit MessageLogModel(QObject* parent = nullptr);

    void setFormat(const ViewTextFormat& format) { m_format = format; }
    // 0 for none. Another contact is a reset; the same one is read again.
    void setContact(const QSqlDatabase& db, qint64 contactId);
    // How many messages the contact has in all (more than the rows when over kMostShown).
    int total() const { return m_total; }
    // Why the log could not be read (then there are no rows), or empty.
    QString readError() const { return m_readError; }

protected:
    QVariant rowData(const MessageLogDetail::Row& row, int column, int role) const override;

private:
    QList<MessageLogDetail::Row> read(const QSqlDatabase& db);

    ViewTextFormat m_format;
    qint64 m_contactId = 0;
    int m_total = 0;
    QString m_readError;
};

} // namespace Rapport
