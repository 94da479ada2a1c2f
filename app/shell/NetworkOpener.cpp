// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkOpener.h"

#include "Backups.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "RecentNetworks.h"
#include "SchemaCheck.h"
#include "SchemaRepairPrompt.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace Rapport {

namespace {
QString fileFilter()
{
    return NetworkOpener::tr("Rapport networks (*.rapport);;All files (*)");
}

// File names in menu texts: "AT&T" must not turn T into a keyboard accelerator.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}
} // namespace

NetworkOpener::NetworkOpener(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

std::unique_ptr<NetworkSession> NetworkOpener::open(const QString& path, bool* repaired)
{
    QString error;
    QList<SchemaProblem> schemaProblems;
    auto session = NetworkSession::open(path, &error, &schemaProblems);
    if (session)
        return session;
    if (SchemaCheck::repairable(schemaProblems)) {
        // A trigger, view or index Rapport did not create: offer to remove it (after a backup).
        // A table it did not create is refused below, with the offer of a backup if there is one.
        if (!SchemaRepairPrompt::run(m_window, path, schemaProblems))
            return nullptr;
        *repaired = true;
        return open(path, repaired);
    }
    return offerBackup(path, error, repaired);
}

std::unique_ptr<NetworkSession> NetworkOpener::offerBackup(const QString& path, const QString& error, bool* repaired)
{
    // A damaged file with a backup: offer the latest copy in its place, keeping the damaged one.
    const std::optional<BackupInfo> usable = Backups::latestUsable(path);
    if (!usable || error.contains(QLatin1String("another Rapport window"))) {
        MessageBoxes::warning(m_window, tr("Cannot open network"), error);
        return nullptr;
    }
    const QString damaged = Backups::damagedPathFor(path, QDateTime::currentDateTime());
    const auto answer = MessageBoxes::question(m_window, tr("Cannot open network"),
        tr("%1\n\nA backup of this network from %2, with %n contact(s), can take its place. The file that "
           "cannot be opened is kept beside it as %3.\n\nRestore the backup?",
            nullptr, usable->contacts)
            .arg(error, DisplayFormat::shortDateTime(usable->taken), QFileInfo(damaged).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return nullptr;
    QString replaceError;
    if (!Backups::replaceDamaged(path, *usable, damaged, &replaceError)) {
        MessageBoxes::warning(m_window, tr("Cannot open network"), replaceError);
        return nullptr;
    }
    return open(path, repaired);
}

QString NetworkOpener::chooseNewPath()
{
    const QString path = FileDialogs::saveFileName(
        m_window, tr("New Network"), QFileInfo(Database::defaultPath()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return {};
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".rapport") : path;
    if (QFileInfo::exists(file)) {
        MessageBoxes::warning(
            m_window, tr("New Network"), tr("%1 already exists. Use File ▸ Open Network to open it.").arg(file));
        return {};
    }
    return file;
}

QString NetworkOpener::chooseExistingPath(const QString& folder)
{
    return QFileDialog::getOpenFileName(m_window, tr("Open Network"), folder, fileFilter());
}

void NetworkOpener::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList recent = RecentNetworks::list();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        // Numbered, so Alt+1…9 picks one from the keyboard; the file name's own & stays literal.
        const QString name = escapeMnemonic(QFileInfo(path).fileName());
        QAction* a = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit recentChosen(path); });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent networks"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, [] { RecentNetworks::clear(); });
}

} // namespace Rapport
