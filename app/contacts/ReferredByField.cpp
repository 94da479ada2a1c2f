// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferredByField.h"

#include "FoldedNameCompleter.h"

#include "ContactStore.h"
#include "LinkCommands.h"
#include "NetworkSession.h"
#include "ReferralStore.h"
#include "ReferrerNote.h"
#include "SearchRanking.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

namespace Rapport {

ReferredByField::ReferredByField(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("referredByEdit"));
    setPlaceholderText(tr("Who referred you? A name, or Me"));
    setClearButtonEnabled(true);
    m_names = new QStringListModel(this);
    auto* completer = new FoldedNameCompleter(m_names, this);
    setCompleter(completer);
    // Enter comes before the editingFinished that follows it, so a new name is added before apply.
    connect(this, &QLineEdit::returnPressed, this, &ReferredByField::applyTyped);
    connect(this, &QLineEdit::editingFinished, this, &ReferredByField::apply);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &ReferredByField::apply);
    // Installed after the completer's own filter, so it sees the list's keys first.
    completer->popup()->installEventFilter(this);
    connect(this, &QLineEdit::textEdited, this, &ReferredByField::forgetAnswer); // the question was about the old text
}

bool ReferredByField::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && completer() && watched == completer()->popup()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_enterChoseName = true; // QCompleter sends it on to this field at once
            QTimer::singleShot(0, this, [this] { m_enterChoseName = false; });
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void ReferredByField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_enterChoseName) {
        m_enterChoseName = false;
        event->accept(); // it chose the name; a second Enter adds the contact
        // On to the next field, so what is typed next does not run on after the name.
        QTimer::singleShot(0, this, [this] { focusNextPrevChild(true); });
        return;
    }
    QLineEdit::keyPressEvent(event);
}

QString ReferredByField::meText() const
{
    return tr("Me");
}

void ReferredByField::setSession(NetworkSession* session)
{
    disconnect(m_linksConnection); // the old session may be gone already
    disconnect(m_removedConnection);
    m_session = session;
    m_contact = {};
    m_unanswered.clear(); // another network's people
    m_names->setStringList({});
    if (session) {
        m_linksConnection = connect(session->links(), &ReferralStore::linksChanged, this, &ReferredByField::refresh);
        // A name typed for someone who is gone: not for whoever gets their id next.
        m_removedConnection = connect(
            session->store(), &ContactStore::contactRemoved, this, [this](qint64 id) { m_unanswered.remove(id); });
    }
    refresh();
}

void ReferredByField::setContact(const Contact& contact)
{
    if (contact.id == m_contact.id && contact.id) {
        m_contact = contact;
        return;
    }
    keepUnanswered();
    m_contact = contact;
    setModified(false); // what was typed was for the contact shown before
    forgetAnswer();
    refresh();
    restoreUnanswered();
}

bool ReferredByField::hasUnansweredName() const
{
    // Not modified: the text is the referrers as stored, even when one of them has a namesake.
    if (!m_session || !m_contact.id || isReadOnly() || !isModified() || text().simplified().isEmpty())
        return false;
    return !match().id;
}

void ReferredByField::keepUnanswered()
{
    if (!m_contact.id)
        return;
    if (hasUnansweredName() && m_session->store()->contact(m_contact.id)) // not someone just deleted
        m_unanswered.insert(m_contact.id, text());
    else
        m_unanswered.remove(m_contact.id);
}

void ReferredByField::restoreUnanswered()
{
    const QString typed = m_unanswered.take(m_contact.id);
    if (typed.isEmpty() || !m_contact.id || isReadOnly())
        return;
    setText(typed);
    setModified(true);
    setCursorPosition(0);
    apply(); // asks again; or links the one person the name now is, as leaving the field would have
}

bool ReferredByField::focusNextPrevChild(bool next)
{
    // Tab from a name that is nobody's or several people's goes to the note's answers: the note is
    // only shown now, as the field is left, so the tab order did not know its buttons yet.
    if (next && hasUnansweredName() && m_note) {
        apply();
        if (!m_note->isHidden()) {
            m_note->focusFirstChoice();
            return true;
        }
    }
    return QLineEdit::focusNextPrevChild(next);
}

void ReferredByField::setNote(ReferrerNote* note)
{
    m_note = note;
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
        forgetAnswer();
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
    setToolTip(names.size() > 1
            ? tr("Several people referred you; change them under Connections")
            : tr("Who referred you to this person. Enter or leaving the field saves it; Enter adds someone "
                 "who is not in your network as a new contact"));
}

ReferredByField::Match ReferredByField::match() const
{
    const QString typed = text().simplified();
    if (typed.compare(meText(), Qt::CaseInsensitive) == 0)
        return {qint64(0), {}, {}};
    Match found;
    if (!m_session)
        return found;
    QList<ContactSummary> people = m_session->store()->directory();
    people.removeIf([this](const ContactSummary& person) { return person.id == m_contact.id; });
    // "Lea Fontaine" is Léa Fontaine: names compare as the search box folds them.
    const QString folded = SearchRanking::fold(typed);
    QStringList names;
    for (const ContactSummary& person : std::as_const(people)) {
        if (SearchRanking::fold(person.name) == folded)
            found.namesakes.append(person);
        names.append(person.name);
    }
    if (found.namesakes.size() == 1)
        return {found.namesakes.first().id, {}, {}};
    if (found.namesakes.isEmpty()) {
        constexpr qsizetype kMostOffered = 5; // a short question; the completer lists the rest
        for (const qsizetype index : SearchRanking::bestNameMatches(typed, names)) {
            if (found.similar.size() < kMostOffered)
                found.similar.append(people.at(index));
        }
    }
    return found;
}

