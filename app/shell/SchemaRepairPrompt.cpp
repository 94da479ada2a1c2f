// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchemaRepairPrompt.h"

#include "MessageBoxes.h"
#include "SchemaRepair.h"

namespace Rapport {

bool SchemaRepairPrompt::run(QWidget* parent, const QString& path, const QList<SchemaProblem>& problems)
{
    const QString title = QCoreApplication::translate("Rapport::MainWindow", "Cannot open network");
    QString found = path + QLatin1Char(':');
    for (const QString& line : SchemaCheck::lines(problems))
        found += QStringLiteral("\n• ") + line;
    const auto answer = MessageBoxes::question(parent, title,
        tr("%1\n\nRapport runs nothing it did not create. It can remove what it did not create and put back its "
           "own definitions; your contacts, meetings and notes stay as they are. A copy of the network as it is "
           "now is kept as a backup first.\n\nRepair the network?")
            .arg(found),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    QString backup, error;
    if (!SchemaRepair::run(path, &backup, &error)) {
        MessageBoxes::warning(parent, title, tr("The network was not repaired.\n\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace Rapport
