// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Rapport::Translations {

namespace {
const QString kLanguageKey = QStringLiteral("language");

std::optional<Language> g_installed;

// Where `cmake --install` puts the .qm files, relative to the binary (bin/ beside share/).
QString installedTranslations()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/rapport/translations"));
}

// The locale the system writes dates in. On Linux Qt names the system locale after LANGUAGE
// (LANGUAGE=fr gives fr_FR) yet takes its formats from LC_TIME, so its name says nothing about
// the formats: read what Qt reads.
QLocale systemFormats()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const char* variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return QLocale(qEnvironmentVariable(variable));
    }
    return QLocale::c();
#else
    return QLocale::system();
#endif
}
} // namespace

QString chosenLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void setChosenLanguage(const QString& name)
{
    if (name.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, name);
}

Language resolve(
    const QString& chosen, const QStringList& uiLanguages, const QLocale& systemFormats, const QLocale& system)
{
    QList<QLocale::Language> ours;
    for (const QString& name : shipped())
        ours.append(QLocale(name).language());
    // A chosen language Rapport no longer ships falls back to the system's.
    const QStringList candidates = chosen.isEmpty() ? uiLanguages : QStringList {chosen} + uiLanguages;
    for (const QString& name : candidates) {
        const QLocale words(name);
        if (!ours.contains(words.language()))
            continue; // C, or a language Rapport does not speak (yet): try the next one
        // A locale named by its language alone is that language's main one: "fr" is fr_FR.
        if (words.language() != systemFormats.language())
            return {words, words};
        // The system's own formats; the system locale itself only when its name agrees (LANGUAGE
        // names it, so with LANGUAGE=fr and English chosen it would call English dates French).
        return {words, system.language() == words.language() ? system : systemFormats};
    }
    return {system, system};
}

Language current()
{
    return resolve(chosenLanguage(), QLocale::system().uiLanguages(), systemFormats(), QLocale::system());
}

std::optional<Language> installed()
{
    return g_installed;
}

bool install(QCoreApplication& app, const QLocale& locale)
{
    return install(app, Language {locale, locale});
}

bool install(QCoreApplication& app, const Language& language)
{
    g_installed = language;
    QLocale::setDefault(language.formats);
    const QLocale& locale = language.words;
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true; // the source language
    auto* ours = new QTranslator(&app);
    for (const QString& dir : {installedTranslations(), QStringLiteral(":/i18n")}) {
        if (ours->load(locale, QStringLiteral("rapport"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(ours);
            return true;
        }
    }
    delete ours;
    return false;
}

QStringList shipped()
{
    QStringList names {QStringLiteral("en")};
    QDirIterator it(QStringLiteral(":/i18n"), {QStringLiteral("rapport_*.qm")});
    while (it.hasNext()) {
        const QString file = QFileInfo(it.next()).completeBaseName();
        names.append(file.mid(int(qstrlen("rapport_"))));
    }
    return names;
}

} // namespace Rapport::Translations
