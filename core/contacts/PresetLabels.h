// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Rapport {

// The labels Rapport offers for e-mails, phones and "knows" links are stored in the file as
// plain English keys ("work", "mobile", "colleague"), whatever the interface language, so a
// network reads the same in every language and imports (which write "work" and "mobile")
// agree with what the editor offers. They are shown, and typed, in the user's language.
class PresetLabels
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::PresetLabels)

public:
    static QStringList emailKeys();
    static QStringList phoneKeys();
    static QStringList relationKeys();

    // A stored label as the user reads it: a known key translated, anything else as typed.
    static QString shown(const QString& stored);
    // What to store for a label the user picked or typed: the key of a translated preset,
    // anything else as typed.
    static QString stored(const QString& shown);
};

} // namespace Rapport
