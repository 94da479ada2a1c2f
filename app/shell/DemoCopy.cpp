// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoCopy.h"

#include "Database.h"
#include "DemoNetwork.h"

#include <QCoreApplication>
#include <QDir>

namespace Rapport {

std::unique_ptr<DemoCopy> DemoCopy::create(QString* error)
{
    std::unique_ptr<DemoCopy> copy(new DemoCopy);
    if (!copy->m_dir.isValid()) {
        *error = QCoreApplication::translate("Rapport::DemoCopy", "Cannot create a temporary folder: %1")
                     .arg(copy->m_dir.errorString());
        return nullptr;
    }
    Database database;
    if (!database.open(copy->path())) {
        *error = database.errorString();
        return nullptr;
    }
    if (!DemoNetwork::fill(database, error))
        return nullptr;
    return copy;
}

QString DemoCopy::path() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("Demo network.rapport"));
}

} // namespace Rapport
