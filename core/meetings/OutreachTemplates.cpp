// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutreachTemplates.h"

#include "SqlStatement.h"

#include <QUrlQuery>

namespace Rapport {

namespace {

struct DefaultTemplate {
    TemplateKind kind;
    const char* name;
    const char* subject;
    const char* body;
};

const DefaultTemplate kDefaults[] = {
    {TemplateKind::Request, QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "Ask for an informational interview"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "Could I ask you about your work at {organization}?"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates",
            "Dear {firstName},\n\n{referrerSentence}I am {myName}, {myField}. I am exploring careers beyond "
            "academia and would value 20 minutes of your time to hear how you came to your role as {title} at "
            "{organization}, and what the work is like.\n\nI am not looking for a job; I am trying to learn. "
            "Would a short call in the next few weeks suit you?\n\nWith thanks,\n{myName}")},
    {TemplateKind::ThankYou, QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "Thank you after a meeting"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "Thank you for your time"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates",
            "Dear {firstName},\n\nThank you for taking the time to talk with me. Your advice about [something "
            "specific] was especially helpful, and I will follow up on your suggestions.\n\nI will let you know "
            "how things go.\n\nWith thanks,\n{myName}")},
    {TemplateKind::CheckIn, QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "Check in a few months later"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates", "An update, and thank you again"),
        QT_TRANSLATE_NOOP("Rapport::OutreachTemplates",
            "Dear {firstName},\n\nI hope all is well at {organization}. Since we spoke, I have [what you did "
            "with their advice]. Thank you again for your help.\n\nBest wishes,\n{myName}")},
};

} // namespace

QStringList OutreachTemplates::placeholders()
{
    return {QStringLiteral("{firstName}"), QStringLiteral("{lastName}"), QStringLiteral("{fullName}"),
        QStringLiteral("{organization}"), QStringLiteral("{title}"), QStringLiteral("{referrer}"),
        QStringLiteral("{referrerSentence}"), QStringLiteral("{myName}"), QStringLiteral("{myField}")};
}

void OutreachTemplates::ensureDefaults(const QSqlDatabase& db)
{
    if (SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM outreach_template")).toInt() > 0)
        return;
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO outreach_template (kind, name, subject, body, position) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const DefaultTemplate& t : kDefaults)
        insert.exec({MeetingTypes::key(t.kind), tr(t.name), tr(t.subject), tr(t.body), position++});
}

QList<OutreachTemplate> OutreachTemplates::all(const QSqlDatabase& db)
{
    QList<OutreachTemplate> templates;
    SqlStatement rows(db,
        QStringLiteral("SELECT id, kind, name, subject, body, position FROM outreach_template "
                       "ORDER BY position, id"));
    rows.exec();
    while (rows.next())
        templates.append({rows.value(0).toLongLong(),
            MeetingTypes::templateKind(rows.value(1).toString()).value_or(TemplateKind::Other),
            rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toInt()});
    return templates;
}

void OutreachTemplates::save(const QSqlDatabase& db, OutreachTemplate& t)
{
    if (t.id) {
        SqlStatement::run(db,
            QStringLiteral("UPDATE outreach_template SET kind = ?, name = ?, subject = ?, body = ? WHERE id = ?"),
            {MeetingTypes::key(t.kind), t.name, t.subject, t.body, t.id});
        return;
    }
    const int position
        = SqlStatement::scalar(db, QStringLiteral("SELECT ifnull(max(position), -1) + 1 FROM outreach_template"))
              .toInt();
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO outreach_template (kind, name, subject, body, position) VALUES (?, ?, ?, ?, ?)"));
    t.id = insert.exec({MeetingTypes::key(t.kind), t.name, t.subject, t.body, position}).lastInsertId();
    t.position = position;
}

void OutreachTemplates::restore(const QSqlDatabase& db, const OutreachTemplate& t)
{
    SqlStatement::run(db,
        QStringLiteral(
            "INSERT INTO outreach_template (id, kind, name, subject, body, position) VALUES (?, ?, ?, ?, ?, ?)"),
        {t.id, MeetingTypes::key(t.kind), t.name, t.subject, t.body, t.position});
}

void OutreachTemplates::remove(const QSqlDatabase& db, qint64 id)
{
    SqlStatement::run(db, QStringLiteral("DELETE FROM outreach_template WHERE id = ?"), {id});
}

OutreachTemplates::Filled OutreachTemplates::fill(const OutreachTemplate& t, const Contact& contact,
    const QString& referrer, const QString& myName, const QString& myField)
{
    const QString referrerSentence = referrer.isEmpty()
        ? QString()
        : tr("{referrer} suggested I get in touch with you. ").replace(QStringLiteral("{referrer}"), referrer);
    const QList<std::pair<QString, QString>> values {
        {QStringLiteral("{referrerSentence}"), referrerSentence},
        {QStringLiteral("{firstName}"), contact.firstName.isEmpty() ? contact.displayName() : contact.firstName},
        {QStringLiteral("{lastName}"), contact.lastName},
        {QStringLiteral("{fullName}"), contact.displayName()},
        {QStringLiteral("{organization}"), contact.organization},
        {QStringLiteral("{title}"), contact.title},
        {QStringLiteral("{referrer}"), referrer},
        {QStringLiteral("{myName}"), myName},
        {QStringLiteral("{myField}"), myField},
    };
    Filled filled {t.subject, t.body};
    // One pass per placeholder over the template only: a value containing "{...}" stays as typed.
    for (QString* text : {&filled.subject, &filled.body}) {
        QString out;
        qsizetype i = 0;
        while (i < text->size()) {
            bool replaced = false;
            if (text->at(i) == QLatin1Char('{')) {
                for (const auto& [key, value] : values) {
                    if (QStringView(*text).mid(i).startsWith(key)) {
                        out += value;
                        i += key.size();
                        replaced = true;
                        break;
                    }
                }
            }
            if (!replaced)
                out += text->at(i++);
        }
        *text = out;
    }
    return filled;
}

QUrl OutreachTemplates::mailto(const Contact& contact, const Filled& message)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(contact.emails.isEmpty() ? QString() : contact.emails.first().value);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(message.subject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(message.body)));
    url.setQuery(query);
    return url;
}

std::optional<TemplateKind> OutreachTemplates::suggestedKind(Stage stage, bool thankYouOwed)
{
    if (thankYouOwed)
        return TemplateKind::ThankYou;
    switch (stage) {
    case Stage::ToContact:
    case Stage::ReachedOut:
    case Stage::NotPursuing:
        return TemplateKind::Request;
    case Stage::Replied: // they answered: what comes next is a date, not a template
    case Stage::Scheduled:
        return std::nullopt;
    case Stage::Met:
        return TemplateKind::ThankYou;
    case Stage::FollowingUp:
    case Stage::KeepWarm:
        return TemplateKind::CheckIn;
    }
    return TemplateKind::Request;
}

int OutreachTemplates::firstOfKind(const QList<OutreachTemplate>& templates, std::optional<TemplateKind> kind)
{
    if (!kind)
        return -1;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        if (templates.at(i).kind == *kind)
            return int(i);
    }
    return -1;
}

} // namespace Rapport
