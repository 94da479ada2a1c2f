// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMainWindow;
class QUndoCommand;

namespace Rapport {

class ContactEditor;
class ContactFilterBar;
class ContactListView;
class MergeContactsDialog;
class NetworkSession;
class PossibleDuplicatesDialog;
struct Contact;
struct PossibleDuplicatePair;

// What the main window does to contacts: add one (typed in the editor), save an edit, delete the
// selected ones, merge two, and review the possible duplicates an import flagged. Each change is a
// step on the session's undo stack.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    // undoActions go to the duplicates window too, so Ctrl+Z there undoes a merge made from it.
    ContactActions(QMainWindow* window, ContactListView* list, ContactEditor* editor, ContactFilterBar* filterBar,
        const QList<QAction*>& undoActions);

    // Called before the session changes: the duplicates window shows the old network's pairs.
    void setSession(NetworkSession* session);

    void newContact();
    void addContact(const Contact& contact);
    void editContact(const Contact& before, const Contact& after);
    void deleteSelectedContacts();
    // Two contacts that are the same person become one (Edit ▸ Merge Contacts…).
    void mergeSelectedContacts();
    // The same for any two: opens the Merge Contacts dialog (returned, or nullptr when the two cannot
    // be read); the merge is a step on the undo stack.
    MergeContactsDialog* mergeContacts(qint64 first, qint64 second);
    // After an import: the pairs it flagged as possible duplicates, in a window of their own.
    void reviewDuplicates(const QList<PossibleDuplicatePair>& pairs, const QString& fileName, int mergeFirst);

signals:
    // Before a change: what the editor holds is saved first.
    void aboutToChange();
    // A new contact is being typed: the editor must be on screen, not the empty state.
    void editorNeeded();
    // A contact chosen in the duplicates window is shown in the contact list.
    void contactListNeeded();

private:
    QMainWindow* m_window;
    ContactListView* m_list;
    ContactEditor* m_editor;
    ContactFilterBar* m_filterBar;
    QList<QAction*> m_undoActions;
    NetworkSession* m_session = nullptr;
    QPointer<PossibleDuplicatesDialog> m_duplicates;
};

} // namespace Rapport
