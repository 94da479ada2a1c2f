// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutreachTemplates.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListView;
class QUndoCommand;
class QPlainTextEdit;

namespace Rapport {

class NetworkSession;
class TemplateListModel;

// Edits the outreach templates: their name, kind, subject and text with {placeholders}.
// A template is saved when you move to another one or close the dialog; each save, addition and
// deletion can be undone (Edit ▸ Undo).
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(NetworkSession* session, QWidget* parent = nullptr);

    void done(int result) override;

private:
    void select(qint64 id);
    void show(int row);
    bool saveCurrent();
    void addTemplate();
    void removeTemplate();
    // Pushes the command; false (with a message saying what failed) when its write failed.
    bool push(QUndoCommand* command, const QString& failure);

    NetworkSession* m_session;
    TemplateListModel* m_model;
    qint64 m_currentId = 0; // the template the form shows
    QListView* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
};

} // namespace Rapport
