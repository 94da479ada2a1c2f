// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactChoiceDialog.h"

#include "ContactListModel.h"
#include "FoldedNameCompleter.h"
#include "SearchRanking.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Rapport {

ContactChoiceDialog::ContactChoiceDialog(QAbstractItemModel* contacts, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("contactChoiceDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("contactChoiceName"));
    m_name->setPlaceholderText(tr("Type a name"));
    m_name->setClearButtonEnabled(true);
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_name->setCompleter(new FoldedNameCompleter(contacts, m_name));
    m_problem->setObjectName(QStringLiteral("contactChoiceProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_problem, &QWidget::hide); // the problem was the old text's
    auto* form = new QFormLayout;
    form->addRow(tr("&With:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ContactChoiceDialog::setName(const QString& name)
{
    m_name->setText(name);
    m_name->selectAll();
}

void ContactChoiceDialog::accept()
{
    const QString typed = m_name->text().trimmed();
    QStringList names;
    QList<qint64> ids;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const QModelIndex index = m_contacts->index(row, ContactListModel::Name);
        names.append(index.data().toString());
        ids.append(index.data(ContactListModel::ContactIdRole).toLongLong());
    }
    QList<qsizetype> best;
    const QString folded = SearchRanking::fold(typed);
    for (qsizetype i = 0; i < names.size(); ++i) { // the whole name first: two "Sam"s and one "Sam Lee"
        if (!folded.isEmpty() && SearchRanking::fold(names.at(i)) == folded)
            best.append(i);
    }
    if (best.isEmpty() && !folded.isEmpty())
        best = SearchRanking::bestNameMatches(typed, names);
    if (best.size() == 1) {
        m_chosen = ids.at(best.first());
        QDialog::accept();
        return;
    }
    m_problem->setText(typed.isEmpty() ? tr("Type the name of someone in your network.")
            : best.isEmpty()
            ? tr("Nobody in your network is called “%1”.").arg(typed)
            : tr("%1 people fit “%2”: type more of the name, or pick one from the list.").arg(best.size()).arg(typed));
    m_problem->show();
    m_name->setFocus();
}

} // namespace Rapport
