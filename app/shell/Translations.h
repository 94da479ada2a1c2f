// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

// The language Rapport speaks: the system's, unless the user chose another (View ▸ Language).
// Our messages are built into the binary (:/i18n); Qt's own (qtbase_xx) come from the system,
// so standard dialogs match.
namespace Rapport::Translations {

// What Rapport speaks and how it writes dates and numbers. They go together: French words with
// English dates read as a mistake, so the formats follow the language unless the system already
// writes that language its own way (fr_CA keeps Canada's dates; fr alone is written as in France).
struct Language {
    QLocale words; // the translations to load
    QLocale formats; // QLocale::setDefault: dates, numbers, paper size
};

// "" for the system language, else a locale name such as "fr" or "en".
QString chosenLanguage();
void setChosenLanguage(const QString& name);
// The language for a choice ("" for the system's): the chosen one, else the first of the system's
// UI languages (LANGUAGE on Linux) that Rapport ships; English is the source language. When
// Rapport speaks none of them, everything stays the system's. systemFormats names the language
// the system writes dates in; system is what keeps its formats (QLocale::system() in the app).
Language resolve(
    const QString& chosen, const QStringList& uiLanguages, const QLocale& systemFormats, const QLocale& system);
// resolve() for the saved choice and this system.
Language current();
// Sets the default locale and installs the translators. Returns true when Rapport's own
// translation for that language was found (or none is needed).
bool install(QCoreApplication& app, const Language& language);
bool install(QCoreApplication& app, const QLocale& locale);
// What the last install() set up, if any.
std::optional<Language> installed();
// The languages Rapport ships, as locale names, English first.
QStringList shipped();

} // namespace Rapport::Translations
