// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PresetLabels.h"

namespace Rapport {

namespace {

// Every preset, with its text marked for translation in PresetLabels' context.
const char* const kPresets[] = {
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "work"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "home"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "other"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "mobile"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "colleague"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "former colleague"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "co-author"),
    QT_TRANSLATE_NOOP("Rapport::PresetLabels", "friend"),
};

} // namespace

QStringList PresetLabels::emailKeys()
{
    return {QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("other")};
}

QStringList PresetLabels::phoneKeys()
{
    return {QStringLiteral("mobile"), QStringLiteral("work"), QStringLiteral("home")};
}

QStringList PresetLabels::relationKeys()
{
    return {QStringLiteral("colleague"), QStringLiteral("former colleague"), QStringLiteral("co-author"),
        QStringLiteral("friend")};
}

QString PresetLabels::shown(const QString& stored)
{
    for (const char* key : kPresets) {
        if (stored.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return tr(key);
    }
    return stored;
}

QString PresetLabels::stored(const QString& shown)
{
    for (const char* key : kPresets) {
        if (shown.compare(tr(key), Qt::CaseInsensitive) == 0
            || shown.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(key);
    }
    return shown;
}

} // namespace Rapport
