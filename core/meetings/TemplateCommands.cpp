// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateCommands.h"

namespace Rapport {

AddTemplateCommand::AddTemplateCommand(TemplateStore* store, const OutreachTemplate& outreach)
    : QUndoCommand(tr("Add template “%1”").arg(outreach.name))
    , m_store(store)
    , m_template(outreach)
{ }

void AddTemplateCommand::redo()
{
    const qint64 id = m_store->add(m_template);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (const auto added = m_store->outreachTemplate(id))
        m_template = *added;
    m_template.id = id;
}

void AddTemplateCommand::undo()
{
    if (const auto current = m_store->outreachTemplate(m_template.id))
        m_template = *current; // edits made since come back with redo
    if (!m_store->remove(m_template.id))
        setObsolete(true);
}

EditTemplateCommand::EditTemplateCommand(
    TemplateStore* store, const OutreachTemplate& before, const OutreachTemplate& after)
    : QUndoCommand(tr("Edit template “%1”").arg(after.name))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{ }

void EditTemplateCommand::redo()
{
    if (!m_store->update(m_after))
        setObsolete(true);
}

void EditTemplateCommand::undo()
{
    if (!m_store->update(m_before))
        setObsolete(true);
}

RemoveTemplateCommand::RemoveTemplateCommand(TemplateStore* store, const OutreachTemplate& outreach)
    : QUndoCommand(tr("Delete template “%1”").arg(outreach.name))
    , m_store(store)
    , m_template(outreach)
{ }

void RemoveTemplateCommand::redo()
{
    if (!m_store->remove(m_template.id))
        setObsolete(true);
}

void RemoveTemplateCommand::undo()
{
    if (!m_store->add(m_template))
        setObsolete(true);
}

} // namespace Rapport
