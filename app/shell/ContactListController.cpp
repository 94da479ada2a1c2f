// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListController.h"

#include "ContactCommands.h"
#include "ContactEditor.h"
#include "ContactFilterBar.h"
#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "GraphPanel.h"
#include "LinkCommands.h"
#include "NetworkSession.h"
#include "NewReferrerCommand.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

namespace Rapport {

ContactListController::ContactListController(
    QObject* parent, ContactListView* list, ContactFilterBar* filterBar, ContactEditor* editor, GraphPanel* graph)
    : QObject(parent)
    , m_list(list)
    , m_filterBar(filterBar)
    , m_editor(editor)
    , m_graph(graph)
{
    connect(m_editor, &ContactEditor::draftCancelled, this, [this] {
        showCurrentContact();
        emit draftCancelled();
    });
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this] { m_editor->focusFirstField(); });
    // The graph and the list select the same contact.
    connect(m_graph, &GraphPanel::contactSelected, this, [this](qint64 id) { m_list->selectContact(id); });
    connect(m_graph, &GraphPanel::contactActivated, this, [this](qint64 id) {
        m_list->selectContact(id);
        m_editor->focusFirstField();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { m_editor->focusFirstField(); });
    // Down from the search box opens the best match (the search lists it first).
    connect(m_filterBar, &ContactFilterBar::firstMatchWanted, this, [this] {
        if (!m_list->model() || m_list->model()->rowCount() == 0)
            return;
        m_list->setFocus(Qt::TabFocusReason);
        m_list->selectContact(m_list->model()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
    });
}

void ContactListController::setSession(NetworkSession* session)
{
    m_session = session;
    NetworkSession* s = session;
    m_list->setModel(s->filterModel());
    QSettings settings;
    if (!m_list->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("MainWindow/contactColumns")).toByteArray()))
        m_list->applyDefaultColumnWidths();
    m_list->horizontalHeader()->setSortIndicatorShown(true);
    m_list->sortByColumn(
        m_list->horizontalHeader()->sortIndicatorSection(), m_list->horizontalHeader()->sortIndicatorOrder());

    connect(m_filterBar, &ContactFilterBar::searchChanged, s->filterModel(), &ContactFilterModel::setSearchText);
    connect(m_filterBar, &ContactFilterBar::stageChanged, s->filterModel(), &ContactFilterModel::setStageFilter);
    connect(m_filterBar, &ContactFilterBar::tagChanged, s->filterModel(), &ContactFilterModel::setTagFilter);
    // When the filter hides the contact on show, the first match takes its place in the editor.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(s->filterModel(), signal, this, &ContactListController::ensureCurrentContact, Qt::QueuedConnection);
    connect(s->filterModel(), &QAbstractItemModel::layoutChanged, this, &ContactListController::ensureCurrentContact,
        Qt::QueuedConnection);
    connect(s->filterModel(), &QAbstractItemModel::modelReset, this, &ContactListController::ensureCurrentContact,
        Qt::QueuedConnection);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            // When a filter hides the current row, Qt moves "current" to a neighbour without selecting
            // it; the contact in the editor must always be the selected one. Not while Ctrl is held:
            // a Ctrl+click moves "current" first and then toggles the row, so selecting it here would
            // turn the click into a deselection and lose the rows chosen so far.
            QItemSelectionModel* selection = m_list->selectionModel();
            const bool choosingRows = QGuiApplication::keyboardModifiers() & Qt::ControlModifier;
            if (current.isValid() && !selection->isRowSelected(current.row()) && !choosingRows)
                selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            commitPendingEdits();
            showCurrentContact();
            emit currentContactChanged();
            if (current.isValid())
                m_graph->selectContact(current.data(ContactListModel::ContactIdRole).toLongLong());
        });
    connect(s->store(), &ContactStore::contactChanged, this, [this](qint64 id) {
        if (id == m_editor->contactId()) {
            if (const auto contact = m_session->store()->contact(id))
                m_editor->showContact(*contact);
        }
        QTimer::singleShot(0, this, &ContactListController::refreshTagFilter);
    });
}

void ContactListController::saveLayout(QSettings& settings) const
{
    if (m_list->model())
        settings.setValue(QStringLiteral("MainWindow/contactColumns"), m_list->horizontalHeader()->saveState());
}

void ContactListController::commitPendingEdits()
{
    if (!m_session)
        return;
    if (const auto draft = m_editor->pendingDraft()) {
        // A contact being typed is kept, never silently dropped.
        const ReferrerChoice referrer = m_editor->draftReferrer();
        m_editor->showNothing();
        m_session->undoStack()->push(addContactCommand(m_session->store(), m_session->links(), *draft, referrer));
        emit draftKept(
            tr("Added %1, the new contact you were typing. Edit ▸ Undo takes it back.").arg(draft->displayName()));
        return;
    }
    m_editor->commitEdits();
}

void ContactListController::showCurrentContact()
{
    const qint64 id = m_list->currentContactId();
    const auto contact = id && m_session ? m_session->store()->contact(id) : std::nullopt;
    if (contact)
        m_editor->showContact(*contact);
    else
        m_editor->showNothing();
}

void ContactListController::ensureCurrentContact()
{
    if (!m_session || m_editor->isDraft() || m_list->currentIndex().isValid())
        return;
    if (m_list->model()->rowCount() == 0) { // nobody shown: the editor must not keep a hidden contact
        commitPendingEdits();
        m_editor->showNothing();
        emit currentContactChanged();
        return;
    }
    m_list->selectContact(m_list->model()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
}

void ContactListController::refreshTagFilter()
{
    if (m_session)
        m_filterBar->setTags(m_session->store()->allTags());
}

} // namespace Rapport
