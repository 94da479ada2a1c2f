// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferredByField.h"

#include "LinkCommands.h"
#include "NetworkSession.h"
#include "ReferralStore.h"

#include <QCompleter>
#include <QStringListModel>

namespace Rapport {

ReferredByField::ReferredByField(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("referredByEdit"));
    setPlaceholderText(tr("Who referred you? A name, or Me"));
    setClearButtonEnabled(true);
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(this, &QLineEdit::editingFinished, this, &ReferredByField::apply);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &ReferredByField::apply);
}

QString ReferredByField::meText() const
{
    return tr("Me");
}

void ReferredByField::setSession(NetworkSession* session)
{
    disconnect(m_linksConnection); // the old session may be gone already
    m_session = session;
    m_contact = {};
    m_names->setStringList({});
    if (session)
        m_linksConnection = connect(session->links(), &ReferralStore::linksChanged, this, &ReferredByField::refresh);
    refresh();
}

void ReferredByField::setContact(const Contact& contact)
{
    const bool same = contact.id == m_contact.id;
    m_contact = contact;
    if (same && contact.id)
        return;
    setModified(false); // what was typed was for the contact shown before
    refresh();
}

void ReferredByField::focusInEvent(QFocusEvent* event)
{
    // The names are read when they are wanted: the network may have changed since the last time.
    QStringList names {meText()};
    if (m_session) {
        const QList<ContactSummary> people = m_session->store()->directory();
        names.reserve(people.size() + 1);
        for (const ContactSummary& person : people) {
            if (person.id == m_contact.id)
                continue; // nobody refers themselves
            names.append(person.name);
        }
    }
    m_names->setStringList(names);
    QLineEdit::focusInEvent(event);
}

QList<Referral> ReferredByField::referralsIn() const
{
    QList<Referral> in;
    if (!m_session || !m_contact.id)
        return in;
    for (const Referral& link : m_session->links()->linksOf(m_contact.id)) {
        if (link.isReferral() && link.referredId == m_contact.id)
            in.append(link);
    }
    return in;
}

void ReferredByField::refresh()
{
    if (!m_contact.id) { // a new contact: nobody yet, whatever was typed for the last one
        clear();
        setReadOnly(false);
        setToolTip(tr("Who referred you to this person; the link is added with the contact"));
        return;
    }
    QStringList names;
    for (const Referral& link : referralsIn()) {
        if (!link.referrerId)
            names.append(meText());
        else if (const auto referrer = m_session->store()->contact(link.referrerId))
            names.append(referrer->displayName());
    }
    if (!isModified() || names.size() > 1) // not while the user is typing another name
        setText(names.join(QStringLiteral(", ")));
    setCursorPosition(0);
    setReadOnly(names.size() > 1);
    setToolTip(names.size() > 1 ? tr("Several people referred you; change them under Connections")
                                : tr("Who referred you to this person (Enter or leaving the field saves it)"));
}

std::optional<qint64> ReferredByField::chosenReferrer(QString* error) const
{
    const QString typed = text().simplified();
    if (typed.isEmpty())
        return std::nullopt;
    if (typed.compare(meText(), Qt::CaseInsensitive) == 0)
        return 0;
    std::optional<qint64> found;
    if (m_session) {
        for (const ContactSummary& person : m_session->store()->directory()) {
            if (person.id == m_contact.id || person.name.compare(typed, Qt::CaseInsensitive) != 0)
                continue;
            if (found) { // two people of that name
                *error = tr("Several contacts are called \"%1\": choose the referrer with Referred By… under "
                            "Connections once the contact is saved.")
                             .arg(typed);
                return std::nullopt;
            }
            found = person.id;
        }
    }
    if (!found)
        *error = tr("No contact is called \"%1\". Type a name from the list, or Me.").arg(typed);
    return found;
}

void ReferredByField::apply()
{
    if (!m_session || !m_contact.id || isReadOnly())
        return;
    const QList<Referral> current = referralsIn();
    QString error;
    const std::optional<qint64> chosen = chosenReferrer(&error);
    emit problem(error);
    if (!error.isEmpty())
        return;
    QUndoStack* undo = m_session->undoStack();
    const QString name = m_contact.displayName();
    if (current.isEmpty()) {
        if (!chosen)
            return;
        Referral link;
        link.referrerId = *chosen;
        link.referredId = m_contact.id;
        undo->push(new AddLinkCommand(m_session->links(), link, tr("Set referrer of %1").arg(name)));
    } else if (!chosen) {
        undo->push(new RemoveLinkCommand(m_session->links(), current.first(), tr("Remove referrer of %1").arg(name)));
    } else if (current.first().referrerId != *chosen) {
        Referral after = current.first();
        after.referrerId = *chosen;
        undo->push(new EditLinkCommand(m_session->links(), current.first(), after, tr("Set referrer of %1").arg(name)));
    }
    setModified(false);
    refresh(); // the name as stored, e.g. "Me" for "me"
}

} // namespace Rapport
