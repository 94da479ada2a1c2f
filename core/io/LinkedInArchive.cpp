// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LinkedInArchive.h"

#include "ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Rapport {

namespace {

// A folder holds what LinkedIn sends, a few dozen files: far fewer than this, and no file larger
// than a ZIP entry may be.
constexpr int kMaxFolderFiles = 5000;
constexpr qint64 kMaxTableBytes = qint64(256) << 20;

std::optional<LinkedInArchive::Table> tableNamed(const QString& name)
{
    using Table = LinkedInArchive::Table;
    static const QHash<QString, Table> tables {{QStringLiteral("connections.csv"), Table::Connections},
        {QStringLiteral("messages.csv"), Table::Messages}, {QStringLiteral("invitations.csv"), Table::Invitations},
        {QStringLiteral("profile.csv"), Table::Profile}, {QStringLiteral("positions.csv"), Table::Positions},
        {QStringLiteral("education.csv"), Table::Education}};
    const QString base = name.section(QLatin1Char('/'), -1).toLower();
    const auto it = tables.constFind(base);
    return it == tables.cend() ? std::nullopt : std::optional(it.value());
}

} // namespace

LinkedInArchive::~LinkedInArchive() = default;

bool LinkedInArchive::isArchivePath(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;
}

void LinkedInArchive::sortIn(const QString& name)
{
    if (name.endsWith(QLatin1Char('/')))
        return; // a folder entry
    const auto table = tableNamed(name);
    // The shallowest of two files with one name is the table (an archive inside a folder of
    // older copies); the other is reported as left out.
    if (table
        && (!m_tables.contains(*table) || name.count(QLatin1Char('/')) < m_tables[*table].count(QLatin1Char('/')))) {
        if (m_tables.contains(*table))
            m_ignored.append(m_tables[*table]);
        m_tables.insert(*table, name);
        return;
    }
    m_ignored.append(name);
}

std::unique_ptr<LinkedInArchive> LinkedInArchive::open(const QString& path, QString* error)
{
    std::unique_ptr<LinkedInArchive> archive(new LinkedInArchive);
    archive->m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("There is no file or folder %1.").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        // Names relative to the folder, whatever the path it was given by ("archive", "./archive").
        const QDir root(info.absoluteFilePath());
        archive->m_path = root.path();
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            if (++files > kMaxFolderFiles) {
                *error = tr("The folder %1 holds more than %2 files: it is not a LinkedIn archive.")
                             .arg(path, QString::number(kMaxFolderFiles));
                return nullptr;
            }
            archive->sortIn(root.relativeFilePath(it.next()));
        }
    } else {
        archive->m_zip = ZipArchive::open(path, error);
        if (!archive->m_zip)
            return nullptr;
        for (const ZipArchive::Entry& entry : archive->m_zip->entries())
            archive->sortIn(entry.name);
    }
    std::sort(archive->m_ignored.begin(), archive->m_ignored.end());
    if (!archive->has(Table::Connections) && !archive->has(Table::Messages) && !archive->has(Table::Invitations)) {
        *error = tr("%1 holds no Connections.csv, messages.csv or Invitations.csv: it is not a LinkedIn data archive.")
                     .arg(info.fileName());
        return nullptr;
    }
    return archive;
}

std::optional<QByteArray> LinkedInArchive::read(Table table, QString* error) const
{
    const QString name = m_tables.value(table);
    if (name.isEmpty()) {
        *error = tr("The archive has no such table.");
        return std::nullopt;
    }
    if (m_zip)
        return m_zip->read(name, error);
    QFile file(QDir(m_path).filePath(name));
    if (file.size() > kMaxTableBytes) {
        *error = tr("%1 is larger than %2 MB.").arg(name, QString::number(kMaxTableBytes >> 20));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Rapport
