// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"
#include "NewReferrerCommand.h"

#include <QHash>
#include <QLineEdit>
#include <QPointer>

#include <functional>
#include <optional>

class QStringListModel;

namespace Rapport {

class NetworkSession;
class ReferrerNote;

// "Referred by" near the top of the contact editor: who referred the user to this person, typed
// with completion over the contacts' names and "Me". For a saved contact it shows the referrer and
// a change is an undoable edit of the link; for a new contact the editor reads draftChoice() when
// it is added. Several referrers are changed in Connections, so the field is read-only then.
// A name that is nobody's is offered as a new contact; one that is several people's asks which
// (in the note under the field), and never guesses. Enter on a name that is nobody's adds them (one
// undo step); Tab goes to the note's buttons. A name left unanswered is kept for its contact, and
// shown with its question again when the user comes back to them.
class ReferredByField : public QLineEdit
{
    Q_OBJECT

public:
    explicit ReferredByField(QWidget* parent = nullptr);

    void setSession(NetworkSession* session);
    void setContact(const Contact& contact);
    // Where the field asks about a name that is nobody's or several people's.
    void setNote(ReferrerNote* note);

    // For a new contact: true when the name typed is settled (nobody, Me, one contact, or a new
    // one or a namesake the user chose). Otherwise asks in the note and, once the user answers,
    // calls proceed.
    bool settleForDraft(const std::function<void()>& proceed);
    // For a new contact: the referrer as settled (see settleForDraft), and the text typed.
    ReferrerChoice draftChoice() const;

protected:
    void focusInEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // The Enter that chose a name in the completer's list is sent on to the field by QCompleter:
    // it must not also add the new contact being typed (nor apply twice).
    bool m_enterChoseName = false;
    // What the text names: Me (0), one contact, nobody (an empty list) or several (their rows).
    struct Match {
        std::optional<qint64> id;
        QList<ContactSummary> namesakes; // called that, accents and case aside
        // Nobody is called that, but these are who the search box would find first ("samir" for
        // Samir Haddad): offered, never taken unasked.
        QList<ContactSummary> similar;
    };
    Match match() const;
    // The referral links that end at the contact shown.
    QList<Referral> referralsIn() const;
    void refresh();
    void apply();
    // Enter: a name that is nobody's is added at once; anything else as when leaving the field.
    void applyTyped();
    // A name typed for the saved contact shown that is nobody's or several people's, not yet answered.
    bool hasUnansweredName() const;
    // Remembers an unanswered name of the contact being left, or brings back the one of the
    // contact shown now.
    void keepUnanswered();
    void restoreUnanswered();
    void setReferrer(std::optional<qint64> chosen);
    void addNewReferrer(const QString& name);
    // Asks in the note about a name that is nobody's or several people's; each answer calls choose
    // with the referrer's id, or nullopt for a new contact of that name.
    void ask(const QString& name, const Match& found, const std::function<void(std::optional<qint64>)>& choose);
    void forgetAnswer();
    QString meText() const;

    // Guarded: the window may delete its session and the note before the field, whose last focus
    // change still calls apply.
    QPointer<NetworkSession> m_session;
    QPointer<ReferrerNote> m_note;
    Contact m_contact;
    QStringListModel* m_names;
    QMetaObject::Connection m_linksConnection;
    QMetaObject::Connection m_removedConnection;
    // A new contact's answer in the note, for the text as it was then; nullopt id: a new person.
    QString m_answeredFor;
    std::optional<qint64> m_answer;
    // Saved contacts' names typed in the field and not answered yet, by contact id.
    QHash<qint64, QString> m_unanswered;
};

} // namespace Rapport
