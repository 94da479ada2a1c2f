// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferralsGivenTab.h"

#include "ContactCommands.h"
#include "LinkCommands.h"
#include "NetworkSession.h"
#include "ReferralsGivenModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

ReferralsGivenTab::ReferralsGivenTab(NetworkSession* session, const Contact& contact, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_contact(contact)
{
    auto* intro = new QLabel(tr("Who else did they suggest you talk to? Each person becomes a contact, referred "
                                "by %1, ready for you to reach out to.")
                                 .arg(m_contact.displayName()),
        this);
    intro->setWordWrap(true);
    m_givenName = new QLineEdit(this);
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_givenName->setPlaceholderText(tr("Name"));
    m_givenRole = new QLineEdit(this);
    m_givenRole->setObjectName(QStringLiteral("givenRole"));
    m_givenRole->setPlaceholderText(tr("Role"));
    m_givenOrganization = new QLineEdit(this);
    m_givenOrganization->setObjectName(QStringLiteral("givenOrganization"));
    m_givenOrganization->setPlaceholderText(tr("Organisation"));
    m_givenMayUse = new QComboBox(this);
    m_givenMayUse->setObjectName(QStringLiteral("givenMayUse"));
    m_givenMayUse->addItem(tr("Use their name? Not asked"));
    m_givenMayUse->addItem(tr("May use their name"), true);
    m_givenMayUse->addItem(tr("Don't use their name"), false);
    auto* addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addGivenButton"));
    connect(addButton, &QPushButton::clicked, this, [this] { add(); });
    for (QLineEdit* edit : {m_givenName, m_givenRole, m_givenOrganization})
        connect(edit, &QLineEdit::returnPressed, this, [this] { add(); });
    m_given = new QListView(this);
    m_given->setModel(new ReferralsGivenModel(m_session->store(), m_session->links(), m_contact.id, m_given));
    m_given->setObjectName(QStringLiteral("givenList"));
    m_given->setAccessibleName(tr("People %1 referred you to").arg(m_contact.displayName()));

    auto* row = new QHBoxLayout;
    row->addWidget(m_givenName, 2);
    row->addWidget(m_givenRole, 2);
    row->addWidget(m_givenOrganization, 2);
    row->addWidget(m_givenMayUse, 1);
    row->addWidget(addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_given, 1);
}

void ReferralsGivenTab::add()
{
    const QString name = m_givenName->text().simplified();
    if (name.isEmpty()) {
        m_givenName->setFocus();
        return;
    }
    Contact person;
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    person.firstName = space > 0 ? name.left(space) : name;
    person.lastName = space > 0 ? name.mid(space + 1) : QString();
    person.title = m_givenRole->text().trimmed();
    person.organization = m_givenOrganization->text().trimmed();
    person.notes
        = tr("Suggested by %1 on %2.").arg(m_contact.displayName(), QLocale().toString(m_day, QLocale::ShortFormat));

    // One undo step: the new contact and the link from the person who suggested them.
    QUndoStack* undo = m_session->undoStack();
    undo->beginMacro(tr("Add %1, referred by %2").arg(name, m_contact.displayName()));
    qint64 personId = 0;
    auto* addContact = new AddContactCommand(m_session->store(), person);
    addContact->reportIdTo(&personId);
    undo->push(addContact); // deleted inside push() if the write fails
    if (personId) {
        Referral link;
        link.referrerId = m_contact.id;
        link.referredId = personId;
        link.date = m_day;
        link.note = tr("Suggested in a meeting");
        if (m_givenMayUse->currentIndex() > 0)
            link.mayUseName = m_givenMayUse->currentData().toBool();
        undo->push(new AddLinkCommand(m_session->links(), link, tr("Add referral")));
    }
    undo->endMacro();
    for (QLineEdit* edit : {m_givenName, m_givenRole, m_givenOrganization})
        edit->clear();
    m_givenMayUse->setCurrentIndex(0);
    m_givenName->setFocus();
}

} // namespace Rapport
