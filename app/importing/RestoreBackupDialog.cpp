// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RestoreBackupDialog.h"

#include "BackupListModel.h"
#include "DisplayFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rapport {

RestoreBackupDialog::RestoreBackupDialog(const QString& networkPath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto* intro = new QLabel(tr("Rapport keeps a copy of this network each day it changes (the last %1), one before "
                                "every import, and one of the network a restore replaces.")
                                 .arg(Backups::kDailyKept),
        this);
    intro->setWordWrap(true);
    m_model = new BackupListModel(this);
    m_model->setTimeFormat([](const QDateTime& time) { return DisplayFormat::shortDateTime(time); });
    m_model->load(networkPath);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const bool any = !m_model->backups().isEmpty();
    if (any)
        m_list->setCurrentIndex(m_model->index(0, 0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(any);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString RestoreBackupDialog::chosenPath() const
{
    return m_model->pathAt(m_list->currentIndex().row());
}

} // namespace Rapport
