// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProfileStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Rapport {

// Saves My Profile; Undo puts the previous profile back.
class EditProfileCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditProfileCommand)

public:
    EditProfileCommand(ProfileStore* store, const Profile& before, const Profile& after);
    void redo() override;
    void undo() override;

private:
    ProfileStore* m_store;
    Profile m_before;
    Profile m_after;
};

} // namespace Rapport
