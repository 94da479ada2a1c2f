// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MeetingTypes.h"
#include "SectionedRowModel.h"
#include "ViewTextFormat.h"

#include <QDateTime>

namespace Rapport {

class MeetingStore;

namespace MeetingListDetail {
struct Row {
    qint64 key = 0; // the meeting's id
    QDateTime start;
    MeetingKind kind = MeetingKind::InformationalInterview;
    MeetingStatus status = MeetingStatus::Planned;
    QString takeaway;
    bool operator==(const Row&) const = default;
};
} // namespace MeetingListDetail

// One contact's meetings, latest first, one line each ("date · kind · status"), for the
// contact's page. It follows the store: a meeting added, changed or removed is one row
// inserted, changed or removed.
class MeetingListModel : public SectionedRowModel<MeetingListDetail::Row>
{
    Q_OBJECT

public:
    enum Role { MeetingIdRole = Qt::UserRole };

    explicit MeetingListModel(MeetingStore* store, QObject* parent = nullptr);

    void setFormat(const ViewTextFormat& format) { m_format = format; }
    // 0 for none. Another contact is a reset; the same one is read again.
    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    qint64 meetingId(const QModelIndex& index) const;
    // Why the meetings could not be read (then there are no rows), or empty.
    QString readError() const { return m_readError; }

protected:
    QVariant rowData(const MeetingListDetail::Row& row, int column, int role) const override;

private:
    QList<MeetingListDetail::Row> read();

    MeetingStore* m_store;
    ViewTextFormat m_format;
    qint64 m_contactId = 0;
    QString m_readError;
};

} // namespace Rapport
