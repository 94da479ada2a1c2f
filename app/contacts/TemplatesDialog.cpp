// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplatesDialog.h"

#include "Database.h"
#include "DatabaseError.h"
#include "MessageBoxes.h"
#include "ReadFailure.h"
#include "Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

TemplatesDialog::TemplatesDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Outreach Templates"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 36); // a translated name fits
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Asking for an interview"), QStringLiteral("request"));
    m_kind->addItem(tr("Thank-you"), QStringLiteral("thank_you"));
    m_kind->addItem(tr("Check-in"), QStringLiteral("check_in"));
    m_kind->addItem(tr("Other"), QStringLiteral("other"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    auto* placeholders
        = new QLabel(tr("Placeholders: %1").arg(OutreachTemplates::placeholders().join(QStringLiteral(", "))), this);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    placeholders->setForegroundRole(QPalette::PlaceholderText);
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    connect(add, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(remove, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current) {
            saveCurrent();
            show(row);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(placeholders);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(form, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    load();
}

void TemplatesDialog::load(qint64 select)
{
    try {
        m_templates = OutreachTemplates::all(m_database.connection());
    } catch (const DatabaseError& e) {
        m_templates.clear();
        ReadFailure::show(isVisible() ? this : parentWidget(), m_database.path(), e.message());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        m_list->addItem(m_templates.at(i).name);
        if (m_templates.at(i).id == select)
            row = i;
    }
    m_current = -1;
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : row);
    show(m_templates.isEmpty() ? -1 : row);
}

void TemplatesDialog::show(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_templates.size();
    const OutreachTemplate t = valid ? m_templates.at(row) : OutreachTemplate();
    m_name->setText(t.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(t.kind)));
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    for (QWidget* w : std::initializer_list<QWidget*> {m_name, m_kind, m_subject, m_body})
        w->setEnabled(valid);
}

bool TemplatesDialog::saveCurrent()
{
    if (m_current < 0 || m_current >= m_templates.size())
        return true;
    OutreachTemplate t = m_templates.at(m_current);
    const OutreachTemplate before = t;
    t.name = m_name->text().trimmed().isEmpty() ? before.name : m_name->text().trimmed();
    t.kind = m_kind->currentData().toString();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    if (t.name == before.name && t.kind == before.kind && t.subject == before.subject && t.body == before.body)
        return true;
    try {
        Transaction transaction(m_database.connection());
        OutreachTemplates::save(m_database.connection(), t);
        transaction.commit();
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, windowTitle(), tr("The template could not be saved.\n\n%1").arg(e.message()));
        return false;
    }
    m_templates[m_current] = t;
    if (QListWidgetItem* item = m_list->item(m_current))
        item->setText(t.name);
    return true;
}

void TemplatesDialog::addTemplate()
{
    saveCurrent();
    OutreachTemplate t;
    t.kind = QStringLiteral("other");
    t.name = tr("New template");
    t.body = tr("Dear {firstName},\n\n\n\nBest wishes,\n{myName}");
    try {
        Transaction transaction(m_database.connection());
        OutreachTemplates::save(m_database.connection(), t);
        transaction.commit();
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, windowTitle(), tr("The template could not be added.\n\n%1").arg(e.message()));
        return;
    }
    load(t.id);
    m_name->setFocus();
    m_name->selectAll();
}

void TemplatesDialog::removeTemplate()
{
    if (m_current < 0 || m_current >= m_templates.size())
        return;
    const OutreachTemplate t = m_templates.at(m_current);
    if (MessageBoxes::question(this, windowTitle(), tr("Delete the template “%1”?").arg(t.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    try {
        Transaction transaction(m_database.connection());
        OutreachTemplates::remove(m_database.connection(), t.id);
        transaction.commit();
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, windowTitle(), tr("The template could not be deleted.\n\n%1").arg(e.message()));
        return;
    }
    m_current = -1;
    load();
}

void TemplatesDialog::done(int result)
{
    saveCurrent();
    QDialog::done(result);
}

} // namespace Rapport
