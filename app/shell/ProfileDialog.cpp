// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileDialog.h"

#include "Database.h"
#include "DatabaseError.h"
#include "MessageBoxes.h"
#include "ReadFailure.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Rapport {

ProfileDialog::ProfileDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("My Profile"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("profileField"));
    m_field->setPlaceholderText(tr("e.g. a postdoc in cell biology"));
    m_introduction = new QPlainTextEdit(this);
    m_introduction->setPlaceholderText(tr("Who you are, what you are exploring, and why this person: 30 seconds."));
    m_introduction->setTabChangesFocus(true);
    m_goals = new QPlainTextEdit(this);
    m_goals->setPlaceholderText(tr("The careers you are exploring, and what you want to learn."));
    m_goals->setTabChangesFocus(true);
    QString problem;
    try {
        SqlStatement row(
            database.connection(), QStringLiteral("SELECT name, field, introduction, goals FROM profile WHERE id = 1"));
        if (row.exec().next()) {
            m_name->setText(row.value(0).toString());
            m_field->setText(row.value(1).toString());
            m_introduction->setPlainText(row.value(2).toString());
            m_goals->setPlainText(row.value(3).toString());
        }
    } catch (const DatabaseError& e) {
        problem = e.message();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (!problem.isEmpty()) {
        // Empty fields saved over a profile that could not be read would erase it: look, but no Save.
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        ReadFailure::show(parent, database.path(), problem);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Introduction:"), m_introduction);
    form->addRow(tr("&Exploring:"), m_goals);
    form->addRow(buttons);
    resize(520, 400);
}

void ProfileDialog::accept()
{
    try {
        Transaction transaction(m_database.connection());
        SqlStatement::run(m_database.connection(),
            QStringLiteral("INSERT INTO profile (id, name, field, introduction, goals) VALUES (1, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, field = excluded.field, "
                           "introduction = excluded.introduction, goals = excluded.goals"),
            {m_name->text().trimmed(), m_field->text().trimmed(), m_introduction->toPlainText().trimmed(),
                m_goals->toPlainText().trimmed()});
        transaction.commit();
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, tr("My Profile"), tr("The profile could not be saved.\n\n%1").arg(e.message()));
        return;
    }
    QDialog::accept();
}

} // namespace Rapport
