// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactJson.h"

#include <QJsonArray>

namespace Rapport::ContactJson {

namespace {
QJsonArray labeled(const QList<LabeledValue>& values)
{
    QJsonArray array;
    for (const auto& v : values)
        array.append(QJsonObject {{QStringLiteral("label"), v.label}, {QStringLiteral("value"), v.value}});
    return array;
}

QList<LabeledValue> labeled(const QJsonArray& array)
{
    QList<LabeledValue> values;
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        values.append({o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("value")).toString()});
    }
    return values;
}
} // namespace

QJsonObject toJson(const Contact& c)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("organization"), c.organization},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("emails"), labeled(c.emails)},
        {QStringLiteral("phones"), labeled(c.phones)},
        {QStringLiteral("linkedinUrl"), c.linkedinUrl},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("stage"), stageKey(c.stage)},
        {QStringLiteral("strength"), c.strength},
        {QStringLiteral("checkInDays"), c.checkInDays},
        {QStringLiteral("connectedOn"), c.connectedOn.isValid() ? c.connectedOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("source"), c.source},
    };
}

Contact fromJson(const QJsonObject& o)
{
    Contact c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.uuid = o.value(QStringLiteral("uuid")).toString();
    c.firstName = o.value(QStringLiteral("firstName")).toString();
    c.lastName = o.value(QStringLiteral("lastName")).toString();
    c.organization = o.value(QStringLiteral("organization")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.emails = labeled(o.value(QStringLiteral("emails")).toArray());
    c.phones = labeled(o.value(QStringLiteral("phones")).toArray());
    c.linkedinUrl = o.value(QStringLiteral("linkedinUrl")).toString();
    c.location = o.value(QStringLiteral("location")).toString();
    for (const auto& tag : o.value(QStringLiteral("tags")).toArray())
        c.tags.append(tag.toString());
    stageFromKey(o.value(QStringLiteral("stage")).toString(), &c.stage);
    c.strength = o.value(QStringLiteral("strength")).toInt();
    c.checkInDays = o.value(QStringLiteral("checkInDays")).toInt(90);
    c.connectedOn = QDate::fromString(o.value(QStringLiteral("connectedOn")).toString(), Qt::ISODate);
    c.notes = o.value(QStringLiteral("notes")).toString();
    c.source = o.value(QStringLiteral("source")).toString();
    return c;
}

} // namespace Rapport::ContactJson
