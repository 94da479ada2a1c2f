// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QGraphicsScene;
class QWidget;

namespace Rapport {

// The window's way to export or print the graph: asks where (or which printer), then writes it
// with GraphExport and says so when that fails.
class GraphExportDialogs
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::GraphExportDialogs)

public:
    static void exportImage(QGraphicsScene& scene, QWidget* parent);
    static void print(QGraphicsScene& scene, QWidget* parent);
};

} // namespace Rapport
