// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Rapport {

// A throw-away network filled with the demo story, removed when this object goes.
// `rapport --demo` and "Open demo network" use it so the user's own file is never touched.
class DemoCopy
{
public:
    // Returns nullptr with *error set on failure.
    static std::unique_ptr<DemoCopy> create(QString* error);
    QString path() const;

private:
    QTemporaryDir m_dir;
};

} // namespace Rapport
