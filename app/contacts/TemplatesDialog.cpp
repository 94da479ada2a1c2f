// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplatesDialog.h"

#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "TemplateCommands.h"
#include "TemplateListModel.h"
#include "UndoPush.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rapport {

TemplatesDialog::TemplatesDialog(NetworkSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TemplateListModel(session->templates(), this))
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Outreach Templates"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 36); // a translated name fits
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Asking for an interview"), int(TemplateKind::Request));
    m_kind->addItem(tr("Thank-you"), int(TemplateKind::ThankYou));
    m_kind->addItem(tr("Check-in"), int(TemplateKind::CheckIn));
    m_kind->addItem(tr("Other"), int(TemplateKind::Other));
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
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const int row = current.isValid() ? current.row() : -1;
            if (m_model->templateAt(row).id != m_currentId || !m_currentId) {
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
    select(m_model->rowCount() > 0 ? m_model->templateAt(0).id : 0);
}

void TemplatesDialog::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_list->setCurrentIndex(m_model->index(row));
    show(row);
}

void TemplatesDialog::show(int row)
{
    const bool valid = row >= 0 && row < m_model->rowCount();
    const OutreachTemplate t = valid ? m_model->templateAt(row) : OutreachTemplate();
    m_currentId = t.id;
    m_name->setText(t.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(t.kind))));
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    for (QWidget* w : std::initializer_list<QWidget*> {m_name, m_kind, m_subject, m_body})
        w->setEnabled(valid);
}

bool TemplatesDialog::push(QUndoCommand* command, const QString& failure)
{
    if (pushUndoable(m_session->undoStack(), command))
        return true;
    // The command failed and was dropped.
    MessageBoxes::warning(this, windowTitle(), failure.arg(m_session->templates()->lastError()));
    return false;
}

bool TemplatesDialog::saveCurrent()
{
    const int row = m_model->rowOf(m_currentId);
    if (!m_currentId || row < 0)
        return true;
    const OutreachTemplate before = m_model->templateAt(row);
    OutreachTemplate t = before;
    t.name = m_name->text().trimmed().isEmpty() ? before.name : m_name->text().trimmed();
    t.kind = TemplateKind(m_kind->currentData().toInt());
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    if (t.name == before.name && t.kind == before.kind && t.subject == before.subject && t.body == before.body)
        return true;
    return push(
        new EditTemplateCommand(m_session->templates(), before, t), tr("The template could not be saved.\n\n%1"));
}

void TemplatesDialog::addTemplate()
{
    saveCurrent();
    OutreachTemplate t;
    t.kind = TemplateKind::Other;
    t.name = tr("New template");
    t.body = tr("Dear {firstName},\n\n\n\nBest wishes,\n{myName}");
    auto* command = new AddTemplateCommand(m_session->templates(), t);
    if (!push(command, tr("The template could not be added.\n\n%1")))
        return;
    m_currentId = 0; // nothing left unsaved: the form shows the new template
    select(command->templateId());
    m_name->setFocus();
    m_name->selectAll();
}

void TemplatesDialog::removeTemplate()
{
    const int row = m_model->rowOf(m_currentId);
    if (!m_currentId || row < 0)
        return;
    const OutreachTemplate t = m_model->templateAt(row);
    if (MessageBoxes::question(this, windowTitle(), tr("Delete the template “%1”?").arg(t.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_currentId = 0; // what the form holds goes with it
    if (!push(new RemoveTemplateCommand(m_session->templates(), t), tr("The template could not be deleted.\n\n%1"))) {
        select(t.id);
        return;
    }
    select(m_model->rowCount() > 0 ? m_model->templateAt(0).id : 0);
}

void TemplatesDialog::done(int result)
{
    saveCurrent();
    QDialog::done(result);
}

} // namespace Rapport
