// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Rapport {

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2425/2426/6350) leniently: whatever real address books write, including
// quoted-printable 2.1 from phones and Google's stray escapes. What has a field goes there. What has none but is a
// person's data (nickname, birthday, department, the whole address, name prefix and suffix, chat handles, other
// web sites and profiles, an FN that says more than N...) is kept as "Label: value" note lines, like CSV's unmapped
// columns (ImportRecord::noteLines). Photos, keys, ids and unknown X- properties are skipped without complaint.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::VCardReader)

public:
    // Parses text already decoded to QString. Calls sink for each good BEGIN:VCARD..END:VCARD card, in order, and
    // returns the problems found (empty when fine). A card with an error is not passed to sink; a line that cannot
    // be read is a warning, and its card is passed on without it. Never throws.
    static QList<ImportProblem> read(const QString& text, const std::function<void(ImportRecord&&)>& sink);
    // True when the first non-empty line is BEGIN:VCARD (case-insensitive).
    static bool looksLikeVCard(const QString& text);
    // True when any line is BEGIN:VCARD: a file named .vcf without one is no vCard file, or a damaged one.
    static bool hasCard(const QString& text);

    // Writers that fold lines at 75 bytes may cut a UTF-8 character in two: its first bytes end one line and the
    // rest follow the next line's indent, so neither line is valid UTF-8 and the whole file would be taken for
    // Windows-1252. This moves the rest of each cut character before its line break, on the bytes, before the
    // encoding is detected. Unfolding then joins the lines as before, and as no line break moves, problems still
    // name the file's own line numbers.
    static QByteArray mendSplitCharacters(const QByteArray& bytes);
};

} // namespace Rapport
