// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;

namespace Rapport {

class MessageLogModel;
class NetworkSession;
class PlaceholderTreeView;

// A contact's LinkedIn messages and invitations (from the archive), newest first, on the contact's
// page: a line each, the whole text on hover or in a window on Enter or double-click. Hidden for
// a contact with none.
class ContactMessages : public QWidget
{
    Q_OBJECT

public:
    explicit ContactMessages(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    // 0 for none; the same contact is read again (after an import, say).
    void setContact(qint64 contactId);
    PlaceholderTreeView* view() const { return m_list; }

private:
    void showMessage(const QModelIndex& index);

    NetworkSession* m_session = nullptr;
    MessageLogModel* m_model;
    QLabel* m_title;
    PlaceholderTreeView* m_list;
};

} // namespace Rapport
