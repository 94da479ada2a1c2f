// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProfileCommand.h"

namespace Rapport {

EditProfileCommand::EditProfileCommand(ProfileStore* store, const Profile& before, const Profile& after)
    : QUndoCommand(tr("Edit my profile"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditProfileCommand::redo()
{
    if (!m_store->save(m_after))
        setObsolete(true); // writeFailed has said why; nothing to undo
}

void EditProfileCommand::undo()
{
    if (!m_store->save(m_before))
        setObsolete(true);
}

} // namespace Rapport
