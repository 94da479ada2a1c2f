// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <zip.h>

namespace Rapport {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

bool ZipArchive::climbsOut(const QString& name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':')))
        return true; // absolute, or a Windows drive
    int depth = 0;
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part == u"..")
            --depth;
        else if (!part.isEmpty() && part != u".")
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QString& path, QString* error, const Limits& limits)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_fileName = QFileInfo(path).fileName();
    const auto refuse = [&](const QString& why) {
        *error = tr("%1 was not read: %2").arg(archive->m_fileName, why);
        return nullptr;
    };
    int code = 0;
    // ZIP_CHECKCONS: libzip compares each local header with the central directory, so an archive
    // built to show one size to one reader and another to the next is refused.
    archive->m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive->m_zip) {
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
            return refuse(tr("it is not a ZIP archive, or it is damaged (%1).").arg(libzipMessage(code)));
        return refuse(libzipMessage(code) + QLatin1Char('.'));
    }
    const zip_int64_t count = zip_get_num_entries(archive->m_zip, 0);
    if (count > limits.entryCount)
        return refuse(tr("it holds %1 files, more than a data archive has.").arg(count));
    qint64 total = 0;
    qint64 compressedTotal = 0;
    QSet<QString> names;
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive->m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)
            || !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
            return refuse(tr("entry %1 cannot be read.").arg(index + 1));
        Entry entry {QString::fromUtf8(stat.name), qint64(stat.size), qint64(stat.comp_size)};
        if (stat.size > zip_uint64_t(std::numeric_limits<qint64>::max() / 2)
            || stat.comp_size > zip_uint64_t(std::numeric_limits<qint64>::max() / 2))
            return refuse(tr("%1 declares an impossible size.").arg(entry.name));
        if (climbsOut(entry.name))
            return refuse(tr("the name %1 points outside the archive.").arg(entry.name));
        if (names.contains(entry.name))
            return refuse(tr("it holds two files called %1.").arg(entry.name));
        names.insert(entry.name);
        if (entry.size > limits.entryBytes)
            return refuse(tr("%1 would be %2 once unpacked, more than the %3 a data archive file may be.")
                              .arg(entry.name, megabytes(entry.size), megabytes(limits.entryBytes)));
        if (entry.size > limits.ratioFloor && entry.size > entry.compressedSize * limits.ratio)
            return refuse(tr("%1 unpacks to %2 from %3, which only a ZIP bomb does.")
                              .arg(entry.name, megabytes(entry.size), megabytes(entry.compressedSize)));
        total += entry.size;
        compressedTotal += entry.compressedSize;
        if (total > limits.totalBytes)
            return refuse(tr("its files would be more than %1 once unpacked.").arg(megabytes(limits.totalBytes)));
        archive->m_entries.append(entry);
    }
    // Entries that share their compressed bytes unpack many times from one file (an overlapping
    // ZIP bomb): together they claim more compressed bytes than the file holds.
    if (compressedTotal > QFileInfo(path).size())
        return refuse(tr("its files overlap, as in a ZIP bomb."));
    return archive;
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QString& path, QString* error)
{
    return open(path, error, Limits());
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip); // read only: nothing to write back
}

std::optional<QByteArray> ZipArchive::read(const QString& name, QString* error) const
{
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
    const auto entry
        = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.name == name; });
    if (index < 0 || entry == m_entries.cend()) {
        *error = tr("%1 has no file called %2.").arg(m_fileName, name);
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = tr("%1 in %2 cannot be read: %3.")
                     .arg(name, m_fileName, QString::fromUtf8(zip_error_strerror(zip_get_error(m_zip))));
        return std::nullopt;
    }
    // One byte more than declared is asked for, so an entry that holds more than it says is caught
    // here rather than trusted.
    QByteArray bytes(entry->size + 1, Qt::Uninitialized);
    qint64 got = 0;
    bool failed = false;
    while (got < bytes.size()) {
        const zip_int64_t n = zip_fread(file, bytes.data() + got, zip_uint64_t(bytes.size() - got));
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0)
            break;
        got += n;
    }
    const QString why = failed ? QString::fromUtf8(zip_error_strerror(zip_file_get_error(file))) : QString();
    zip_fclose(file);
    if (failed || got != entry->size) {
        *error = tr("%1 in %2 cannot be read: %3.")
                     .arg(name, m_fileName, failed ? why : tr("it does not hold the size it declares"));
        return std::nullopt;
    }
    bytes.truncate(got);
    return bytes;
}

} // namespace Rapport
