// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

// The small repairs text from the LinkedIn data archive needs (issue 17).
namespace Rapport::ArchiveText {

// Undoes a second UTF-8 encoding ("LÃ©a" for "Léa"): the text is taken back to the bytes it was
// wrongly read from and decoded again, but only when every one of those bytes fits in Latin-1
// and they are valid UTF-8 with at least one multi-byte sequence, so real Latin-1 text ("Müller",
// "naïve") is left as it is.
QString repairDoubleEncoding(const QString& text);

// Replaces HTML character references (&amp; &lt; &gt; &quot; &apos; &nbsp; &#39; &#x2019;) with
// the characters they stand for. Anything else, tags included, is kept as written: it is what
// the person typed.
QString decodeEntities(const QString& text);

// The times the archive writes, as UTC: "2023-06-11 15:33:58 UTC" (messages), "9/25/26, 8:52 AM"
// and "07/22/2026 04:02" (invitations, month first), and a bare ISO date. Invalid when unread.
QDateTime parseTime(const QString& text);

} // namespace Rapport::ArchiveText
