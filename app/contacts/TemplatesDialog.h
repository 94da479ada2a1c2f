// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutreachTemplates.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Rapport {

class Database;

// Edits the outreach templates: their name, kind, subject and text with {placeholders}.
// A template is saved when you move to another one or close the dialog.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(Database& database, QWidget* parent = nullptr);

    void done(int result) override;

private:
    void load(qint64 select = 0);
    void show(int row);
    bool saveCurrent();
    void addTemplate();
    void removeTemplate();

    Database& m_database;
    QList<OutreachTemplate> m_templates;
    int m_current = -1;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
};

} // namespace Rapport
