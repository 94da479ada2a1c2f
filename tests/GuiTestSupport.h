#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace Rapport::Test {

// Saves a picture of a widget when RAPPORT_SCREENSHOT_DIR is set, so a person can look at
// what a GUI test drove (README screenshots come from here too). Does nothing otherwise.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace Rapport::Test
