// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactLinksEditor.h"

#include "ContactLinksModel.h"
#include "ElidedTipDelegate.h"
#include "FlowLayout.h"
#include "LinkCommands.h"
#include "NetworkSession.h"
#include "ReadFailure.h"
#include "ReferralDialog.h"

#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

ContactLinksEditor::ContactLinksEditor(QWidget* parent)
    : QWidget(parent)
{
    m_model = new ContactLinksModel(this);
    m_model->setReadFailureText(&ReadFailure::inView); // not "none recorded": they could not be read
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("linksList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setMaximumHeight(120);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ElidedTipDelegate(m_list)); // a long link is cut at the editor's width
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
    connect(m_list, &QListView::activated, this, &ContactLinksEditor::editCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContactLinksEditor::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactLinksEditor::updateButtons);
    // Rows come and go under the current one: the buttons follow what is current now.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactLinksEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContactLinksEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactLinksEditor::updateButtons);

    // A row that wraps, so four buttons in French or at 200% do not widen the editor.
    auto* buttons = new FlowLayout;
    buttons->addWidget(m_addReferrer);
    buttons->addWidget(m_addMore);
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
    m_model->setStores(session ? session->store() : nullptr, session ? session->links() : nullptr);
    setEnabled(false);
    updateButtons();
}

void ContactLinksEditor::setContact(const Contact& contact)
{
    const bool same = contact.id == m_contact.id;
    m_contact = contact;
    if (same)
        return;
    // The same row stays current, as far as the new contact has one.
    const int row = m_list->currentIndex().row();
    m_model->setContact(m_session ? contact.id : 0);
    m_list->setCurrentIndex(m_model->index(qMin(row, m_model->linkCount() - 1), 0));
    setEnabled(m_session && m_contact.id);
    updateButtons();
}

std::optional<Referral> ContactLinksEditor::currentLink() const
{
    // Edit and Remove act on the row the user picked: a current row no longer selected is not one.
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return std::nullopt;
    return m_model->linkAt(current.row());
}

void ContactLinksEditor::updateButtons()
{
    const bool hasLink = currentLink().has_value();
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
    const std::optional<Referral> current = currentLink();
    if (!m_session || !current)
        return;
    const Referral before = *current;
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
    const std::optional<Referral> current = currentLink();
    if (!m_session || !current)
        return;
    m_session->undoStack()->push(
        new RemoveLinkCommand(m_session->links(), *current, tr("Remove link of %1").arg(m_contact.displayName())));
}

} // namespace Rapport
