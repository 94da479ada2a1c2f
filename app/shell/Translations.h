// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The language Rapport speaks: the system's, unless the user chose another (View ▸ Language).
// Our messages are built into the binary (:/i18n); Qt's own (qtbase_xx) come from the system,
// so standard dialogs match.
namespace Rapport::Translations {

// "" for the system language, else a locale name such as "fr" or "en".
QString chosenLanguage();
void setChosenLanguage(const QString& name);
// The locale in effect: the chosen one, or the system's.
QLocale locale();
// Sets the default locale (dates, numbers, paper size follow it) and installs the translators.
// Returns true when Rapport's own translation for that language was found (or none is needed).
bool install(QCoreApplication& app, const QLocale& locale);
// The languages Rapport ships, as locale names, English first.
QStringList shipped();

} // namespace Rapport::Translations
