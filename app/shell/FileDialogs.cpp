// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileDialogs.h"

#include <QFileDialog>

namespace Rapport::FileDialogs {

namespace {
QString& nextSavePath()
{
    static QString path;
    return path;
}
} // namespace

QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (!nextSavePath().isEmpty())
        return std::exchange(nextSavePath(), QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void setNextSavePath(const QString& path)
{
    nextSavePath() = path;
}

} // namespace Rapport::FileDialogs
