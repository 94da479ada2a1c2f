// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportOutcome.h"

namespace Rapport {

QString ImportOutcomeText::matchedBy(ImportRowOutcome::MatchedBy by)
{
    switch (by) {
    case ImportRowOutcome::MatchedBy::Uuid:
        return tr("by its Rapport ID");
    case ImportRowOutcome::MatchedBy::Profile:
        return tr("by profile URL");
    case ImportRowOutcome::MatchedBy::Email:
        return tr("by e-mail");
    case ImportRowOutcome::MatchedBy::Name:
        return tr("by name");
    case ImportRowOutcome::MatchedBy::Phone:
        return tr("by phone");
    case ImportRowOutcome::MatchedBy::Organization:
        return tr("by organisation");
    case ImportRowOutcome::MatchedBy::None:
        break;
    }
    return {};
}

QString ImportOutcomeText::describe(const ImportRowOutcome& outcome)
{
    // The other contact, and where it comes from when this same file adds it.
    const QString who = outcome.matchedLine > 0
        ? tr("%1 (line %2 of this file)").arg(outcome.matchedName, QString::number(outcome.matchedLine))
        : outcome.matchedName;
    const QString match = tr("matches %1 %2").arg(who, matchedBy(outcome.matchedBy));
    QString text;
    switch (outcome.kind) {
    case ImportRowOutcome::Kind::New:
        text = tr("new contact");
        break;
    case ImportRowOutcome::Kind::PossibleDuplicate:
        text = tr("new contact; possible duplicate of %1: the same name, but other details").arg(who);
        break;
    case ImportRowOutcome::Kind::Match:
        text = tr("%1; nothing to change").arg(match);
        break;
    case ImportRowOutcome::Kind::Update:
        text = tr("%1; changes %2").arg(match, outcome.changedFields.join(QStringLiteral(", ")));
        break;
    case ImportRowOutcome::Kind::Skipped:
        text = outcome.matchedName.isEmpty()
            ? tr("skipped: %1").arg(outcome.reason)
            : tr("skipped: %1, and you chose to leave the contacts you have alone").arg(match);
        break;
    }
    for (const QString& kept : outcome.keptTyped)
        text += QStringLiteral("; ") + kept;
    return text;
}

} // namespace Rapport
