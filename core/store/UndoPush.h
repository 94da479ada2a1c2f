// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUndoStack>

namespace Rapport {

// Pushes a command that makes itself obsolete when its write fails (the stack then deletes it).
// True when it was done and is on the stack. The index tells, not the count: a push after an
// undo drops the commands that could have been redone.
inline bool pushUndoable(QUndoStack* stack, QUndoCommand* command)
{
    const int before = stack->index();
    stack->push(command);
    return stack->index() > before;
}

} // namespace Rapport
