// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SchemaCheck.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace Rapport {

// The window's answer to a network refused for a trigger, view or index Rapport did not create
// (SchemaCheck::repairable): it names them and offers to repair the network (SchemaRepair, after
// a backup).
class SchemaRepairPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::SchemaRepairPrompt)

public:
    // True when the network was repaired and may be opened again; false when the user declined
    // or the repair failed (said in a message box).
    static bool run(QWidget* parent, const QString& path, const QList<SchemaProblem>& problems);
};

} // namespace Rapport
