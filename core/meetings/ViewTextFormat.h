// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <functional>

namespace Rapport {

// How the meetings models write dates and tooltips. The window's lists share one way (no
// seconds; tooltips that never read a name as HTML), which lives with the widgets: the views
// hand it to their models, and core keeps a plain default for tests and the command line.
struct ViewTextFormat {
    std::function<QString(const QDateTime&)> dateTime
        = [](const QDateTime& time) { return QLocale().toString(time, QLocale::ShortFormat); };
    std::function<QString(const QString&)> toolTip = [](const QString& text) { return text; };
};

} // namespace Rapport
