// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TemplateStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Rapport {

// Adding, editing and deleting an outreach template, each undoable. A command whose write fails
// makes itself obsolete (the store's writeFailed has said why).
class AddTemplateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddTemplateCommand)

public:
    AddTemplateCommand(TemplateStore* store, const OutreachTemplate& outreach);
    void redo() override;
    void undo() override;
    qint64 templateId() const { return m_template.id; }

private:
    TemplateStore* m_store;
    OutreachTemplate m_template; // with its id and position once added: redo puts it back as it was
};

class EditTemplateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditTemplateCommand)

public:
    EditTemplateCommand(TemplateStore* store, const OutreachTemplate& before, const OutreachTemplate& after);
    void redo() override;
    void undo() override;

private:
    TemplateStore* m_store;
    OutreachTemplate m_before;
    OutreachTemplate m_after;
};

class RemoveTemplateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveTemplateCommand)

public:
    RemoveTemplateCommand(TemplateStore* store, const OutreachTemplate& outreach);
    void redo() override;
    void undo() override;

private:
    TemplateStore* m_store;
    OutreachTemplate m_template;
};

} // namespace Rapport
