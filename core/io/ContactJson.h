// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"

#include <QJsonObject>

namespace Rapport::ContactJson {

// Every stored field of a contact, labels included: what an import keeps to undo an update.
QJsonObject toJson(const Contact& contact);
Contact fromJson(const QJsonObject& json);

} // namespace Rapport::ContactJson
