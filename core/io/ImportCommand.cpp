// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportCommand.h"

namespace Rapport {

ImportCommand::ImportCommand(qint64 batchId, const QString& text, UndoBatch undoBatch)
    : m_batchId(batchId)
    , m_undoBatch(std::move(undoBatch))
{
    setText(text);
}

void ImportCommand::undo()
{
    if (m_undoBatch(m_batchId))
        setObsolete(true);
}

void ImportCommand::redo()
{
    // Pushed after the import was written; or after an undo that failed, when the import is
    // still there. Either way the network already holds it.
}

} // namespace Rapport
