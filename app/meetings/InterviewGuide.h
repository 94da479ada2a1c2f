// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

// Help ▸ Informational interviewing guide: a short page on the method Rapport is built
// around, in the words of the workshops that teach it. Every paragraph is its own
// translatable message, written as plain text; the markup is added here, so translators
// never touch HTML.
class InterviewGuide
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::InterviewGuide)

public:
    static QString title();
    // The whole page as HTML, with a table of contents linking to each section.
    static QString html();
    // The anchors of the sections, in order, so the window and tests can jump to them.
    static QStringList sectionAnchors();
};

} // namespace Rapport
