// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RestoreBackupDialog.h"

#include "DisplayFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rapport {

namespace {
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return RestoreBackupDialog::tr("Daily copy");
    if (reason == QLatin1String("import"))
        return RestoreBackupDialog::tr("Before an import");
    if (reason == QLatin1String("replaced"))
        return RestoreBackupDialog::tr("Replaced by a restore");
    if (reason == QLatin1String("repair"))
        return RestoreBackupDialog::tr("Before a repair");
    return reason;
}
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& networkPath, QWidget* parent)
    : QDialog(parent)
    , m_backups(Backups::list(networkPath))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto* intro = new QLabel(tr("Rapport keeps a copy of this network each day it changes (the last %1), one before "
                                "every import, and one of the network a restore replaces.")
                                 .arg(Backups::kDailyKept),
        this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Contacts")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const BackupInfo& b : std::as_const(m_backups)) {
        auto* item = new QTreeWidgetItem(m_list,
            {DisplayFormat::shortDateTime(b.taken), reasonText(b.reason),
                b.contacts < 0 ? tr("unreadable") : QString::number(b.contacts)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, DisplayFormat::plainToolTip(b.path));
    }
    if (m_backups.isEmpty())
        new QTreeWidgetItem(m_list, {tr("No backups yet")});
    m_list->setCurrentItem(m_list->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(!m_backups.isEmpty());
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
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

} // namespace Rapport
