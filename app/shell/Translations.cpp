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

// Where `cmake --install` puts the .qm files, relative to the binary (bin/ beside share/).
QString installedTranslations()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/rapport/translations"));
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

QLocale locale()
{
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool install(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
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
