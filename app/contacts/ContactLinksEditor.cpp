// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactLinksEditor.h"

#include "LinkCommands.h"
#include "NetworkSession.h"
#include "PresetLabels.h"
#include "ReadFailure.h"
#include "ReferralDialog.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

ContactLinksEditor::ContactLinksEditor(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linksList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setMaximumHeight(120);
    m_list->setUniformItemSizes(true);
    m_addReferrer = new QPushButton(tr("Referred &By…"), this);
    m_addReferrer->setObjectName(QStringLiteral("addReferrerButton"));
    m_addReferrer->setToolTip(tr("Record who referred you to this person"));
    m_addMore = new QPushButton(tr("More"), this);
    auto* more = new QMenu(m_addMore);
    more->addAction(tr("Referred You To…"), this, &ContactLinksEditor::addReferred);
    more->addAction(tr("Knows…"), this, &ContactLinksEditor::addAcquaintance);
    m_addMore->setMenu(more);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLinkButton"));
    connect(m_addReferrer, &QPushButton::clicked, this, &ContactLinksEditor::addReferrer);
    connect(m_edit, &QPushButton::clicked, this, &ContactLinksEditor::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ContactLinksEditor::removeCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &ContactLinksEditor::editCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ContactLinksEditor::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addReferrer);
    buttons->addWidget(m_addMore);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    updateButtons();
}

void ContactLinksEditor::setSession(NetworkSession* session)
{
    m_session = session;
    m_contact = {};
    if (session) {
        connect(session->links(), &ReferralStore::linksChanged, this, &ContactLinksEditor::refresh);
        // Names shown in the list change when the other person is edited or removed.
        connect(session->store(), &ContactStore::contactChanged, this, &ContactLinksEditor::refresh);
        connect(session->store(), &ContactStore::contactRemoved, this, &ContactLinksEditor::refresh);
        connect(session->store(), &ContactStore::contactsReset, this, &ContactLinksEditor::refresh);
    }
    refresh();
}

void ContactLinksEditor::setContact(const Contact& contact)
{
    const bool same = contact.id == m_contact.id;
    m_contact = contact;
    if (!same)
        refresh();
}

QString ContactLinksEditor::describe(const Referral& link) const
{
    const auto nameOf = [this](qint64 id) {
        const auto summary = m_session->store()->summary(id);
        return summary ? summary->name : tr("(removed)");
    };
    QString text;
    if (!link.isReferral()) {
        const qint64 other = link.referrerId == m_contact.id ? link.referredId : link.referrerId;
        text = link.relation.isEmpty() ? tr("Knows %1").arg(nameOf(other))
                                       : tr("Knows %1 (%2)").arg(nameOf(other), PresetLabels::shown(link.relation));
    } else if (link.referredId == m_contact.id) {
        text = link.referrerId == 0 ? tr("You found them yourself") : tr("Referred by %1").arg(nameOf(link.referrerId));
    } else {
        text = tr("Referred you to %1").arg(nameOf(link.referredId));
    }
    if (link.date.isValid())
        text += QStringLiteral(" · ") + QLocale().toString(link.date, QLocale::ShortFormat);
    if (link.mayUseName)
        text += QStringLiteral(" · ") + (*link.mayUseName ? tr("may use name") : tr("don't use name"));
    if (!link.note.isEmpty())
        text += QStringLiteral(" · ") + link.note;
    return text;
}

void ContactLinksEditor::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_links = m_session && m_contact.id ? m_session->links()->linksOf(m_contact.id) : QList<Referral>();
    const QString problem = m_session && m_contact.id ? m_session->links()->readError() : QString();
    // Referrers first: "how did I get here" is what the user looks for.
    std::stable_sort(m_links.begin(), m_links.end(), [this](const Referral& a, const Referral& b) {
        const auto rank
            = [this](const Referral& l) { return l.isReferral() ? (l.referredId == m_contact.id ? 0 : 1) : 2; };
        return rank(a) < rank(b);
    });
    for (const Referral& link : std::as_const(m_links))
        m_list->addItem(describe(link));
    if (!problem.isEmpty())
        m_list->addItem(ReadFailure::inView(problem)); // not "none recorded": they could not be read
    else if (m_links.isEmpty() && m_contact.id)
        m_list->addItem(tr("No referrals or acquaintances recorded"));
    m_list->setCurrentRow(qMin(row, int(m_links.size()) - 1));
    setEnabled(m_session && m_contact.id);
    updateButtons();
}

void ContactLinksEditor::updateButtons()
{
    const bool hasLink = m_list->currentRow() >= 0 && m_list->currentRow() < m_links.size();
    m_edit->setEnabled(hasLink);
    m_remove->setEnabled(hasLink);
}

void ContactLinksEditor::addReferrer()
{
    if (!m_session || !m_contact.id)
        return;
    ReferralDialog dialog(ReferralDialog::Role::ReferredBy, m_contact, m_session->store()->directory(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->undoStack()->push(new AddLinkCommand(
            m_session->links(), dialog.link(), tr("Add referral of %1").arg(m_contact.displayName())));
}

void ContactLinksEditor::addReferred()
{
    if (!m_session || !m_contact.id)
        return;
    ReferralDialog dialog(ReferralDialog::Role::Referred, m_contact, m_session->store()->directory(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->undoStack()->push(new AddLinkCommand(
            m_session->links(), dialog.link(), tr("Add referral by %1").arg(m_contact.displayName())));
}

void ContactLinksEditor::addAcquaintance()
{
    if (!m_session || !m_contact.id)
        return;
    ReferralDialog dialog(ReferralDialog::Role::Knows, m_contact, m_session->store()->directory(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->undoStack()->push(
            new AddLinkCommand(m_session->links(), dialog.link(), tr("Add link of %1").arg(m_contact.displayName())));
}

void ContactLinksEditor::editCurrent()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_links.size())
        return;
    const Referral before = m_links.at(row);
    const auto role = !before.isReferral()  ? ReferralDialog::Role::Knows
        : before.referredId == m_contact.id ? ReferralDialog::Role::ReferredBy
                                            : ReferralDialog::Role::Referred;
    ReferralDialog dialog(role, m_contact, m_session->store()->directory(), this);
    dialog.setLink(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Referral after = dialog.link();
    if (!after.isReferral() && before.referredId == m_contact.id) // keep the stored direction of "knows"
        std::swap(after.referrerId, after.referredId);
    after.importBatchId = before.importBatchId;
    m_session->undoStack()->push(
        new EditLinkCommand(m_session->links(), before, after, tr("Edit link of %1").arg(m_contact.displayName())));
}

void ContactLinksEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_links.size())
        return;
    m_session->undoStack()->push(new RemoveLinkCommand(
        m_session->links(), m_links.at(row), tr("Remove link of %1").arg(m_contact.displayName())));
}

} // namespace Rapport
