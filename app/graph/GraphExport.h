// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QGraphicsScene;
class QPrinter;

namespace Rapport {

// Writes the graph as a picture: SVG (scales to any size), PNG, or a printed page.
class GraphExport
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::GraphExport)

public:
    // Picks the format from the suffix (.svg or .png). Writes the whole file or nothing;
    // returns false with *error set.
    static bool write(QGraphicsScene& scene, const QString& path, QString* error);
    static bool writeSvg(QGraphicsScene& scene, const QString& path, QString* error);
    static bool writePng(QGraphicsScene& scene, const QString& path, QString* error);
    // Fits the whole graph on the printer's page.
    static void print(QGraphicsScene& scene, QPrinter* printer);
};

} // namespace Rapport
