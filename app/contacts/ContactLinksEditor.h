// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QWidget>

#include <optional>

class QListView;
class QPushButton;

namespace Rapport {

class ContactLinksModel;
class NetworkSession;

// The "Connections" part of the contact editor: who referred this person, whom they referred
// the user to, and whom they know. Every change is an undoable command.
class ContactLinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ContactLinksEditor(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    // The contact whose links are shown; a draft (id 0) has none yet.
    void setContact(const Contact& contact);

    void addReferrer();
    void addReferred();
    void addAcquaintance();
    void editCurrent();
    void removeCurrent();

    ContactLinksModel* model() const { return m_model; }

private:
    // The link on the current row, if that row is a link.
    std::optional<Referral> currentLink() const;
    void updateButtons();

    NetworkSession* m_session = nullptr;
    Contact m_contact;
    ContactLinksModel* m_model;
    QListView* m_list;
    QPushButton* m_addReferrer;
    QPushButton* m_addMore;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace Rapport
