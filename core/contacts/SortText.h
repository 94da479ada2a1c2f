// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Rapport::SortText {

// The text a list sorts by, so names sort as people expect in any language and on any system
// (Qt's collation here is the C library's, which in a minimal locale puts "Élodie" after "Zoë"):
// case folded, accents and other marks removed (é → e, Ł → l, ø → o, ß → ss), and runs of digits
// padded so numbers sort by value ("Company 9" before "Company 10"). Give the result to a
// QCollator, or compare it as is.
QString key(const QString& text);

} // namespace Rapport::SortText
