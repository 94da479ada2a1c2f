// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphExportDialogs.h"

#include "GraphExport.h"
#include "MessageBoxes.h"

#include <QFileDialog>
#include <QGraphicsScene>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Rapport {

void GraphExportDialogs::exportImage(QGraphicsScene& scene, QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Graph"),
        folder + QStringLiteral("/referral-graph.png"), tr("PNG image (*.png);;SVG image (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (!GraphExport::write(scene, path, &error))
        MessageBoxes::warning(parent, tr("Export Graph"), error);
}

void GraphExportDialogs::print(QGraphicsScene& scene, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Graph"));
    if (dialog.exec() == QDialog::Accepted)
        GraphExport::print(scene, &printer);
}

} // namespace Rapport
