// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace Rapport {

class ZipArchive;

// LinkedIn's data archive (issue 17), as the ZIP LinkedIn sends or as the folder it unzips to. Its
// tables are found by file name, in any folder and whatever the case; the ZIP is read in memory,
// never extracted, through ZipArchive's limits. Every other file is listed, for the report.
class LinkedInArchive
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::LinkedInArchive)

public:
    enum class Table { Connections, Messages, Invitations, Profile, Positions, Education };

    // nullptr with *error (a sentence for the user) when the path is no archive Rapport can read:
    // not a ZIP or folder, a hostile ZIP, or one holding neither connections nor messages.
    static std::unique_ptr<LinkedInArchive> open(const QString& path, QString* error);
    // Whether path is meant as an archive (a .zip file, or a folder): the importer's first choice.
    static bool isArchivePath(const QString& path);
    ~LinkedInArchive();

    QString path() const { return m_path; }
    bool has(Table table) const { return m_tables.contains(table); }
    // The table's name inside the archive ("Connections.csv", "Basic/messages.csv").
    QString nameOf(Table table) const { return m_tables.value(table); }
    // The whole table; nullopt with *error when it cannot be read.
    std::optional<QByteArray> read(Table table, QString* error) const;
    // The files that are none of the tables Rapport reads, in the archive's order.
    QStringList ignoredFiles() const { return m_ignored; }

private:
    LinkedInArchive() = default;
    void sortIn(const QString& name);

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip; // or else a folder, at m_path
    QHash<Table, QString> m_tables;
    QStringList m_ignored;
};

} // namespace Rapport
