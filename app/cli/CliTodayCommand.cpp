// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTodayCommand.h"

#include "CliCommandLine.h"
#include "CliCommands.h"
#include "Clock.h"
#include "Dashboard.h"
#include "DashboardModel.h"
#include "Database.h"
#include "DatabaseError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Rapport::Cli {

namespace {

struct Section {
    const char* key; // the JSON name
    DashboardModel::SectionId id; // its heading, as the Today page words it
    const QList<DashboardItem>* items;
};

QList<Section> sectionsOf(const Dashboard& d)
{
    using Model = DashboardModel;
    return {{"overdue", Model::Overdue, &d.overdue}, {"dueToday", Model::DueToday, &d.dueToday},
        {"thankYousOwed", Model::ThankYous, &d.thankYousOwed}, {"nextMeetings", Model::NextMeetings, &d.nextMeetings},
        {"thisWeek", Model::DueSoon, &d.dueSoon}, {"waitingForReply", Model::WaitingForReply, &d.waitingForReply},
        {"goingCold", Model::GoingCold, &d.goingCold}};
}

QJsonObject itemJson(const DashboardItem& item)
{
    QJsonObject o {{QStringLiteral("contactId"), item.contactId}, {QStringLiteral("contact"), item.contactName},
        {QStringLiteral("text"), item.text}, {QStringLiteral("date"), item.date.toString(Qt::ISODate)}};
    if (item.followUpId)
        o.insert(QStringLiteral("followUpId"), item.followUpId);
    if (item.meetingId)
        o.insert(QStringLiteral("meetingId"), item.meetingId);
    if (item.when.isValid())
        o.insert(QStringLiteral("start"), item.when.toUTC().toString(Qt::ISODate));
    if (!item.place.isEmpty())
        o.insert(QStringLiteral("place"), item.place);
    return o;
}

} // namespace

int runToday(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    Database database;
    if (!database.open(databasePath(parser), Database::OpenMode::MustExist)) {
        printError(err, database.errorString());
        return 1;
    }
    Dashboard today;
    try {
        today = Dashboard::compute(database.connection(), Clock::currentDateTimeUtc());
    } catch (const DatabaseError& e) {
        printError(err, database.path() + QStringLiteral(": ") + e.message());
        return 1;
    }
    const QList<Section> sections = sectionsOf(today);
    if (parser.isSet(kJson)) {
        QJsonObject all {{QStringLiteral("date"), Clock::currentDate().toString(Qt::ISODate)}};
        for (const Section& section : sections) {
            QJsonArray items;
            for (const DashboardItem& item : *section.items)
                items.append(itemJson(item));
            all.insert(QString::fromLatin1(section.key), items);
        }
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }
    const QLocale locale;
    bool any = false;
    for (const Section& section : sections) {
        if (section.items->isEmpty())
            continue;
        out << (any ? QStringLiteral("\n") : QString())
            << CommandLine::tr("%1 (%2)").arg(DashboardModel::title(section.id), locale.toString(section.items->size()))
            << '\n';
        any = true;
        for (const DashboardItem& item : *section.items) {
            QString when = locale.toString(item.date, QLocale::ShortFormat);
            if (item.when.isValid()) // a meeting: its time too, without seconds
                when += QLatin1Char(' ') + item.when.time().toString(QStringLiteral("HH:mm"));
            // Follow-ups are about someone; the other lines already say whom.
            const QString what
                = item.followUpId ? CommandLine::tr("%1: %2").arg(item.contactName, item.text) : item.text;
            out << QStringLiteral("  ") << when << QStringLiteral("  ") << what << '\n';
        }
    }
    out.flush();
    if (!any) // on stderr, so a script reading stdout gets nothing to show
        err << CommandLine::tr("Nothing to do today.") << '\n';
    err.flush();
    return 0;
}

} // namespace Rapport::Cli
