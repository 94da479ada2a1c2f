// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactActions.h"

#include "ContactCommands.h"
#include "ContactEditor.h"
#include "ContactFilterBar.h"
#include "ContactListView.h"
#include "DatabaseError.h"
#include "LinkCommands.h"
#include "MainWindow.h"
#include "MergeContactsCommand.h"
#include "MergeContactsDialog.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "NewReferrerCommand.h"
#include "PossibleDuplicatesDialog.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

ContactActions::ContactActions(QMainWindow* window, ContactListView* list, ContactEditor* editor,
    ContactFilterBar* filterBar, const QList<QAction*>& undoActions)
    : QObject(window)
    , m_window(window)
    , m_list(list)
    , m_editor(editor)
    , m_filterBar(filterBar)
    , m_undoActions(undoActions)
{ }

void ContactActions::setSession(NetworkSession* session)
{
    if (m_duplicates)
        delete m_duplicates; // its pairs are the old network's
    m_session = session;
}

void ContactActions::newContact()
{
    if (!m_session)
        return;
    emit aboutToChange();
    emit editorNeeded();
    m_list->selectionModel()->clear(); // no current row: clicking any row afterwards leaves the draft
    m_editor->startNewContact();
}

void ContactActions::addContact(const Contact& contact)
{
    const ReferrerChoice referrer = m_editor->draftReferrer();
    m_editor->showNothing(); // the draft is now a contact: leaving it must not add it twice
    qint64 id = 0;
    // With its Referred by (and a new referrer) as one undo step.
    QUndoCommand* command = addContactCommand(m_session->store(), m_session->links(), contact, referrer, &id);
    QUndoStack* undo = m_session->undoStack();
    undo->push(command); // runs redo(); a command whose write failed is deleted at once
    if (!id || undo->count() == 0 || undo->command(undo->count() - 1) != command) {
        m_editor->startNewContact(contact, referrer.typed); // nothing typed is lost; the user saw why it failed
        return;
    }
    m_filterBar->clearFilters(); // the new contact must be visible, whatever was filtered
    m_list->selectContact(id);
    m_list->setFocus();
}

void ContactActions::editContact(const Contact& before, const Contact& after)
{
    m_session->undoStack()->push(new EditContactCommand(m_session->store(), before, after));
}

void ContactActions::deleteSelectedContacts()
{
    if (!m_session)
        return;
    const QModelIndexList selected = m_list->selectionModel()->selectedRows(ContactListModel::Name);
    if (selected.isEmpty())
        return;
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& row : selected) {
        ids.append(row.data(ContactListModel::ContactIdRole).toLongLong());
        names.append(row.data().toString());
    }
    const QString name = names.first();
    const QString question = ids.size() == 1
        ? MainWindow::tr("Delete %1, with their meetings, follow-ups and referral links?").arg(name)
        : MainWindow::tr(
            "Delete %n contacts, with their meetings, follow-ups and referral links?", nullptr, int(ids.size()));
    if (MessageBoxes::question(m_window, MainWindow::tr("Delete contact"),
            question + QLatin1Char('\n') + MainWindow::tr("You can undo this."), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    // The row below the deleted ones becomes current, as in a file manager.
    const int nextRow = selected.first().row();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // thousands at once take a moment
    m_session->undoStack()->push(new DeleteContactCommand(m_session->store(), ids,
        ids.size() == 1 ? MainWindow::tr("Delete %1").arg(name)
                        : MainWindow::tr("Delete %n contacts", nullptr, int(ids.size()))));
    QGuiApplication::restoreOverrideCursor();
    const int rows = m_list->model()->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_list->model()->index(qMin(nextRow, rows - 1), 0);
        m_list->selectContact(next.data(ContactListModel::ContactIdRole).toLongLong());
    } else {
        m_editor->showNothing();
    }
}

void ContactActions::mergeSelectedContacts()
{
    if (!m_session)
        return;
    const QList<qint64> ids = m_list->selectedContactIds();
    if (ids.size() == 2)
        mergeContacts(ids.at(0), ids.at(1));
}

MergeContactsDialog* ContactActions::mergeContacts(qint64 first, qint64 second)
{
    if (!m_session)
        return nullptr;
    emit aboutToChange(); // a field still being typed belongs to the contact as it is merged
    MergePlan plan;
    try {
        plan = ContactMerge::plan(m_session->store()->connection(), first, second);
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(m_window, MainWindow::tr("Could not merge"), e.message());
        return nullptr;
    }
    const auto kept = m_session->store()->contact(plan.keptId);
    const auto other = m_session->store()->contact(plan.otherId);
    if (!kept || !other)
        return nullptr; // the read failure is reported by the store
    auto* dialog = new MergeContactsDialog(plan, *kept, *other, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString keptName = kept->displayName();
    const QString otherName = other->displayName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, keptName, otherName] {
        if (!m_session)
            return;
        const MergeChoices choices = dialog->choices();
        auto* command = new MergeContactsCommand(m_session->store(), m_session->meetings(), m_session->links(), choices,
            MainWindow::tr("Merge %1 and %2").arg(keptName, otherName));
        QUndoStack* undo = m_session->undoStack();
        undo->push(command); // runs redo(); a command whose write failed is deleted at once
        if (undo->count() == 0 || undo->command(undo->count() - 1) != command)
            return; // the store said why (writeFailed)
        m_list->selectContact(choices.keptId);
        m_list->setFocus();
        m_window->statusBar()->showMessage(MainWindow::tr("Merged %1 into %2.").arg(otherName, keptName), 8000);
    });
    dialog->open();
    return dialog;
}

void ContactActions::reviewDuplicates(
    const QList<PossibleDuplicatePair>& pairs, const QString& fileName, int mergeFirst)
{
    if (!m_session || pairs.isEmpty())
        return;
    if (m_duplicates)
        m_duplicates->close(); // an earlier import's list: this one replaces it
    m_duplicates = new PossibleDuplicatesDialog(m_session->store(), pairs, fileName, m_window);
    m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
    // Ctrl+Z there undoes a merge made from it, as in the window.
    m_duplicates->addActions(m_undoActions);
    connect(m_duplicates, &PossibleDuplicatesDialog::mergeRequested, this, [this](qint64 addedId, qint64 otherId) {
        if (MergeContactsDialog* merge = mergeContacts(addedId, otherId))
            connect(merge, &QDialog::finished, m_duplicates, &PossibleDuplicatesDialog::takeFocus);
    });
    connect(m_duplicates, &PossibleDuplicatesDialog::pairChosen, this, [this](qint64 addedId) {
        emit contactListNeeded();
        m_list->selectContact(addedId); // the editor shows the new one; it is among the imported
    });
    m_duplicates->show();
    if (mergeFirst >= 0) {
        // Once the wizard is gone: the merge dialog is modal to this window.
        QTimer::singleShot(0, m_duplicates, [dialog = m_duplicates, mergeFirst] { dialog->mergePair(mergeFirst); });
    }
}

} // namespace Rapport
