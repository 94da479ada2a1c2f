#pragma once

#include "ImportRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Rapport {

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2425/2426/6350) leniently: whatever real address books write, including
// quoted-printable 2.1 from phones and Google's stray escapes. Only what a contact needs is kept; photos, keys and
// unknown or X- properties are skipped without complaint.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::VCardReader)

public:
    // Parses text already decoded to QString. Calls sink for each good BEGIN:VCARD..END:VCARD card, in order, and
    // returns the problems found (empty when fine). A card with a problem is not passed to sink. Never throws.
    static QList<ImportProblem> read(const QString& text, const std::function<void(ImportRecord&&)>& sink);
    // True when the first non-empty line is BEGIN:VCARD (case-insensitive).
    static bool looksLikeVCard(const QString& text);
};

} // namespace Rapport
