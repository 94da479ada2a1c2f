// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContentSniffer.h"
#include "CsvContactMapping.h"
#include "CsvReader.h"
#include "ImportRecord.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <memory>
#include <optional>

namespace Rapport {

// The formats `rapport import --format` and the wizard accept.
enum class ImportFormat { Auto, LinkedIn, Google, Outlook, VCard, Csv, Json };

// Reads an import file of any supported format and streams its contacts. open() detects the
// encoding, the format and (for CSV) the header and its mapping; forEach() then reads the whole
// file again from the start, so it can run twice (validate, then write) with flat memory.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::ImportSource)

public:
    static bool parseFormat(const QString& name, ImportFormat* format);

    // Returns false with a structural problem (empty file, unknown format...). A file that cannot
    // be a contacts file at all (binary data, text that is no table, an archive) is refused before
    // its format is guessed; contentKind() then says which it was.
    bool open(const QString& path, ImportFormat format, ImportProblem* problem);
    // The same, for a file already in memory (a table of a LinkedIn archive, never extracted to
    // disk); name stands for it in messages and in Import History.
    bool open(const QByteArray& bytes, const QString& name, ImportFormat format, ImportProblem* problem);
    // The wizard lets the user map columns, so it opens files whose header maps to nothing yet.
    void setAllowUnmappedColumns(bool allow) { m_allowUnmapped = allow; }
    // Replaces the detected mapping (the wizard's column choices).
    void setMapping(const CsvContactMapping& mapping) { m_mapping = mapping; }

    QString path() const { return m_path; }
    ContentSniffer::Kind contentKind() const { return m_content; }
    bool isVCard() const { return m_vcard; }
    QString formatName() const;
    QString formatKey() const;
    TextDecoder::Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    const CsvContactMapping& mapping() const { return m_mapping; }
    int headerLine() const { return m_headerLine; }
    qint64 size() const { return m_size; }

    using RecordSink = std::function<bool(ImportRecord&&)>; // false stops reading
    using ProblemSink = std::function<void(const ImportProblem&)>;
    using Progress = std::function<void(qint64 bytesRead)>;
    // Streams every record. A row problem goes to onProblem and the row is not passed on; a field
    // problem (ImportProblem::Kind::Field) goes to onProblem just before its record.
    // Returns false when a structural problem ends the reading (reported to onProblem too).
    bool forEach(const RecordSink& onRecord, const ProblemSink& onProblem, const Progress& progress = {}) const;

    // Raw CSV rows after the header (for the wizard's preview), at most `limit`.
    QList<QStringList> sampleRows(int limit) const;

private:
    bool openContent(ImportFormat format, ImportProblem* problem);
    // The file, or the bytes in memory, open for reading; nullptr with *error set.
    std::unique_ptr<QIODevice> openDevice(QString* error) const;
    QString undecodable() const;
    bool readCsv(
        const std::function<bool(CsvRecord&&)>& onRow, const ProblemSink& onProblem, const Progress& progress) const;

    QString m_path;
    bool m_inMemory = false;
    QByteArray m_bytes;
    ContentSniffer::Kind m_content = ContentSniffer::Kind::Text;
    ImportFormat m_format = ImportFormat::Auto;
    bool m_vcard = false;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    CsvContactMapping m_mapping;
    int m_headerLine = 0;
    qint64 m_size = 0;
    bool m_allowUnmapped = false;
};

} // namespace Rapport
