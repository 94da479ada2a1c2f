// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SectionedRowModel.h"

#include <QDate>

namespace Rapport {

class MeetingStore;

namespace FollowUpListDetail {
struct Row {
    qint64 key = 0; // the follow-up's id
    QDate due;
    QString text;
    bool done = false;
    bool overdue = false;
    bool operator==(const Row&) const = default;
};
} // namespace FollowUpListDetail

// One contact's follow-ups: open ones first by due date, then done ones, each with a box to
// tick. Ticking asks for the change (doneRequested) rather than writing it, so that the view
// can make it undoable; the row follows when the store says the follow-up changed.
class FollowUpListModel : public SectionedRowModel<FollowUpListDetail::Row>
{
    Q_OBJECT

public:
    enum Role { FollowUpIdRole = Qt::UserRole };

    explicit FollowUpListModel(MeetingStore* store, QObject* parent = nullptr);

    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    qint64 followUpId(const QModelIndex& index) const;
    QString readError() const { return m_readError; }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void doneRequested(qint64 followUpId, bool done);

protected:
    QVariant rowData(const FollowUpListDetail::Row& row, int column, int role) const override;
    Qt::ItemFlags rowFlags(const FollowUpListDetail::Row& row, int column) const override;

private:
    QList<FollowUpListDetail::Row> read();

    MeetingStore* m_store;
    qint64 m_contactId = 0;
    QString m_readError;
};

} // namespace Rapport
