// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Stage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Rapport {

// An e-mail address or phone number with its label ("work", "home", "mobile"...).
struct LabeledValue {
    QString label;
    QString value;

    friend bool operator==(const LabeledValue&, const LabeledValue&) = default;
};

// Everything the contact editor shows and the store keeps for one person.
struct Contact {
    qint64 id = 0; // 0 until stored
    QString uuid;
    QString firstName;
    QString lastName;
    QString organization;
    QString title;
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    QString linkedinUrl;
    QString location;
    QStringList tags;
    Stage stage = Stage::ToContact;
    int strength = 0; // 0..5
    int checkInDays = 90; // keep warm: check in again this long after the last interaction
    QDate connectedOn;
    QString notes;
    QString source;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    // True when the user-editable fields are equal; ids and timestamps are ignored.
    bool sameContent(const Contact& other) const;
};

// One row of the contact list: what the columns show, cheap to hold for 100k contacts.
struct ContactSummary {
    qint64 id = 0;
    QString name;
    QString organization;
    QString title;
    Stage stage = Stage::ToContact;
    QDate lastContact;
    QDate nextFollowUp;
    QStringList tags;
};

// Joins given and family name, falling back to the organisation for nameless rows.
QString contactDisplayName(const QString& firstName, const QString& lastName, const QString& organization);

// Tags as the user types them: trimmed, no empties, no case-insensitive duplicates.
QStringList normalizedTags(const QStringList& tags);

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::Contact)