void ReferredByField::forgetAnswer()
{
    m_answeredFor.clear();
    m_answer.reset();
    if (m_note)
        m_note->dismiss();
}

void ReferredByField::ask(
    const QString& name, const Match& found, const std::function<void(std::optional<qint64>)>& choose)
{
    if (!m_note)
        return;
    QList<ReferrerNote::Choice> choices;
    // Told apart by what the list shows of them; never guessed.
    QStringList texts;
    const auto offer = [&](const ContactSummary& person) {
        QStringList parts;
        for (const QString& part : {person.title, person.organization}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        const QString details = parts.join(QStringLiteral(", "));
        QString text = details.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, details);
        if (texts.contains(text))
            text = tr("%1, #%2").arg(text).arg(texts.size() + 1);
        texts.append(text);
        choices.append({text, QString(), [choose, id = person.id] { choose(id); }});
    };
    if (found.namesakes.isEmpty() && !found.similar.isEmpty()) {
        for (const ContactSummary& person : found.similar)
            offer(person);
        choices.append(
            {tr("Add %1").arg(name), tr("Adds %1 as a new contact, linked as the one who referred you").arg(name),
                [choose] { choose(std::nullopt); }});
        m_note->ask(tr("Nobody is called %1. Did you mean one of these, or is it someone new?").arg(name), choices);
        m_note->followInTabOrder(this);
        return;
    }
    if (found.namesakes.isEmpty()) {
        choices.append(
            {tr("Add %1").arg(name), tr("Adds %1 as a new contact, linked as the one who referred you").arg(name),
                [choose] { choose(std::nullopt); }});
        m_note->ask(
            tr("%1 is not in your network. Add them as a new contact, linked as the one who referred you?").arg(name),
            choices);
        m_note->followInTabOrder(this);
        return;
    }
    for (const ContactSummary& person : found.namesakes)
        offer(person);
    m_note->ask(tr("Several contacts are called %1. Which one referred you?").arg(name), choices);
    m_note->followInTabOrder(this);
}

bool ReferredByField::settleForDraft(const std::function<void()>& proceed)
{
    const QString typed = text().simplified();
    if (typed.isEmpty() || (!m_answeredFor.isEmpty() && typed == m_answeredFor))
        return true;
    const Match found = match();
    if (found.id)
        return true;
    ask(typed, found, [this, typed, proceed](std::optional<qint64> id) {
        m_answeredFor = typed;
        m_answer = id;
        proceed();
    });
    if (m_note)
        m_note->focusFirstChoice();
    return false;
}

ReferrerChoice ReferredByField::draftChoice() const
{
    ReferrerChoice choice;
    choice.typed = text();
    const QString typed = text().simplified();
    if (typed.isEmpty())
        return choice;
    if (!m_answeredFor.isEmpty() && typed == m_answeredFor) {
        if (m_answer)
            choice.id = m_answer;
        else
            choice.newContact = contactNamed(typed);
        return choice;
    }
    choice.id = match().id; // none for a name nobody (or several) has, unanswered
    return choice;
}

void ReferredByField::apply()
{
    if (!m_session || !m_contact.id || isReadOnly())
        return;
    const QString typed = text().simplified();
    if (typed.isEmpty()) {
        setReferrer(std::nullopt);
        return;
    }
    const Match found = match();
    if (found.id) {
        setReferrer(found.id);
        return;
    }
    ask(typed, found, [this, typed, contactId = m_contact.id](std::optional<qint64> id) {
        if (contactId != m_contact.id || !m_session)
            return;
        if (id)
            setReferrer(id);
        else
            addNewReferrer(typed);
    });
    if (hasFocus() && m_note) // Enter, not leaving the field: the answer is the next key
        m_note->focusFirstChoice();
}

void ReferredByField::applyTyped()
{
    // Enter says "this name": someone not in the network yet is added, in one undo step with the
    // link. Several people of that name, or people of a like name, are still asked about (by
    // apply, as Enter finishes editing).
    if (!hasUnansweredName())
        return;
    const QString typed = text().simplified();
    if (const Match found = match(); found.namesakes.isEmpty() && found.similar.isEmpty())
        addNewReferrer(typed);
}

void ReferredByField::setReferrer(std::optional<qint64> chosen)
{
    if (m_note)
        m_note->dismiss();
    const QList<Referral> current = referralsIn();
    QUndoStack* undo = m_session->undoStack();
    const QString name = m_contact.displayName();
    if (current.isEmpty()) {
        if (chosen) {
            Referral link;
            link.referrerId = *chosen;
            link.referredId = m_contact.id;
            undo->push(new AddLinkCommand(m_session->links(), link, tr("Set referrer of %1").arg(name)));
        }
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

void ReferredByField::addNewReferrer(const QString& name)
{
    const QList<Referral> current = referralsIn();
    std::optional<Referral> before;
    if (!current.isEmpty())
        before = current.first();
    ReferralStore* links = m_session->links();
    const qint64 contactId = m_contact.id;
    // The link needs the new person's id, known once they are added.
    const auto link = [links, contactId, before](qint64 referrerId) -> std::unique_ptr<QUndoCommand> {
        if (before) {
            Referral after = *before;
            after.referrerId = referrerId;
            return std::make_unique<EditLinkCommand>(links, *before, after, QString());
        }
        Referral added;
        added.referrerId = referrerId;
        added.referredId = contactId;
        return std::make_unique<AddLinkCommand>(links, added, QString());
    };
    if (m_note)
        m_note->dismiss();
    m_session->undoStack()->push(new NewReferrerCommand(m_session->store(), contactNamed(name), link,
        tr("Add %1, who referred you to %2").arg(name, m_contact.displayName())));
    setModified(false);
    refresh();
}

} // namespace Rapport
