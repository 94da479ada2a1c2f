// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReadFailure.h"

#include "MessageBoxes.h"

#include <QDir>

namespace Rapport {

QString ReadFailure::message(const QString& networkPath, const QString& problem)
{
    return tr("Rapport could not read part of %1:\n\n%2\n\nWhat is shown may be incomplete.")
        .arg(QDir::toNativeSeparators(networkPath), problem);
}

QString ReadFailure::inView(const QString& problem)
{
    return tr("Could not read the network: %1").arg(problem);
}

void ReadFailure::show(QWidget* parent, const QString& networkPath, const QString& problem)
{
    MessageBoxes::warning(parent, tr("Could not read the network"), message(networkPath, problem));
}

} // namespace Rapport
