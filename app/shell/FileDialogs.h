// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

// Save-file questions. Tests answer through setNextSavePath() instead of a modal dialog.
namespace Rapport::FileDialogs {

QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
void setNextSavePath(const QString& path);

} // namespace Rapport::FileDialogs
