// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "MeetingTypes.h"
#include "Stage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

#include <optional>

namespace Rapport {

struct OutreachTemplate {
    qint64 id = 0;
    TemplateKind kind = TemplateKind::Other;
    QString name;
    QString subject;
    QString body;
    int position = 0; // the list's order
};

// Messages the user sends again and again (asking for an informational interview, thanking,
// checking in), with {placeholders} filled from the contact and the user's profile.
class OutreachTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::OutreachTemplates)

public:
    // The placeholders a template may use, e.g. "{firstName}".
    static QStringList placeholders();

    // Each throws DatabaseError; writers expect the caller's transaction.
    static void ensureDefaults(const QSqlDatabase& db);
    static QList<OutreachTemplate> all(const QSqlDatabase& db);
    static void save(const QSqlDatabase& db, OutreachTemplate& outreach);
    static void remove(const QSqlDatabase& db, qint64 id);
    // Puts a removed template back with its id and position (Undo).
    static void restore(const QSqlDatabase& db, const OutreachTemplate& outreach);

    struct Filled {
        QString subject;
        QString body;
    };
    // myName and myField come from the user's profile; referrer may be empty.
    static Filled fill(const OutreachTemplate& outreach, const Contact& contact, const QString& referrer,
        const QString& myName, const QString& myField);
    // A mailto: link to the contact's first e-mail (or none) with subject and body.
    static QUrl mailto(const Contact& contact, const Filled& message);

    // The kind of message a contact most likely needs next: a thank-you while one is owed (a
    // meeting held, its thank-you not yet done) or once met, a request before any meeting, a
    // check-in later on. None for a meeting still ahead: a confirmation has no template kind,
    // and a request would ask for the meeting already agreed.
    static std::optional<TemplateKind> suggestedKind(Stage stage, bool thankYouOwed);
    // The position of the first template of that kind, or -1.
    static int firstOfKind(const QList<OutreachTemplate>& templates, std::optional<TemplateKind> kind);
};

} // namespace Rapport
