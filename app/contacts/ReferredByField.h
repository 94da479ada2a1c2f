// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"

#include <QLineEdit>

#include <optional>

class QStringListModel;

namespace Rapport {

class NetworkSession;

// "Referred by" near the top of the contact editor: who referred the user to this person, typed
// with completion over the contacts' names and "Me". For a saved contact it shows the referrer and
// a change is an undoable edit of the link; for a new contact the editor reads chosenReferrer()
// when it is added. Several referrers are changed in Connections, so the field is read-only then.
class ReferredByField : public QLineEdit
{
    Q_OBJECT

public:
    explicit ReferredByField(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    void setContact(const Contact& contact);

    // The referrer typed: nullopt for none, 0 for Me, else a contact's id. A name that is nobody's,
    // or several people's, gives nullopt and sets *error.
    std::optional<qint64> chosenReferrer(QString* error) const;

signals:
    // A typed name that matches no single contact, for a saved contact; empty when it is fixed.
    void problem(const QString& message);

protected:
    void focusInEvent(QFocusEvent* event) override;

private:
    // The referral links that end at the contact shown.
    QList<Referral> referralsIn() const;
    void refresh();
    void apply();
    QString meText() const;

    NetworkSession* m_session = nullptr;
    Contact m_contact;
    QStringListModel* m_names;
    QMetaObject::Connection m_linksConnection;
};

} // namespace Rapport
