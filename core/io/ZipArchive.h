// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct zip;

namespace Rapport {

// A ZIP file read in memory, never extracted to disk: the LinkedIn data archive (issue 17).
// It is read with libzip (Debian's libzip-dev), which checks each entry's CRC and the archive's
// consistency; this class adds the limits an archive from the web needs. open() refuses the whole
// file, before reading any entry, when a name climbs out of the archive ("../", "/", "C:"), when an
// entry or the total is too large, when an entry compresses like a ZIP bomb, or when entries
// overlap (their compressed sizes add up to more than the file). read() also refuses an entry that
// holds more than it declared.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ZipArchive)

public:
    struct Limits {
        qint64 entryBytes = qint64(256) << 20; // one entry, uncompressed
        qint64 totalBytes = qint64(1) << 30; // every entry together, uncompressed
        qint64 ratio = 200; // uncompressed per compressed byte: CSV text compresses about 10:1
        qint64 ratioFloor = qint64(1) << 20; // small entries may compress as well as they like
        qint64 entryCount = 50000;
    };
    struct Entry {
        QString name; // as stored, with "/" between folders
        qint64 size = 0; // uncompressed, as declared
        qint64 compressedSize = 0;
    };

    // nullptr with *error set (a sentence for the user) when the file is no readable ZIP or is
    // refused.
    static std::unique_ptr<ZipArchive> open(const QString& path, QString* error, const Limits& limits);
    static std::unique_ptr<ZipArchive> open(const QString& path, QString* error); // the default limits
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const QList<Entry>& entries() const { return m_entries; }
    // The bytes of the entry called name; nullopt with *error when it cannot be read whole.
    std::optional<QByteArray> read(const QString& name, QString* error) const;

    // True when a stored name would climb out of a folder it were extracted into.
    static bool climbsOut(const QString& name);

private:
    ZipArchive() = default;

    zip* m_zip = nullptr;
    QString m_fileName;
    QList<Entry> m_entries;
};

} // namespace Rapport
