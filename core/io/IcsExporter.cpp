// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IcsExporter.h"

#include "MeetingTypes.h"

#include "Clock.h"
#include "Contact.h"
#include "SqlStatement.h"

#include <libical/ical.h>

#include <memory>

namespace Rapport {

namespace {

icaltimetype utc(const QDateTime& time)
{
    return icaltime_from_timet_with_zone(time_t(time.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

} // namespace

QByteArray IcsExporter::write(const QSqlDatabase& db)
{
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT), icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Rapport//Rapport//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype stamp = utc(Clock::currentDateTimeUtc());

    SqlStatement rows(db,
        QStringLiteral(
            "SELECT i.uuid, i.kind, i.start_at, i.duration_minutes, i.place, i.status, c.first_name, "
            "c.last_name, ifnull(o.name, ''), c.title FROM interaction i JOIN contact c ON c.id = i.contact_id "
            "LEFT JOIN organization o ON o.id = c.organization_id WHERE i.status <> 'cancelled' "
            "ORDER BY i.start_at"));
    rows.exec();
    while (rows.next()) {
        const QDateTime start = QDateTime::fromString(rows.value(2).toString(), Qt::ISODateWithMs);
        if (!start.isValid())
            continue;
        const QString organization = rows.value(8).toString();
        const QString name = contactDisplayName(rows.value(6).toString(), rows.value(7).toString(), organization);
        const QString summary
            = tr("%1 with %2")
                  .arg(MeetingTypes::label(
                           MeetingTypes::meetingKind(rows.value(1).toString()).value_or(MeetingKind::Other)),
                      name);
        const QString title = rows.value(9).toString();
        const QString description = title.isEmpty() ? organization
            : organization.isEmpty()                ? title
                                                    : tr("%1, %2").arg(title, organization);

        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = rows.value(0).toString().toUtf8() + "@rapport";
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utc(start)));
        icalcomponent_add_property(
            event, icalproperty_new_dtend(utc(start.addSecs(60 * qMax(1, rows.value(3).toInt())))));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        if (const QString place = rows.value(4).toString(); !place.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_location(place.toUtf8().constData()));
        if (!description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
        icalcomponent_add_property(event,
            icalproperty_new_status(
                rows.value(5).toString() == QLatin1String("done") ? ICAL_STATUS_CONFIRMED : ICAL_STATUS_TENTATIVE));
        icalcomponent_add_component(calendar.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace Rapport
