// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QSettings;

namespace Rapport {

class ContactEditor;
class ContactFilterBar;
class ContactListView;
class GraphPanel;
class NetworkSession;

// Keeps the contact list, its filter bar, the contact editor and the graph's selection in step:
// the editor shows the selected contact, what it holds is saved before the selection moves, the
// first match takes the place of a contact a filter hid, and the graph and the list select the same
// contact.
class ContactListController : public QObject
{
    Q_OBJECT

public:
    ContactListController(
        QObject* parent, ContactListView* list, ContactFilterBar* filterBar, ContactEditor* editor, GraphPanel* graph);

    // The list shows the session's contacts, with the columns as the user left them.
    void setSession(NetworkSession* session);
    void saveLayout(QSettings& settings) const;

    // Saves what the editor holds: pending field edits, or a new contact still being typed.
    void commitPendingEdits();
    void showCurrentContact();
    void ensureCurrentContact();
    void refreshTagFilter();

signals:
    // The current contact changed, or there is none now: what the actions apply to changed.
    void currentContactChanged();
    // A new contact's draft was dropped: the window may be empty again.
    void draftCancelled();
    // A new contact being typed was added because the user moved on (it is never dropped
    // silently): the window says so, and that Edit ▸ Undo takes it back.
    void draftKept(const QString& message);

private:
    ContactListView* m_list;
    ContactFilterBar* m_filterBar;
    ContactEditor* m_editor;
    GraphPanel* m_graph;
    QPointer<NetworkSession> m_session; // cleared as soon as the window closes the session
};

} // namespace Rapport
