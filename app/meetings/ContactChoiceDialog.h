// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QLineEdit;

namespace Rapport {

// Asks whom something is with (a meeting scheduled or logged from the Meetings view): a name,
// completed and matched as the contact search matches names. OK takes the one person it names;
// a name that fits nobody, or several people equally, keeps the dialog open and says so.
class ContactChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // contacts: the contact list model (names in column 0, ids under ContactIdRole).
    ContactChoiceDialog(QAbstractItemModel* contacts, const QString& title, QWidget* parent = nullptr);

    void setName(const QString& name);
    qint64 contactId() const { return m_chosen; }
    void accept() override;

private:
    QAbstractItemModel* m_contacts;
    QLineEdit* m_name;
    QLabel* m_problem;
    qint64 m_chosen = 0;
};

} // namespace Rapport
