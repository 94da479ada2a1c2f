// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace Rapport {

class AddContactCommand;
class ContactStore;
class ReferralStore;

// A full name typed in one field, split as the contact editor does: the last word is the family
// name, the words before it the given name ("Ludwig van Beethoven": "Ludwig van", "Beethoven").
// One word is a given name.
Contact contactNamed(const QString& fullName);

// Who referred the user to a contact being added: nobody, someone in the network (0 is Me), or a
// person not in it yet, to add with the contact.
struct ReferrerChoice {
    std::optional<qint64> id;
    std::optional<Contact> newContact;
    QString typed; // as the user typed it, to give back with a draft that could not be added
};

// Adds a person who is not in the network yet, then what needs them (the link to them, or the
// contact they referred with its link), as one undo step. All or nothing: when the second part
// cannot be written, the person is removed again and the command is obsolete.
class NewReferrerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::NewReferrerCommand)

public:
    // Makes the second part once the person's id is known (at the first redo).
    using Then = std::function<std::unique_ptr<QUndoCommand>(qint64 referrerId)>;

    NewReferrerCommand(ContactStore* contacts, const Contact& referrer, Then then, const QString& text);
    ~NewReferrerCommand() override;
    void redo() override;
    void undo() override;

private:
    std::unique_ptr<AddContactCommand> m_addReferrer;
    Then m_makeThen;
    std::unique_ptr<QUndoCommand> m_then;
};

// The command that adds a contact with its referrer as chosen, as one undo step; *id gets the new
// contact's id at the first redo (0 when it could not be added).
QUndoCommand* addContactCommand(ContactStore* contacts, ReferralStore* links, const Contact& contact,
    const ReferrerChoice& referrer, qint64* id = nullptr);

} // namespace Rapport
