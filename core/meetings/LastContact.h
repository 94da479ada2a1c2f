// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Rapport::LastContact {

// SQL for when the user was last in touch with the contact whose id is contactIdSql ("c.id"): the
// latest of a meeting or logged interaction that took place and a LinkedIn message or invitation
// either way (issue 17). An ISO 8601 UTC text with milliseconds, or NULL when there is none.
// Both lookups use an index on (contact, time), so a list of every contact stays cheap.
QString sql(const QString& contactIdSql);

} // namespace Rapport::LastContact
