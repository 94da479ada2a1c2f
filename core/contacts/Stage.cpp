// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Stage.h"

#include <QCoreApplication>

namespace Rapport {

namespace {
struct StageInfo {
    Stage stage;
    const char* key;
    const char* label;
};

constexpr StageInfo kStages[] = {
    {Stage::ToContact, "to_contact", QT_TRANSLATE_NOOP("Rapport::Stage", "To contact")},
    {Stage::ReachedOut, "reached_out", QT_TRANSLATE_NOOP("Rapport::Stage", "Reached out")},
    {Stage::Replied, "replied", QT_TRANSLATE_NOOP("Rapport::Stage", "Replied")},
    {Stage::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Rapport::Stage", "Scheduled")},
    {Stage::Met, "met", QT_TRANSLATE_NOOP("Rapport::Stage", "Met")},
    {Stage::FollowingUp, "following_up", QT_TRANSLATE_NOOP("Rapport::Stage", "Following up")},
    {Stage::KeepWarm, "keep_warm", QT_TRANSLATE_NOOP("Rapport::Stage", "Keep warm")},
    {Stage::NotPursuing, "not_pursuing", QT_TRANSLATE_NOOP("Rapport::Stage", "Not pursuing")},
};

const StageInfo& info(Stage stage)
{
    return kStages[static_cast<int>(stage)];
}
} // namespace

QList<Stage> allStages()
{
    QList<Stage> stages;
    for (const auto& s : kStages)
        stages.append(s.stage);
    return stages;
}

QString stageKey(Stage stage)
{
    return QString::fromLatin1(info(stage).key);
}

QString stageLabel(Stage stage)
{
    return QCoreApplication::translate("Rapport::Stage", info(stage).label);
}

bool stageFromKey(const QString& key, Stage* stage)
{
    for (const auto& s : kStages) {
        if (key == QLatin1String(s.key)) {
            *stage = s.stage;
            return true;
        }
    }
    return false;
}

} // namespace Rapport
