// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphExport.h"

#include "GraphLegend.h"
#include "GraphScene.h"

#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Rapport {

namespace {
// A PNG of a 2,000-person graph at full scale would take gigabytes; the longest side is capped.
constexpr qreal kMaxPngSide = 8192;

GraphStyle styleOf(const QGraphicsScene& scene)
{
    const auto* graph = qobject_cast<const GraphScene*>(&scene);
    return graph ? graph->style() : GraphStyle();
}
} // namespace

bool GraphExport::write(QGraphicsScene& scene, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return writeSvg(scene, path, error);
    if (suffix == QLatin1String("png"))
        return writePng(scene, path, error);
    *error = tr("%1: the file name must end in .svg or .png").arg(path);
    return false;
}

bool GraphExport::writeSvg(QGraphicsScene& scene, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QRectF source = scene.sceneRect();
    const GraphLegend legend(styleOf(scene));
    const qreal legendHeight = legend.height(source.width());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSizeF(source.width(), source.height() + legendHeight).toSize());
        svg.setViewBox(QRectF(0, 0, source.width(), source.height() + legendHeight));
        svg.setTitle(tr("Referral graph"));
        svg.setDescription(tr("Who led to whom, drawn by Rapport"));
        QPainter painter(&svg);
        legend.paint(&painter, QRectF(0, 0, source.width(), legendHeight));
        scene.render(&painter, QRectF(QPointF(0, legendHeight), source.size()), source);
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool GraphExport::writePng(QGraphicsScene& scene, const QString& path, QString* error)
{
    const QRectF source = scene.sceneRect();
    const GraphLegend legend(styleOf(scene));
    const qreal legendHeight = legend.height(source.width());
    const QSizeF whole(source.width(), source.height() + legendHeight);
    const qreal scale = qMin<qreal>(2.0, kMaxPngSide / qMax(whole.width(), whole.height()));
    QImage image((whole * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        legend.paint(&painter, QRectF(0, 0, source.width(), legendHeight));
        scene.render(&painter, QRectF(QPointF(0, legendHeight), source.size()), source);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void GraphExport::print(QGraphicsScene& scene, QPrinter* printer)
{
    QPainter painter(printer);
    painter.setRenderHint(QPainter::Antialiasing);
    // The legend across the top of the page, at the size it has on screen; the graph below it,
    // as large as the rest of the page allows, aspect kept.
    const QRectF page = painter.viewport();
    const qreal dotsPerPoint = printer->resolution() / 72.0;
    painter.save();
    painter.scale(dotsPerPoint, dotsPerPoint);
    const GraphLegend legend(styleOf(scene));
    const qreal legendHeight = legend.height(page.width() / dotsPerPoint);
    legend.paint(&painter, QRectF(0, 0, page.width() / dotsPerPoint, legendHeight));
    painter.restore();
    scene.render(&painter, page.adjusted(0, legendHeight * dotsPerPoint, 0, 0), scene.sceneRect());
}

} // namespace Rapport
