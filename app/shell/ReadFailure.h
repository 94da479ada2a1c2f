// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Rapport {

// What the window says when reading the network failed, so a view never shows an empty list
// in place of the problem: one message box that names the network file and the problem, and one
// short line for the view itself (where its list would be).
class ReadFailure
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ReadFailure)

public:
    static QString message(const QString& networkPath, const QString& problem);
    static QString inView(const QString& problem);
    static void show(QWidget* parent, const QString& networkPath, const QString& problem);
};

} // namespace Rapport
