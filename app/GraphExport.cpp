#include "GraphExport.h"

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
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Referral graph"));
        svg.setDescription(tr("Who led to whom, drawn by Rapport"));
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
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
    const qreal scale = qMin<qreal>(2.0, kMaxPngSide / qMax(source.width(), source.height()));
    QImage image((source.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
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
    scene.render(&painter, QRectF(), scene.sceneRect()); // the whole printable area, aspect kept
}

} // namespace Rapport
